import CaseModel
import CaseStore
import Casework
import Eligibility

/// A screening as the file page and the API show it: every rule with outcome, citation and reason.
/// Computed live from the facts with the engine (today's law, or `as_of`); without an engine the
/// stored summary (open findings only, no reasons) is shown.
struct ShownScreening: Sendable {
  var route: String
  var asOf: String
  var rulesetVersion: String
  var verdict: String
  var eligibleOn: String?
  var eligibleUntil: String?
  var findings: [Finding]

  struct Finding: Sendable {
    var rule: String
    var outcome: String
    var fix: String?
    var until: String?
    var citation: String?
    var reason: String?
    var documents: [String] = []
    var legalReviewPending = false
    /// The rule's title in the page's language (with the engine).
    var title: String?
  }

  init(_ s: Screening, language: Language) {
    route = s.route.rawValue
    asOf = s.asOf.iso
    rulesetVersion = s.rulesetVersion
    verdict = s.verdict.rawValue
    eligibleOn = s.eligibleOn?.iso
    eligibleUntil = s.eligibleUntil?.iso
    findings = s.findings.map { f in
      Finding(
        rule: f.rule, outcome: f.outcome.rawValue, fix: f.fix?.rawValue, until: f.until?.iso, citation: f.citation,
        reason: language == .en ? f.reasonEN : f.reasonDE, documents: f.documents,
        legalReviewPending: f.legalReviewPending)
    }
  }

  init(_ s: StoredScreening) {
    route = s.route
    asOf = s.asOf
    rulesetVersion = s.rulesetVersion
    verdict = s.verdict
    eligibleOn = s.eligibleOn
    findings = s.openFindings.map { Finding(rule: $0.rule, outcome: $0.outcome, fix: $0.fix, until: $0.until) }
  }

  /// Live screenings when the engine is there, else the stored ones.
  static func of(
    _ file: CaseFile, engine: ScreeningEngine?, asOf: Day, language: Language, casework: Casework
  ) async throws -> [ShownScreening] {
    if let engine {
      return engine.screen(file, asOf: asOf).map { s in
        var shown = ShownScreening(s, language: language)
        for i in shown.findings.indices {
          shown.findings[i].title = engine.rules[shown.findings[i].rule].map { language == .de ? $0.titleDE : $0.title }
        }
        return shown
      }
    }
    let fileNo = file.fileNo
    return try await casework.storedScreenings(fileNo: fileNo).map(ShownScreening.init)
  }
}
