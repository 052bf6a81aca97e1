import CaseModel

/// How long personal data is kept (DSGVO Art. 5 Abs. 1 lit. e, Art. 17): per office and outcome
/// of a closed file, for the personal data of ended referrals, and for audit rows. `nil` keeps
/// (e.g. granted naturalizations, whose files go to the archive instead).
///
/// The defaults are placeholders, to be set by the office's data-protection officer (the README
/// lists the legal bases found and what remains unverified).
public struct RetentionPolicy: Sendable, Equatable {
  /// Years after closing, by office and final status (`granted`, `refused`, `withdrawn`).
  public var closedFileYears: [Office: [CaseStatus: Int?]]
  /// Months after a referral ended (resolved, returned, declined, withdrawn).
  public var referralMonths: Int?
  /// Years after which audit rows are deleted.
  public var auditYears: Int?

  public init(closedFileYears: [Office: [CaseStatus: Int?]], referralMonths: Int?, auditYears: Int?) {
    self.closedFileYears = closedFileYears
    self.referralMonths = referralMonths
    self.auditYears = auditYears
  }

  /// PLACEHOLDERS, set by your data-protection officer.
  public static let placeholder = RetentionPolicy(
    closedFileYears: [
      .EBH: [.granted: nil, .refused: 10, .withdrawn: 5],
      .ABH: [.granted: 5, .refused: 10, .withdrawn: 5],
    ],
    referralMonths: 12, auditYears: 10)

  /// The years for a closed file, or nil to keep it.
  public func years(office: Office, status: CaseStatus) -> Int? {
    closedFileYears[office]?[status] ?? nil
  }
}
