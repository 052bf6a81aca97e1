import CaseExchange
import CaseModel

/// Everything the writer binds for one file, computed off the writing thread (and on all cores)
/// during an import: the `case_file` columns, the history rows, the verdict and screening rows.
struct PreparedFile: Sendable {
  let file: CaseFile
  let facts: String
  let columns: [SQLValue]
  /// `seq, at, status, by` of each history entry.
  let events: [[SQLValue]]
  let verdict: VerdictSummary?
  /// `route, as_of, ruleset_version, verdict, eligible_on, open_findings`; nil when not screened.
  let screeningRows: [[SQLValue]]?
  /// The `report_file` row without its id (`ReportFile.values`).
  let reportRow: [SQLValue]

  init(_ file: CaseFile, facts: String, verdict: VerdictSummary? = nil, screenings: [VerdictRecord]? = nil) {
    self.file = file
    self.facts = facts
    columns = [
      .text(file.fileNo), .text(file.office.rawValue), SQLValue(file.route?.rawValue), .text(file.status.rawValue),
      .int(file.status.isClosed ? 0 : 1), .text(file.receivedOn.iso), SQLValue(file.decidedOn?.iso),
      SQLValue(file.closedOn?.iso), SQLValue(file.team?.rawValue), SQLValue(file.clerk),
      SQLValue(file.person.municipality), .text(file.person.familyName), SQLValue(file.person.givenNames),
      SQLValue(file.person.birthDate?.iso), SQLValue(file.followUpOn?.iso), .text(facts),
      .int(Self.mentions104c(facts) ? 1 : 0),
      .text(SearchKey.stored(fileNo: file.fileNo, familyName: file.person.familyName, givenNames: file.person.givenNames)),
    ]
    events = (file.history ?? []).enumerated().map { seq, e in
      [.int(Int64(seq)), .text(e.at.iso), .text(e.status.rawValue), SQLValue(e.by)]
    }
    self.verdict = verdict ?? screenings.flatMap(VerdictSummary.init)
    screeningRows = screenings?.map(Self.screeningRow)
    reportRow = ReportFile.values(file)
  }

  /// The facts JSON mentions a § 104c permit or a follow-up application (`case_file.mentions_104c`,
  /// which the ABH report's partial index selects on): it holds `"permit_104c"` or
  /// `"followup_application_on"`, as a name or as a value.
  static func mentions104c(_ facts: String) -> Bool {
    var facts = facts
    return facts.withUTF8 { f in Self.permit104c.occurs(in: f) || Self.followup.occurs(in: f) }
  }

  static let permit104c = Needle("\"permit_104c\"")
  static let followup = Needle("\"followup_application_on\"")

  static func screeningRow(_ s: VerdictRecord) -> [SQLValue] {
    [.text(s.route), .text(s.asOf.iso), .text(s.rulesetVersion), .text(s.verdict), SQLValue(s.eligibleOn?.iso), .text(s.openFindings)]
  }
}

