import CaseModel
import Foundation
import ZIPFoundation

/// Reads the first sheet (or a named one) of an `.xlsx` workbook: shared and inline strings,
/// numbers, booleans, and numbers whose cell format is a date format as dates.
public enum XLSXReader {
  public struct WorkbookError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }

  /// No part of a workbook is unpacked beyond this (a list of 100,000 rows is about 30 MB).
  static let maxPartBytes = 512 << 20

  /// Whether the bytes start like a ZIP archive (an `.xlsx` saved under another name).
  public static func looksLikeWorkbook(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

  public static func read(_ bytes: [UInt8], source: String, sheet wanted: String?) throws -> ListSheet {
    let archive: Archive
    do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
      throw WorkbookError(message: "\(source): not a readable .xlsx workbook (\(error))")
    }
    func part(_ path: String) throws -> [UInt8]? {
      guard let entry = archive[path] else { return nil }
      var out: [UInt8] = []
      do {
        _ = try archive.extract(entry, skipCRC32: false) { data in
          guard out.count + data.count <= maxPartBytes else { throw WorkbookError(message: "\(path) is too large") }
          out.append(contentsOf: data)
        }
      } catch let e as WorkbookError { throw e } catch {
        throw WorkbookError(message: "\(source): \(path) cannot be unpacked (\(error))")
      }
      return out
    }
    guard let workbookXML = try part("xl/workbook.xml") else {
      throw WorkbookError(message: "\(source): no xl/workbook.xml; is this an Excel workbook (.xlsx)?")
    }
    let workbook = try WorkbookPart.parse(workbookXML)
    let rels = try part("xl/_rels/workbook.xml.rels").map(RelationshipsPart.parse) ?? [:]
    guard !workbook.sheets.isEmpty else { throw WorkbookError(message: "\(source): the workbook has no sheets") }
    let chosen: WorkbookPart.Sheet
    if let wanted {
      guard let s = workbook.sheets.first(where: { $0.name == wanted })
        ?? workbook.sheets.first(where: { $0.name.lowercased() == wanted.lowercased() })
      else {
        throw WorkbookError(
          message: "\(source): no sheet \"\(wanted)\"; the sheets are \(workbook.sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))")
      }
      chosen = s
    } else {
      chosen = workbook.sheets[0]
    }
    let target = rels[chosen.relationId].map(Self.partPath) ?? "xl/worksheets/sheet\(workbook.sheets.firstIndex(where: { $0.name == chosen.name }).map { $0 + 1 } ?? 1).xml"
    guard let sheetXML = try part(target) else {
      throw WorkbookError(message: "\(source): the sheet \"\(chosen.name)\" (\(target)) is missing from the workbook")
    }
    let strings = try part("xl/sharedStrings.xml").map(SharedStringsPart.parse) ?? []
    let styles = try part("xl/styles.xml").map(StylesPart.parse) ?? StylesPart()
    let rows = try WorksheetPart.parse(
      sheetXML, strings: strings, dateStyles: styles.dateStyles, date1904: workbook.date1904)
    return ListSheet(source: source, sheet: chosen.name, format: "xlsx", delimiter: nil, rows: rows)
  }

  /// A relationship target relative to `xl/` (`worksheets/sheet1.xml`) or absolute (`/xl/...`).
  static func partPath(_ target: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    return "xl/" + target
  }

  /// A serial day number of a workbook as a date. The 1900 system counts 1900-02-29, which did not
  /// exist (Lotus 1-2-3's leap-year bug): serial 60 is that day, serials from 61 on are one too high.
  public static func day(serial: Double, date1904: Bool = false) -> Day? {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
    let whole = Int(serial.rounded(.down))
    if date1904 { return Day(year: 1904, month: 1, day: 1)?.adding(days: whole) }
    switch whole {
    case 0, 60: return nil
    case 1..<60: return Day(year: 1899, month: 12, day: 31)?.adding(days: whole)
    default: return Day(year: 1899, month: 12, day: 30)?.adding(days: whole)
    }
  }

  /// Whether a number format shows a date: the built-in date formats (ids 14-22, 45-47; 27-36 and
  /// 50-58 in East Asian locales) or a custom code with day, month or year parts.
  public static func isDateFormat(id: Int, code: String?) -> Bool {
    if (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id) { return true }
    guard let code else { return false }
    var plain = ""
    var inQuote = false, inBracket = false, escaped = false
    for c in code {
      if escaped { escaped = false; continue }
      if inQuote { if c == "\"" { inQuote = false }; continue }
      if inBracket { if c == "]" { inBracket = false }; continue }
      switch c {
      case "\\", "_", "*": escaped = true
      case "\"": inQuote = true
      case "[": inBracket = true
      default: plain.append(Character(c.lowercased()))
      }
    }
    if plain.contains("d") || plain.contains("y") { return true }
    // "m" alone is a month, beside hours or seconds a minute.
    return plain.contains("m") && !plain.contains("h") && !plain.contains("s")
  }
}
