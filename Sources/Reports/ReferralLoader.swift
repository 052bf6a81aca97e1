import CaseModel
import CaseStore

/// The referrals of one office that reached case management, for the referrals report (read by
/// the store, `ReportReads.sentReferrals`). Aggregates are made from these rows; nothing here
/// names a person or a file.
enum ReferralLoader {
  /// `municipality`: only the referrals of that municipality's files (nil: all).
  static func load(_ db: ReportReads, office: Office, municipality: String? = nil) throws -> [ReferralsReport.Referral] {
    try db.sentReferrals(office: office, municipality: municipality).compactMap { r in
      guard let state = ReferralsReport.State(rawValue: r.state), let sent = r.sentOn else { return nil }
      return ReferralsReport.Referral(
        municipality: r.municipality, state: state, sentOn: sent, acceptedOn: r.acceptedOn, closedOn: r.closedOn, dueOn: r.dueOn,
        gaps: r.gaps.map { ReferralsReport.Gap(rule: $0.rule, closedOn: $0.closedOn) })
    }
  }
}
