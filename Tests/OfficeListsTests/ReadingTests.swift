import CaseModel
import Testing
@testable import OfficeLists

@Suite("Reading lists: encodings, delimiters, workbooks")
struct ReadingTests {
  @Test("a Windows-1252 CSV from German Excel is read with its umlauts, the title line above the header skipped")
  func windows1252() throws {
    let (table, mapping) = try ListFixtures.recognised("ebh-excel.csv")
    #expect(table.format == "Windows-1252")
    #expect(table.delimiter == ";")
    #expect(table.headerLine == 3)
    #expect(table.header.first == "Az.")
    #expect(table.rows.contains { $0.cells.contains(.text("Öztürk")) })
    #expect(mapping.field("Staatsangehörigkeit") == .nationality)
    #expect(table.rows.contains { $0.cells.contains(.text("\"Ehefrau\" folgt")) })
  }

  @Test("a UTF-8 list with BOM and tabs is split at the tabs, commas inside names kept")
  func utf8Tabs() throws {
    let (table, _) = try ListFixtures.recognised("abh-tabs.csv")
    #expect(table.format == "UTF-8 (BOM)")
    #expect(table.delimiter == "\t")
    #expect(table.header.count == 13)
    #expect(table.rows[0][1] == .text("Ahmadi, Zahra"))
  }

  @Test("bytes undefined in Windows-1252 are an error naming the line")
  func undefinedBytes() {
    let bytes: [UInt8] = Array("Az.;Name\nEBH-1;M".utf8) + [0xFC] + Array("ller\nEBH-2;X".utf8) + [0x81] + [0x0A]
    #expect(throws: ListTextError.self) { try ListText.decode(bytes) }
    do { _ = try ListText.decode(bytes) } catch let e as ListTextError {
      #expect(e.line == 3)
      #expect(e.description.contains("0x81"))
    } catch { Issue.record("\(error)") }
    for b: UInt8 in [0x8D, 0x8F, 0x90, 0x9D] {
      #expect(throws: ListTextError.self) { try ListText.decode([0x41, b]) }
    }
  }

  @Test("Windows-1252 bytes 0x80-0x9F are their characters (euro, dashes, quotes)")
  func cp1252High() throws {
    let (utf8, enc) = try ListText.decode([0x80, 0x20, 0x96, 0x20, 0x84, 0x93, 0xE4])
    #expect(enc == .windows1252)
    #expect(String(decoding: utf8, as: UTF8.self) == "€ – „“ä")
  }

