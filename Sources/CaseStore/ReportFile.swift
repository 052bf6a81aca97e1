import CaseModel
import GRDB

/// One row per case file in `report_file` (migration v15): what the reports and the § 36 StAG
/// statistics read of it, so they never read `status_event` row by row or parse the facts JSON.
/// Written by `CaseFileWrites` (and the retention's anonymisation) in the transaction that
/// writes the file, from the same typed file; keyed by (office, case id), so one office's rows
/// are one range in id order.
///
/// - `history`: the compact status history (`ReportHistory`);
/// - `file_no`, `route` and the survey's features as `json_extract` gave them from the facts:
///   `birth_date`, `sex`, `marital_status`, `municipality` (of `person`), `nationalities` (a JSON
///   array of codes), `first_stay` (the earliest `stays[].from`), `handover_on`
///   (`certificate_handover_on`).
enum ReportFile {
  static let columns = "office, case_id, history, file_no, route, birth_date, sex, marital_status, municipality, nationalities, first_stay, handover_on"
  static let width = 12

  /// The row of a file without its id, which the writer knows only when it writes (prepared off
  /// the writing thread during an import, see `PreparedFile`): `columns` without `case_id`.
  static func values(_ file: CaseFile) -> [SQLValue] {
    let p = file.person
    let firstStay = file.stays?.map(\.from).min()
    return [
      .text(file.office.rawValue), .blob(ReportHistory.blob(ReportHistory.history(of: file))), .text(file.fileNo),
      SQLValue(file.route?.rawValue), SQLValue(p.birthDate?.iso), SQLValue(p.sex?.rawValue), SQLValue(p.maritalStatus?.rawValue),
      SQLValue(p.municipality), SQLValue(p.nationalities.map(jsonArray)), SQLValue(firstStay?.iso), SQLValue(file.certificateHandoverOn?.iso),
    ]
  }

  /// `values` with the id in second place, as `columns` lists them.
  static func row(values v: [SQLValue], id: Int64) -> [SQLValue] {
    [v[0], .int(id)] + v[1...]
  }

  /// `["TUR","SYR"]`: the codes as `json_extract` gives the stored array (codes are three
  /// capital letters, so nothing needs escaping; anything else is escaped as JSON).
  static func jsonArray(_ codes: [String]) -> String {
    "[" + codes.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
      .joined(separator: ",") + "]"
  }

  static let inserter = RowInserter("INSERT INTO report_file (\(columns)) VALUES ", width: width, rowsPerStatement: 64)
  static let deleteSQL =
    "DELETE FROM report_file WHERE office IN (\(Office.allCases.map { "'\($0.rawValue)'" }.joined(separator: ","))) AND case_id = ?"

  /// Replaces the row of the file with this id (also when its office changed).
  static func write(_ file: CaseFile, id: Int64, db: Database) throws {
    try write(values: values(file), id: id, db: db)
  }

  static func write(values: [SQLValue], id: Int64, db: Database) throws {
    try FastStatement(db, sql: deleteSQL).execute([.int(id)])
    try inserter.insert([row(values: values, id: id)], db: db)
  }
}
