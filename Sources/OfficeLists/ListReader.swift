import Foundation

/// Reads a list file into rows: a workbook (`.xlsx`, recognised by its bytes) or a text list
/// (CSV, tab-separated, in any of the accepted encodings).
public enum ListReader {
  public struct UnsupportedFormat: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// No list beyond this is read (a 50,000-row list is about 10 MB).
  public static let maxBytes = 256 << 20

  public static func read(_ bytes: [UInt8], source: String, sheet: String? = nil) throws -> ListSheet {
    if bytes.count > maxBytes { throw UnsupportedFormat(description: "\(source): larger than \(maxBytes >> 20) MB") }
    if XLSXReader.looksLikeWorkbook(bytes) { return try XLSXReader.read(bytes, source: source, sheet: sheet) }
    // The old binary Excel format (OLE compound file) and OpenDocument are not read.
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      throw UnsupportedFormat(description: "\(source): an old Excel workbook (.xls); save it as .xlsx or as CSV and import again")
    }
    if sheet != nil {
      throw UnsupportedFormat(description: "\(source): --sheet applies only to .xlsx workbooks")
    }
    return try DelimitedText.read(bytes, source: source)
  }

  /// Whether a CSV text is in the contract's own format (spec section 2): its header names
  /// `file_no` (the main file and every group file carry it).
  public static func isContractCSV(_ bytes: [UInt8]) -> Bool {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
    let line = String(decoding: bytes[start..<end], as: UTF8.self)
    return line.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\t" || $0 == "\r" })
      .contains { $0.trimmingCharacters(in: .init(charactersIn: "\" ")) == "file_no" }
  }
}
