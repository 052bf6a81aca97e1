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
    SELECT case_id, file_no, route, birth_date, sex, marital_status, municipality, nationalities, first_stay, handover_on
    FROM report_file WHERE office = 'EBH'
    """

  /// The survey facts of the EBH files with these ids, in id order: one scan of the EBH rows of
  /// `report_file` (migration v15), keeping the files asked for.
  public func surveyFacts(ids: Set<Int64>) throws -> [SurveyFacts] {
    let wanted = IDSet(Array(ids))
    var out: [SurveyFacts] = []
    out.reserveCapacity(ids.count)
    try FastStatement(db, sql: Self.surveySQL).forEachRow { row in
      let id = row.int(0)
      guard wanted.contains(id) else { return }
      out.append(
        SurveyFacts(
          id: id, fileNo: row.text(1) ?? "", route: row.text(2), birthDate: Self.day(row.text(3)), sex: row.text(4),
          maritalStatus: row.text(5), municipality: row.text(6), nationalities: row.text(7), firstStay: Self.day(row.text(8)),
          handoverOn: Self.day(row.text(9))))
    }
    return out
  }
}
