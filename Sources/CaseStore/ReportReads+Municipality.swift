import CaseModel
import GRDB

extension ReportReads {
  /// The row ids of the files of `office` in `municipality` (the stored `municipality` column,
  /// read through the index `case_file_municipality`), for the reports' municipality filter.
  public func fileIDs(office: Office, municipality: String) throws -> Set<Int64> {
    let statement = try db.cachedStatement(sql: "SELECT id FROM case_file WHERE office = ? AND municipality = ?")
    return Set(try Int64.fetchAll(statement, arguments: [office.rawValue, municipality]))
  }

  /// Every municipality named by a file of `office`, once each, unsorted (the caller sorts for
  /// its language).
  public func municipalityNames(office: Office) throws -> [String] {
    try String.fetchAll(
      db, sql: "SELECT DISTINCT municipality FROM case_file WHERE office = ? AND municipality IS NOT NULL AND municipality <> ''",
      arguments: [office.rawValue])
  }

  /// The condition that limits a read to one municipality's files (empty for all); its value is
  /// the read's last argument.
  static func clause(_ municipality: String?, table: String = "") -> String {
    municipality == nil ? "" : " AND \(table)municipality = ?"
  }

  /// The ids as a JSON list, for `json_each(?) CROSS JOIN ...`: SQLite walks the list and reads
  /// each file by its row id (one statement, no Swift row per file).
  static func idList(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
}
