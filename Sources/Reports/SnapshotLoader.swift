import CaseModel
import CaseStore

/// The current open files' stored screening summaries and ABH facts (small sets: the open
/// backlog, not the history), for the screening and abh reports; read by the store.
enum SnapshotLoader {
  static func screeningRows(_ db: ReportReads, office: Office) throws -> [ScreeningReport.Row] {
    try db.openVerdicts(office: office).map(ScreeningReport.Row.init)
  }

  /// The open ABH files that mention a § 104c permit or a follow-up application.
  static func abhFiles(_ db: ReportReads) throws -> [AbhReport.File] {
    try db.abhPermits104c(openOnly: true).map { AbhReport.File(permit104cTo: $0.permitTo, followupOn: $0.followupOn) }
  }

  static func abhOpenCount(_ db: ReportReads) throws -> Int { try db.openFileCount(office: .ABH) }

  static func abhScreenings(_ db: ReportReads) throws -> [(route: String, verdict: String, count: Int)] {
    try db.openScreeningCounts(office: .ABH)
  }
}

extension ScreeningReport.Row {
  init(_ v: ReportReads.Verdict) { self.init(verdict: v.verdict, eligibleOn: v.eligibleOn, gapRules: v.gapRules) }
}
