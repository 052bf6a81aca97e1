import CaseModel
import CaseStore

/// The current open files' stored screening summaries and ABH facts (small sets: the open
/// backlog, not the history), for the screening and abh reports; read by the store.
enum SnapshotLoader {
  /// `municipality`: only that municipality's open files (nil: all).
  static func screeningRows(_ db: ReportReads, office: Office, municipality: String? = nil) throws -> [ScreeningReport.Row] {
    try db.openVerdicts(office: office, municipality: municipality).map(ScreeningReport.Row.init)
  }

  /// The open ABH files that mention a § 104c permit or a follow-up application.
  static func abhFiles(_ db: ReportReads, municipality: String? = nil) throws -> [AbhReport.File] {
    try db.abhPermits104c(openOnly: true, municipality: municipality).map(AbhReport.File.init)
  }

  static func abhOpenCount(_ db: ReportReads, municipality: String? = nil) throws -> Int {
    try db.openFileCount(office: .ABH, municipality: municipality)
  }

  /// Counted by SQLite.
  static func abhScreenings(_ db: ReportReads, municipality: String? = nil) throws -> [(route: String, verdict: String, count: Int)] {
    try db.openScreeningCounts(office: .ABH, municipality: municipality)
  }
}

extension AbhReport.File {
  init(_ p: ReportReads.Permit104c) { self.init(permit104cTo: p.permitTo, followupOn: p.followupOn) }
}

extension ScreeningReport.Row {
  init(_ v: ReportReads.Verdict) { self.init(verdict: v.verdict, eligibleOn: v.eligibleOn, gapRules: v.gapRules) }
}
