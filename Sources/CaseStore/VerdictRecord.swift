import CaseModel

/// One route's screening as the store keeps it: a plain record, filled by `Casework` from the
/// engine's screening (the store knows no engine and no rule). `case_file`'s verdict columns come
/// from the record that speaks for the file; the `screening` table holds one row per record.
public struct VerdictRecord: Sendable, Equatable {
  public var route: String
  public var asOf: Day
  public var rulesetVersion: String
  public var verdict: String
  public var eligibleOn: Day?
  /// The findings not met or not applicable, `RULE=outcome/fix@until;...` (`StoredScreening`).
  public var openFindings: String
  /// The rules with a gap.
  public var gapRules: [String]
  /// The triage group the office's rules give this screening.
  public var queueGroup: QueueGroup
  /// This record speaks for the file (its route's, or for an ABH file without a route the best).
  public var speaksForFile: Bool

  public init(
    route: String, asOf: Day, rulesetVersion: String, verdict: String, eligibleOn: Day?, openFindings: String,
    gapRules: [String], queueGroup: QueueGroup, speaksForFile: Bool
  ) {
    self.route = route
    self.asOf = asOf
    self.rulesetVersion = rulesetVersion
    self.verdict = verdict
    self.eligibleOn = eligibleOn
    self.openFindings = openFindings
    self.gapRules = gapRules
    self.queueGroup = queueGroup
    self.speaksForFile = speaksForFile
  }

  /// The record that speaks for a file among its records.
  public static func head(of records: [VerdictRecord]) -> VerdictRecord? {
    records.first(where: \.speaksForFile) ?? records.first
  }

  /// What the stored screening row says (to tell whether a new screening changed anything).
  var fingerprint: String {
    route + "|" + verdict + "|" + (eligibleOn?.iso ?? "") + "|" + openFindings + "\n"
  }
}

/// What a resolved referral changes, worked out by `Casework` (facts merged, file screened).
public struct Resolution: Sendable {
  public var file: CaseFile
  public var records: [VerdictRecord]
  /// The rules of the screening that speaks for the file that are still not met.
  public var openRules: Set<String>

  public init(file: CaseFile, records: [VerdictRecord], openRules: Set<String>) {
    self.file = file
    self.records = records
    self.openRules = openRules
  }
}

/// Screens a file into the records the store keeps (`Casework`'s screening on save).
public typealias Screener = @Sendable (CaseFile) -> [VerdictRecord]
