import CaseExchange
import CaseModel
import Foundation
import Testing

@Suite("Reading and writing the CSV layout")
struct CSVReadingTests {
  func examples() -> [CaseFile] { CaseFileReader().read(paths: [Fixtures.examplesPath]).files.map(\.file) }

  func writeExport(_ files: [CaseFile], to dir: URL) throws -> [String] {
    try CaseFileWriter().csvFiles(files).map { Fixtures.write($0.content, $0.name, in: dir) }
  }

  @Test("a CSV export of the examples imports back unchanged")
  func roundTrip() throws {
    let files = examples()
    let dir = Fixtures.temporaryDirectory()
    let batch = CaseFileReader().read(paths: try writeExport(files, to: dir))
    #expect(batch.issues == [])
    #expect(batch.files.map(\.file) == files)
  }

  @Test("the export is semicolon-separated UTF-8 with BOM for German Excel")
  func excelFriendly() throws {
    let main = try CaseFileWriter().csvFiles(examples())[0]
    #expect(main.name == "cases.csv")
    #expect(main.content.hasPrefix("\u{FEFF}file_no;office;route;"))
  }

  @Test("comma-separated files with values as German Excel writes them import")
  func commaAndGermanScalars() {
    let dir = Fixtures.temporaryDirectory()
    let main = Fixtures.write(
      """
      file_no,office,received_on,status,person.family_name,person.nationalities,livelihood.income_monthly,pending_investigation,convictions
      EBH-7,EBH,2024-03-01,received,"Özdemir, Ayşe",SYR|TUR,"1850,50",FALSCH,0
      """, "cases.csv", in: dir)
    let stays = Fixtures.write(
      "file_no;from;to;status;basis\nEBH-7;2019-01-01;;residence_permit;AufenthG-25-2\n", "stays.csv", in: dir)
    let batch = CaseFileReader().read(paths: [main, stays])
    #expect(batch.issues == [])
    let f = batch.files.first?.file
    #expect(f?.person.familyName == "Özdemir, Ayşe")
    #expect(f?.person.nationalities == ["SYR", "TUR"])
    #expect(f?.livelihood?.incomeMonthly == 1850.5)
    #expect(f?.pendingInvestigation == false)
    #expect(f?.convictions == [])
    #expect(f?.stays?.first?.status == .residencePermit)
    #expect(f?.absences == nil)
  }

  @Test("an error in a group file points at that file's line")
  func groupErrorLocation() {
    let dir = Fixtures.temporaryDirectory()
    let main = Fixtures.write(
      "file_no;office;received_on;status;person.family_name\nEBH-7;EBH;2024-03-01;received;Doe\n",
      "cases.csv", in: dir)
    let stays = Fixtures.write(
      "file_no;from;status\nEBH-7;2019-01-01;residence_permit\nEBH-7;2020-13-01;duldung\nEBH-9;2020-01-01;duldung\n",
      "stays.csv", in: dir)
    let batch = CaseFileReader().read(paths: [main, stays])
    #expect(batch.issueCount == 2)
    let located = batch.issues.map { "\($0.location?.file.split(separator: "/").last ?? ""):\($0.location?.line ?? 0) \($0.field ?? "")" }
    #expect(located.contains("stays.csv:4 file_no"))
    #expect(located.contains("stays.csv:3 stays[1].from"))
  }

  @Test("an unknown column is rejected")
  func unknownColumn() {
    let dir = Fixtures.temporaryDirectory()
    let main = Fixtures.write(
      "file_no;office;received_on;status;person.family_name;person.shoe_size\nEBH-7;EBH;2024-03-01;received;Doe;44\n",
      "cases.csv", in: dir)
    let batch = CaseFileReader().read(paths: [main])
    #expect(batch.issues.first?.field == "person.shoe_size")
    #expect(batch.issues.first?.reason.english == "unknown column")
  }

  @Test("a declared item count that disagrees with the group file is an error")
  func countMismatch() {
    let dir = Fixtures.temporaryDirectory()
    let main = Fixtures.write(
      "file_no;office;received_on;status;person.family_name;stays\nEBH-7;EBH;2024-03-01;received;Doe;2\n",
      "cases.csv", in: dir)
    let batch = CaseFileReader().read(paths: [main])
    #expect(batch.issues.first?.field == "stays")
  }

  @Test("quoted fields may hold delimiters, quotes and line breaks")
  func quoting() throws {
    let table = try CSVTable(parsing: Array("a;b\n\"x;\"\"y\"\"\nz\";2\n".utf8))
    #expect(table.header == ["a", "b"])
    #expect(table.rows.first?.cells == ["x;\"y\"\nz", "2"])
    #expect(table.delimiter == UInt8(ascii: ";"))
  }
}