  @Test("UTF-16 text with BOM (Excel's Unicode text) is read")
  func utf16() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for u in "Az.\tName\nA-1\tÖz".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    let sheet = try ListReader.read(bytes, source: "x.txt")
    #expect(sheet.rows[1].cells == [.text("A-1"), .text("Öz")])
  }

  @Test("the delimiter is the one that splits every line alike: semicolons over a comma in a header")
  func delimiter() throws {
    let s = try ListReader.read(Array("Name, Vorname;Az.\n\"Haddad, Rami\";1\nKaya, Emre;2\n".utf8), source: "x.csv")
    #expect(s.delimiter == ";")
    #expect(s.rows[1].cells == [.text("Haddad, Rami"), .text("1")])
    let c = try ListReader.read(Array("Az.,Name\n1,\"Haddad, Rami\"\n".utf8), source: "x.csv")
    #expect(c.delimiter == ",")
    #expect(c.rows[1].cells == [.text("1"), .text("Haddad, Rami")])
  }

  @Test("quoted cells may hold quotes, delimiters and line breaks; the next row keeps its line number")
  func quoted() throws {
    let s = try ListReader.read(Array("Az.;Bemerkung\n1;\"a \"\"b\"\";\nc\"\n2;x\n".utf8), source: "x.csv")
    #expect(s.rows[1].cells[1] == .text("a \"b\";\nc"))
    #expect(s.rows[2].line == 4)
    #expect(throws: DelimitedText.SyntaxError.self) { try ListReader.read(Array("Az.;B\n1;\"open\n".utf8), source: "x.csv") }
  }

  @Test("an xlsx workbook: shared and inline strings, dates by their cell format, the first sheet")
  func workbook() throws {
    let (table, mapping) = try ListFixtures.recognised("ebh-workbook.xlsx")
    #expect(table.sheet == "Offene Verfahren")
    #expect(table.format == "xlsx")
    #expect(table.rows.count == 3)
    #expect(table.rows[0][3] == .date(Day(year: 1990, month: 1, day: 3)!))
    #expect(table.rows[0][5] == .date(Day(year: 2025, month: 2, day: 15)!))
    #expect(table.rows[1][2] == .text("Emre"))
    #expect(table.rows[1][3] == .date(Day(year: 1988, month: 2, day: 29)!))
    // Serial 61 is 1900-03-01: the day after the non-existent 1900-02-29 of the 1900 date system.
    #expect(table.rows[2][3] == .date(Day(year: 1900, month: 3, day: 1)!))
    #expect(table.rows[2].cells.count <= 10 || table.rows[2][10] == .empty)
    #expect(mapping.field("Verfahren") == .procedure)
  }

  @Test("--sheet picks a sheet by name; an unknown name lists the sheets")
  func sheetByName() throws {
    let (table, _) = try ListFixtures.recognised("ebh-workbook.xlsx", sheet: "Erledigt")
    #expect(table.rows.count == 1)
    #expect(table.rows[0][4] == .text("zurückgenommen"))
    #expect(throws: XLSXReader.WorkbookError.self) { try ListFixtures.recognised("ebh-workbook.xlsx", sheet: "Nope") }
  }

  @Test("serial dates of the 1900 system, its 1900-02-29 bug, and the 1904 system")
  func serials() {
    #expect(XLSXReader.day(serial: 1) == Day(year: 1900, month: 1, day: 1))
    #expect(XLSXReader.day(serial: 59) == Day(year: 1900, month: 2, day: 28))
    #expect(XLSXReader.day(serial: 60) == nil)
    #expect(XLSXReader.day(serial: 61) == Day(year: 1900, month: 3, day: 1))
    #expect(XLSXReader.day(serial: 45292) == Day(year: 2024, month: 1, day: 1))
    #expect(XLSXReader.day(serial: 45292.75) == Day(year: 2024, month: 1, day: 1))
    #expect(XLSXReader.day(serial: 0, date1904: true) == Day(year: 1904, month: 1, day: 1))
    #expect(XLSXReader.day(serial: -3) == nil)
  }

  @Test("date formats: built-in ids 14-22 and 45-47, custom codes with d, m or y; not times or numbers")
  func dateFormats() {
    for id in [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47] { #expect(XLSXReader.isDateFormat(id: id, code: nil)) }
    for id in [0, 1, 2, 4, 9, 10, 49] { #expect(!XLSXReader.isDateFormat(id: id, code: nil)) }
    #expect(XLSXReader.isDateFormat(id: 164, code: "DD\\.MM\\.YYYY"))
    #expect(XLSXReader.isDateFormat(id: 165, code: "[$-407]d. mmmm yyyy;@"))
    #expect(XLSXReader.isDateFormat(id: 166, code: "mmm yy"))
    #expect(!XLSXReader.isDateFormat(id: 167, code: "[h]:mm:ss"))
    #expect(!XLSXReader.isDateFormat(id: 168, code: "#,##0.00 [$€-407]"))
    #expect(!XLSXReader.isDateFormat(id: 169, code: "0\" Tage\""))
  }

  @Test("not a workbook, an old .xls and a broken zip are clear errors")
  func badWorkbooks() {
    #expect(throws: (any Error).self) { try ListReader.read([0xD0, 0xCF, 0x11, 0xE0, 0, 0], source: "a.xls") }
    #expect(throws: XLSXReader.WorkbookError.self) { try ListReader.read([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], source: "a.xlsx") }
  }

  @Test("the contract's CSV is told apart by its file_no header")
  func contractCSV() {
    #expect(ListReader.isContractCSV(Array("\u{FEFF}file_no;office;received_on\n".utf8)))
    #expect(ListReader.isContractCSV(Array("file_no,from,status\n".utf8)))
    #expect(!ListReader.isContractCSV(Array("Az.;Name;Vorname\n".utf8)))
  }
}
