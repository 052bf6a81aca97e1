import CaseModel
import Foundation
import Testing

@testable import CaseExchange

/// CSV output carries no formulas (OWASP): text beginning with = + - @ tab or CR gets a leading
/// `'`; numbers stay numbers; the import reads the text back unchanged (issue 12).
@Suite("CSV without formulas")
struct FormulaGuardTests {
  @Test("text cells are guarded, read back unchanged; other text is untouched")
  func guardAndUnguard() {
    for text in ["=HYPERLINK(\"http://x\")", "+49 2241 13-0", "-18", "@SUM(A1)", "\tx", "\rx", "'quoted", "'=x"] {
      let cell = FormulaGuard.guarded(text)
      #expect(cell.hasPrefix("'"), "\(text)")
      #expect(FormulaGuard.unguard(cell) == text, "\(text)")
    }
    for text in ["Müller", "32.1-17/2024", "", "1850,50", "a=b"] {
      #expect(FormulaGuard.guarded(text) == text)
      #expect(FormulaGuard.unguard(text) == text)
    }
  }

  static func file() -> CaseFile {
    var f = CaseFile(
      fileNo: "32.1-17/2024", office: .EBH, receivedOn: Day(iso: "2025-01-02")!, status: .received,
      person: Person(familyName: "=cmd|' /C calc'!A0", givenNames: "@Anna"))
    f.person.phone = "+49 2241 13-0"
    f.person.email = "-x@example.org"
    f.history = [StatusChange(at: Day(iso: "2025-01-02")!, status: .received, by: "+clerk")]
    f.clerk = "=1+1"
    return f
  }

  @Test("the CSV export writes no cell a spreadsheet would run, and imports back to the same file")
  func roundTrip() throws {
    let file = Self.file()
    let texts = [CaseFileWriter().canonicalJSON(file)]
    let files = CSVExport.files(canonicalJSON: texts)
    for (name, content) in files {
      for line in content.split(separator: "\r\n").dropFirst() {
        for cell in line.split(separator: ";", omittingEmptySubsequences: false) {
          let text = cell.hasPrefix("\"") ? String(cell.dropFirst()) : String(cell)
          #expect(!(text.first.map { "=+-@\t\r".contains($0) } ?? false), "\(name): \(cell)")
        }
      }
    }
    #expect(files[0].content.contains("'+49 2241 13-0"))
    let dir = NSTemporaryDirectory() + "guard-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for (name, content) in files { try content.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
    let batch = CaseFileReader().read(paths: files.map { dir + "/" + $0.name })
    #expect(batch.issues.isEmpty, "\(batch.issues)")
    #expect(batch.files.first?.file == file)
  }
}
