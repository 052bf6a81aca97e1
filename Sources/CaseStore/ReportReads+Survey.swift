import CaseModel
import GRDB

extension ReportReads {
  /// What the § 36 StAG survey reads of an EBH file.
  public struct SurveyFacts: Sendable {
    public var id: Int64
    public var fileNo: String
    public var route: String?
    public var birthDate: Day?
    public var sex: String?
    public var maritalStatus: String?
    public var municipality: String?
    /// The nationalities as stored (a JSON array of codes).
    public var nationalities: String?
    public var firstStay: Day?
    public var handoverOn: Day?
  }

  static let surveySQL = """
    SELECT case_id, history, file_no, route, birth_date, sex, marital_status, municipality, nationalities, first_stay, handover_on
    FROM report_file WHERE office = 'EBH' ORDER BY case_id
    """

  /// Every EBH file in id order: its status history (as `statusHistories` reads it) and a
  /// function that reads its survey facts, for the files the survey takes (`report_file`,
  /// migration v15: one scan for both, the facts' texts made only where asked for).
  public func forEachSurveyFile(_ body: (FileHistory, () -> SurveyFacts) throws -> Void) throws {
    try FastStatement(db, sql: Self.surveySQL).forEachRow { row in
      let id = row.int(0)
      guard let history = ReportHistory.decode(id: id, row.blob(1)) else { throw ReportHistory.malformed(id) }
      try body(history) {
        SurveyFacts(
          id: id, fileNo: row.text(2) ?? "", route: row.text(3), birthDate: Self.day(row, 4), sex: row.text(5),
          maritalStatus: row.text(6), municipality: row.text(7), nationalities: row.text(8), firstStay: Self.day(row, 9),
          handoverOn: Self.day(row, 10))
      }
    }
  }

  /// A date column's day, from the first ten bytes (as `Day(iso: text.prefix(10))` reads it).
  static func day(_ row: FastRow, _ column: Int32) -> Day? {
    let b = row.bytes(column)
    return b.count >= 10 ? Day(isoBytes: UnsafeBufferPointer(rebasing: b[0..<10])) : nil
  }
}
