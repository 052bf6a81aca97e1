import CaseExchange
import CaseModel
import Eligibility
import Testing

/// The bulk fast path decodes exactly what the strict decoder decodes, and defers to it otherwise.
@Suite struct FastCaseDecoderTests {
  static func parse(_ line: String) throws -> JSONValue { try JSONParser.parse(line) }

  @Test func theFastPathAgreesWithTheStrictDecoderOnExamplesAndSyntheticFiles() throws {
    var lines = try String(contentsOfFile: Support.examplesFile, encoding: .utf8).split(separator: "\n").map(String.init)
    lines += String(decoding: ScreeningBenchmark.generate(count: 600, distinct: 600), as: UTF8.self).split(separator: "\n").map(String.init)
    for (i, line) in lines.enumerated() {
      let v = try Self.parse(line)
      let at = SourceLocation(file: "t", line: i)
      let fast = FastCaseDecoder.decode(v, at: at)
      let strict = CaseFileReader.decode(v, textScalars: false, at: at)
      #expect(fast.0 != nil)
      #expect(fast.0 == strict.0, "line \(i)")
      var bytes = Array(line.utf8)
      let streamed = bytes.withUnsafeMutableBufferPointer { FastCaseDecoder.decode(line: UnsafeBufferPointer($0), at: at) }
      #expect(streamed.0 == strict.0, "streamed line \(i)")
    }
  }

  @Test func anUnknownFieldIsReportedByTheStrictDecoder() throws {
    let v = try Self.parse(#"{"file_no":"X","office":"EBH","received_on":"2024-01-01","status":"received","person":{"family_name":"A"},"colour":"red"}"#)
    let (file, issues) = FastCaseDecoder.decode(v, at: SourceLocation(file: "t", line: 1))
    #expect(file == nil)
    #expect(issues.contains { $0.description.contains("colour") })
  }

  @Test func anInvalidFileIsRejectedWithTheValidationMessage() throws {
    let v = try Self.parse(#"{"file_no":"X","office":"EBH","route":"AufenthG-25a","received_on":"2024-01-01","status":"received","person":{"family_name":"A"}}"#)
    let (file, issues) = FastCaseDecoder.decode(v, at: SourceLocation(file: "t", line: 1))
    #expect(file == nil)
    #expect(!issues.isEmpty)
  }
}

@Suite struct StreamingDecoderTests {
  static func decode(_ text: String) -> (CaseFile?, [ImportIssue]) {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { FastCaseDecoder.decode(line: UnsafeBufferPointer($0), at: SourceLocation(file: "t", line: 1)) }
  }
  static let minimal = #"{"file_no":"X","office":"EBH","received_on":"2024-01-01","status":"received","person":{"family_name":"A"}"#

  @Test func aMinimalRecordDecodes() {
    #expect(Self.decode(Self.minimal + "}").0?.fileNo == "X")
  }

  @Test func escapesAndUnicodeFallBackToTheFullParserWithTheSameResult() {
    let text = #"{"file_no":"X\u00e9","office":"EBH","received_on":"2024-01-01","status":"received","person":{"family_name":"Müller \"M\""}}"#
    let (file, issues) = Self.decode(text)
    #expect(issues.isEmpty)
    #expect(file?.fileNo == "Xé")
    #expect(file?.person.familyName == "Müller \"M\"")
  }

  @Test func duplicateKeysTrailingTextAndFractionalCountsAreRejected() {
    #expect(Self.decode(Self.minimal + #","office":"EBH"}"#).0 == nil)
    #expect(Self.decode(Self.minimal + "} x").0 == nil)
    #expect(Self.decode(Self.minimal + #","spouses_count":1.0}"#).0 == nil)
  }

  @Test func nullMeansNotRecorded() {
    let f = Self.decode(Self.minimal + #","identity":null,"stays":null,"spouses_count":null}"#).0
    #expect(f != nil && f?.identity == nil && f?.stays == nil && f?.spousesCount == nil)
  }
}
