import CaseExchange
import CaseModel
import Foundation
import Testing

@Suite("Reading case files from JSON")
struct JSONReadingTests {
  @Test("the shared examples read without a single problem")
  func examplesRead() {
    let batch = CaseFileReader().read(paths: [Fixtures.examplesPath])
    #expect(batch.issues == [])
    #expect(batch.files.count == 9)
    #expect(batch.files.first?.location.line == 1)
  }

  @Test("a JSON array and JSON Lines give the same files")
  func arrayAndLines() throws {
    let dir = Fixtures.temporaryDirectory()
    let two = Fixtures.minimal.replacingOccurrences(of: "EBH-1", with: "EBH-2")
    let a = Fixtures.write("[\n\(Fixtures.minimal),\n\(two)\n]", "a.json", in: dir)
    let l = Fixtures.write("\(Fixtures.minimal)\n\n\(two)\n", "l.jsonl", in: dir)
    let fromArray = CaseFileReader().read(paths: [a])
    let fromLines = CaseFileReader().read(paths: [l])
    #expect(fromArray.files.map(\.file) == fromLines.files.map(\.file))
    #expect(fromArray.files.map(\.location.line) == [2, 3])
    #expect(fromLines.files.map(\.location.line) == [1, 3])
  }

  @Test("in an object of more than 64 members the known ones after the 64th still count as read")
  func manyMembers() {
    let dir = Fixtures.temporaryDirectory()
    let padding = (0..<70).map { String(format: "\"zz%02d\":1,", $0) }.joined()
    let bad = Fixtures.minimal.replacingOccurrences(of: "{\"file_no\"", with: "{" + padding + "\"file_no\"")
    #expect(bad != Fixtures.minimal)
    let batch = CaseFileReader().read(paths: [Fixtures.write(bad, "m.jsonl", in: dir)])
    #expect(batch.files.isEmpty)
    #expect(batch.issues.first?.field == "zz00", "\(batch.issues)")
    #expect(!batch.issues.contains { $0.field == "file_no" || $0.field == "person" })
  }

