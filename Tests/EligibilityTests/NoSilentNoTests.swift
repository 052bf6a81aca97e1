import CaseExchange
import CaseModel
import Checklists
@testable import Eligibility
import Testing

/// No silent "no" (and no silent "yes"): for every rule and every fact it reads, in every file of
/// the checklist tests where that fact decides the rule (removing it changes the outcome), the
/// rule without the fact answers `missing` (or `not_applicable` where the law says so) — never
/// met, gap, review or an exclusion on a guess.
@Suite struct NoSilentNoTests {
  /// Facts whose absence is, by design and by the format's definition, a statement of its own
  /// (spec section 1: absent = unknown, except where the fact records an event or a claim that
  /// the office sees when it happens). Each with the reason.
  static let absentMeansNone: [String: String] = [
    "guest_worker_entry": "recorded only for the guest-worker generation; absent = entered otherwise",
    "sperrfrist_until": "a bar exists only as a register entry (§ 33 StAG); absent = none registered",
    "waivers": "a waiver is claimed with a certificate; absent = not claimed",
    "related": "files of relatives are linked when they exist; absent = none linked",
    "followup_application_on": "an application is an event the office receives; absent = not filed",
    "permit_104c": "the permit is also read from the stays; absent = none granted",
    "documents": "documents are recorded as they arrive; absent = none provided",
    "identity.efforts": "steps are documented as they are taken; absent = none documented",
    "declarations": "signatures are taken at the office; absent = not signed",
    "livelihood.in_education": "an exception the applicant claims; absent = not claimed",
    "livelihood.single_parent": "an exception the applicant claims; absent = not claimed",
    "livelihood.carer": "an exception the applicant claims; absent = not claimed",
    "german.oral_only": "marks a proof limited to oral skills; absent = a regular proof",
    "civics.proof": "the kind of proof; absent = the naturalization test",
    "school.qualification": "a qualification is proven by a certificate; absent = none shown",
    "special_integration": "achievements are proven by the applicant; absent = none shown",
    "household.spouse_of_fulltime_worker": "an exception the applicant claims; absent = not claimed",
    "stays.basis": "read only for titles, where an absent basis is itself missing",
    "german.on": "an undated proof counts as given before the as-of day (the date is optional in the format)",
    "civics.on": "an undated test counts as taken before the as-of day (the date is optional in the format)",
  ]

  static func covered(_ fact: String) -> Bool {
    absentMeansNone[fact] != nil || absentMeansNone[String(fact.split(separator: ".")[0])] != nil
  }

  /// Removes a dotted fact from a case file's JSON tree; list items lose the field each.
  static func removing(_ path: [String], from value: JSONValue) -> JSONValue {
    guard let head = path.first else { return value }
    switch value {
    case .object(let o):
      var members = Dictionary(o.members.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
      if path.count == 1 {
        members[head] = nil
      } else if let inner = members[head] {
        members[head] = removing(Array(path.dropFirst()), from: inner)
      }
      return .object(JSONObject(members))
    case .array(let items):
      return .array(items.map { removing(path, from: $0) })
    default:
      return value
    }
  }

  @Test("removing a fact that decides a rule makes the rule answer missing or not applicable, never a guess")
  func removingADecidingFact() throws {
    let set = Support.checklists
    let engine = Support.engine
    var checked = 0
    var problems: [String] = []
    for folder in set.folders {
      for t in folder.tests {
        guard let asOf = Day(iso: t.asOf) else { continue }
        var facts = TreeValue.object([])
        if let base = t.base, let f = set.fixtures[base] { facts = f }
        facts = facts.merged(with: t.facts)
        let tree = ChecklistTestRunner.json(facts)
        guard let file = CaseFileReader.decode(tree, textScalars: false, at: SourceLocation(file: t.name, line: t.line)).0
        else { continue }
        let route = Route(rawValue: t.route ?? file.route?.rawValue ?? folder.routes.first ?? "") ?? .stag10
        let before = engine.screen(file, route: route, asOf: asOf)
        for finding in before.findings {
          guard let rule = engine.rules[finding.rule] else { continue }
          for fact in rule.facts where !Self.covered(fact) {
            let stripped = Self.removing(fact.split(separator: ".").map(String.init), from: tree)
            guard let changed = CaseFileReader.decode(stripped, textScalars: false, at: SourceLocation(file: t.name, line: t.line)).0,
              changed != file
            else { continue }
            let after = engine.screen(changed, route: route, asOf: asOf)
            guard let now = after.findings.first(where: { $0.rule == finding.rule }), now.outcome != finding.outcome else { continue }
            checked += 1
            // Allowed: missing, not applicable, review (the clerk decides, no guess), and met where
            // the removed fact had made the rule not applicable (another fact then satisfies it).
            let allowed = now.outcome == .missing || now.outcome == .notApplicable || now.outcome == .review
              || (finding.outcome == .notApplicable && now.outcome == .met)
            if !allowed {
              problems.append(
                "\(folder.name)/\(t.name): without \(fact), \(finding.rule) went \(finding.outcome.rawValue) -> \(now.outcome.rawValue) (\(now.reasonEN))")
            }
          }
        }
      }
    }
    #expect(checked > 50)
    #expect(problems == [], Comment(rawValue: "\(problems.count) silent answers:\n" + problems.prefix(60).joined(separator: "\n")))
  }
}
