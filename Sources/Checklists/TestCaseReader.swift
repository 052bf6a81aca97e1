import CaseModel
import StrictYAML

/// Reads a folder's `tests.yaml`: a list of sentence-named cases.
enum TestCaseReader {
  static func read(_ root: YAMLValue, file: String) -> [ChecklistTestCase] {
    guard let items = root.items else {
      root.fileProblem("expected a list of test cases")
      return []
    }
    return items.map { node in
      let r = node.labelled("test")
      r.only(["name", "as_of", "route", "base", "facts", "expect"])
      let name = r.string("name", required: true) ?? ""
      let c = node.labelled("test \"\(name)\"")
      var findings: [(rule: String, expected: ChecklistTestCase.ExpectedFinding)] = []
      var x: YAMLValue?
      if let e = c["expect"] {
        let expect = e.labelled(c.context + ", expect")
        expect.only(["verdict", "eligible_on", "eligible_until", "best_route", "findings"])
        if let f = expect["findings"] {
          if let entries = f.entries {
            findings = entries.compactMap { k, v in expected(v, expect).map { (k, $0) } }
          } else {
            expect.report(.other("\"findings\" maps rule ids to outcomes"), at: f)
          }
        }
        x = expect
      } else {
        c.report(.required, key: "expect")
      }
      /// A date, or "null" for an explicit null.
      func nullable(_ key: String) -> String? {
        guard let n = x?.entries?.first(where: { $0.key == key })?.value else { return nil }
        return n.isNull ? "null" : n.scalar?.text
      }
      return ChecklistTestCase(
        name: name, asOf: c.string("as_of", required: true) ?? "", route: c.string("route"),
        base: c.string("base"), facts: c["facts"]?.tree ?? .object([]),
        verdict: x?.string("verdict"), eligibleOn: nullable("eligible_on"),
        eligibleUntil: nullable("eligible_until"), bestRoute: x?.string("best_route"),
        findings: findings, line: c.line ?? 0)
    }
  }

  static func expected(_ node: YAMLValue, _ r: YAMLValue) -> ChecklistTestCase.ExpectedFinding? {
    if let s = node.scalar?.text {
      guard let o = Outcome(rawValue: s) else {
        r.report(.other("unknown outcome \"\(s)\""), at: node)
        return nil
      }
      return .init(outcome: o, fix: nil, until: nil)
    }
    let c = node.labelled(r.context + ", finding")
    guard c.only(["outcome", "fix", "until"]) else { return nil }
    let os = c.string("outcome", required: true)
    let outcome = os.flatMap { Outcome(rawValue: $0) }
    if let os, outcome == nil { c.report(.other("unknown outcome \"\(os)\"")) }
    var fix: Fix?
    if let f = c.string("fix") {
      fix = Fix(rawValue: f)
      if fix == nil { c.report(.other("unknown fix \"\(f)\"")) }
    }
    guard let outcome else { return nil }
    return .init(outcome: outcome, fix: fix, until: c.string("until"))
  }
}