  @Test("an unknown field is rejected with its dotted name")
  func unknownField() {
    let dir = Fixtures.temporaryDirectory()
    let bad = Fixtures.minimal.replacingOccurrences(of: #""Doe""#, with: #""Doe","famly_name":"x""#)
    let batch = CaseFileReader().read(paths: [Fixtures.write(bad, "u.jsonl", in: dir)])
    #expect(batch.files.isEmpty)
    #expect(batch.issues.first?.field == "person.famly_name")
    #expect(batch.issues.first?.reason.english == "unknown field")
    #expect(batch.issues.first?.fileNo == "EBH-1")
  }

  @Test("two bad records among good ones are both named with line, field and reason")
  func twoBadRecords() {
    let dir = Fixtures.temporaryDirectory()
    let lines = [
      Fixtures.minimal,
      Fixtures.minimal.replacingOccurrences(of: "EBH-1", with: "EBH-2")
        .replacingOccurrences(of: "2024-01-02", with: "2024-02-30"),
      Fixtures.minimal.replacingOccurrences(of: "EBH-1", with: "EBH-3"),
      Fixtures.minimal.replacingOccurrences(of: "EBH-1", with: "EBH-4")
        .replacingOccurrences(of: #""received""#, with: #""open""#),
    ]
    let path = Fixtures.write(lines.joined(separator: "\n"), "bad.jsonl", in: dir)
    let batch = CaseFileReader().read(paths: [path])
    #expect(!batch.isValid)
    #expect(batch.issueCount == 2)
    #expect(batch.issues.map(\.location?.line) == [2, 4])
    #expect(batch.issues.map(\.field) == ["received_on", "status"])
    #expect(batch.issues[0].reason.english.contains("2024-02-30"))
    #expect(batch.issues[1].reason.english.contains("allowed: received, documents_requested"))
  }

  @Test("a required field that is absent is named")
  func requiredField() {
    let (file, issues) = CaseFileReader.decode(
      try! JSONParser.parse(#"{"file_no":"X","office":"EBH","status":"received","person":{"family_name":"A"}}"#),
      textScalars: false, at: SourceLocation(file: "f", line: 1))
    #expect(file == nil)
    #expect(issues.first?.field == "received_on")
    #expect(issues.first?.reason.english == "required field is missing")
  }

  @Test("a syntax error names line and column and the records before it stay valid")
  func syntaxError() {
    let dir = Fixtures.temporaryDirectory()
    let path = Fixtures.write(Fixtures.minimal + "\n{\"file_no\": }\n", "s.jsonl", in: dir)
    let batch = CaseFileReader().read(paths: [path])
    #expect(batch.files.count == 1)
    #expect(batch.issues.first?.location?.line == 2)
    #expect(batch.issues.first?.reason.english.contains("invalid JSON at column 13") == true)
  }

  @Test("the same file number twice in one import is an error")
  func duplicateFileNo() {
    let dir = Fixtures.temporaryDirectory()
    let path = Fixtures.write(Fixtures.minimal + "\n" + Fixtures.minimal, "d.jsonl", in: dir)
    let batch = CaseFileReader().read(paths: [path])
    #expect(batch.issueCount == 1)
    #expect(batch.issues.first?.reason.english.contains("appears twice") == true)
  }

  @Test("history whose last entry differs from the status is rejected")
  func historyMustEndInStatus() {
    let json = Fixtures.minimal.replacingOccurrences(
      of: #""status":"received""#,
      with: #""status":"in_review","history":[{"at":"2024-01-02","status":"received"}]"#)
    let (_, issues) = CaseFileReader.decode(
      try! JSONParser.parse(json), textScalars: false, at: SourceLocation(file: "f", line: 1))
    #expect(issues.map(\.field) == ["history"])
  }

  @Test("null and absent facts both stay unknown, an empty list stays known-empty")
  func unknownFactsStayUnknown() throws {
    let json = Fixtures.minimal.replacingOccurrences(
      of: #""status":"received""#, with: #""status":"received","identity":null,"convictions":[]"#)
    let (file, _) = CaseFileReader.decode(
      try JSONParser.parse(json), textScalars: false, at: SourceLocation(file: "f", line: 1))
    #expect(file?.identity == nil)
    #expect(file?.convictions == [])
    #expect(file?.german == nil)
  }

  @Test("canonical JSON reads back to the identical file")
  func canonicalRoundTrip() throws {
    let batch = CaseFileReader().read(paths: [Fixtures.examplesPath])
    let writer = CaseFileWriter()
    for f in batch.files {
      let text = writer.canonicalJSON(f.file)
      let (again, issues) = CaseFileReader.decode(
        try JSONParser.parse(text), textScalars: false, at: f.location)
      #expect(issues == [])
      #expect(again == f.file)
    }
  }
}

@Suite("JSON is strict about types")
struct JSONStrictTypesTests {
  @Test("text where JSON needs true/false or a number is an error outside CSV")
  func noTextScalarsInJSON() {
    let json = Fixtures.minimal.replacingOccurrences(
      of: #""status":"received""#, with: #""status":"received","pending_investigation":"true","spouses_count":"1""#)
    let (file, issues) = CaseFileReader.decode(
      try! JSONParser.parse(json), textScalars: false, at: SourceLocation(file: "f", line: 1))
    #expect(file == nil)
    #expect(issues.first?.field == "pending_investigation")
  }
}

@Suite("Duplicate fields")
struct DuplicateFieldTests {
  @Test("a field given twice in one record is named, never silently resolved")
  func duplicateField() {
    let json = Fixtures.minimal.replacingOccurrences(of: #""office":"EBH","#, with: #""office":"EBH","office":"ABH","#)
    let (file, issues) = Array(json.utf8).withUnsafeBufferPointer {
      CaseFileReader.decode(json: $0, textScalars: false, at: SourceLocation(file: "f", line: 1))
    }
    #expect(file == nil)
    #expect(issues.first?.field == "office" && issues.first?.reason.english == "appears twice")
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(json) }
  }
}
