import ArgumentParser
import BacklogConfig
import CaseModel
import CaseStore
import Foundation

/// `backlog retention [--dry-run]`: deletion and anonymisation when retention periods end.
struct RetentionCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retention", abstract: "Delete or anonymise what the retention periods let go (--dry-run: list it).",
    discussion: """
      Periods come from the configuration's retention section (defaults are placeholders for the
      data-protection officer). A closed file keeps what reports and statistics count, without a
      name; its person, facts, notes, referral notes and the details of audit rows naming it go, and
      its number is kept so a re-import of an old list is refused.
      """)

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var configFile: ConfigOptions
  @Flag(help: "List what would go and why; change nothing.") var dryRun = false
  @Option(help: "Files per transaction.") var batch = 500

  func run() async throws {
    let settings = try configFile.load()
    if !settings.retention.configured {
      Terminal.error("retention: no retention section in the configuration; the PLACEHOLDER periods apply (to be set by your data-protection officer).")
    }
    let store = try AppDatabase.open(path: database.path)
    let today = Day.today()
    let plan = try await store.retentionPlan(Self.policy(settings.retention), today: today)
    if dryRun {
      for f in plan.files {
        Terminal.out("file \(f.fileNo): \(f.rule); closed \(f.closedOn.iso), due \(f.dueOn.iso)")
      }
      for r in plan.referrals {
        Terminal.out("referral \(r.id): notes and recorded facts; ended \(r.endedOn.iso), due \(r.dueOn.iso)")
      }
      if let cutoff = plan.auditCutoff, plan.auditRows > 0 {
        Terminal.out("audit log: \(Terminal.grouped(plan.auditRows)) rows before \(cutoff.iso)")
      }
      Terminal.out(
        "Would anonymise \(Terminal.grouped(plan.files.count)) files, clear \(Terminal.grouped(plan.referrals.count)) referrals, delete \(Terminal.grouped(plan.auditRows)) audit rows (dry run: nothing changed)."
      )
      return
    }
    let started = ContinuousClock.now
    let result = try await store.applyRetention(plan, actor: Terminal.actor, batchSize: max(1, batch))
    Terminal.out(
      "Anonymised \(Terminal.grouped(result.filesAnonymised)) files (\(result.notesDeleted) notes deleted), cleared \(Terminal.grouped(result.referralsCleared)) referrals and \(Terminal.grouped(result.auditRowsCleared)) audit details, deleted \(Terminal.grouped(result.auditRowsDeleted)) audit rows in \(Terminal.seconds(ContinuousClock.now - started)); WAL checkpointed."
    )
  }

  static func policy(_ s: RetentionSettings) -> RetentionPolicy {
    func map(_ d: [String: Int?]) -> [CaseStatus: Int?] {
      var out: [CaseStatus: Int?] = [:]
      for (k, v) in d { if let status = CaseStatus(rawValue: k) { out[status] = v } }
      return out
    }
    return RetentionPolicy(
      closedFileYears: [.EBH: map(s.naturalization), .ABH: map(s.residence)], referralMonths: s.referralMonths,
      auditYears: s.auditYears)
  }
}
