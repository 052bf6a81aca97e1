import CaseModel
import Yams

/// Reads a folder's `tests.yaml`: a list of sentence-named cases.
enum TestCaseReader {
  static func read(_ root: Node, file: String) throws -> [ChecklistTestCase] {
    guard case .sequence(let seq) = root else {
      throw ChecklistError(file: file, line: nil, message: "expected a list of test cases")
    }
    return try seq.map { node in
      let r = YAMLReader(file: file, node: node, context: "test")
      try r.onlyKeys(["name", "as_of", "route", "base", "facts", "expect"])
      let name = try r.string("name")
      let c = YAMLReader(file: file, node: node, context: "test \"\(name)\"")
      guard let e = c["expect"] else { throw c.fail("\"expect\" is required") }
      let x = c.child(e, c.context + ", expect")
      try x.onlyKeys(["verdict", "eligible_on", "eligible_until", "best_route", "findings"])
      var findings: [(rule: String, expected: ChecklistTestCase.ExpectedFinding)] = []
      if let f = x["findings"] {
        guard let m = f.mapping else { throw x.fail("\"findings\" maps rule ids to outcomes", at: f) }
        for (k, v) in m { findings.append((k.string ?? "", try expected(v, x))) }
      }
      func nullable(_ key: String) throws -> String? {
        guard let n = e.mapping?[key] else { return nil }
        if case .scalar(let s) = n, ScalarKind(s) == .null { return "null" }
        return n.string
      }
      return ChecklistTestCase(
        name: name, asOf: try c.string("as_of"), route: try c.optionalString("route"),
        base: try c.optionalString("base"), facts: c["facts"].map(YAMLReader.tree) ?? .object([]),
        verdict: try x.optionalString("verdict"), eligibleOn: try nullable("eligible_on"),
        eligibleUntil: try nullable("eligible_until"), bestRoute: try x.optionalString("best_route"),
        findings: findings, line: c.line)
    }
  }

  static func expected(_ node: Node, _ r: YAMLReader) throws -> ChecklistTestCase.ExpectedFinding {
    if let s = node.string, node.mapping == nil {
      guard let o = Outcome(rawValue: s) else { throw r.fail("unknown outcome \"\(s)\"", at: node) }
      return .init(outcome: o, fix: nil, until: nil)
    }
    let c = r.child(node, r.context + ", finding")
    try c.onlyKeys(["outcome", "fix", "until"])
    let os = try c.string("outcome")
    guard let o = Outcome(rawValue: os) else { throw c.fail("unknown outcome \"\(os)\"") }
    var fix: Fix?
    if let f = try c.optionalString("fix") {
      guard let v = Fix(rawValue: f) else { throw c.fail("unknown fix \"\(f)\"") }
      fix = v
    }
    return .init(outcome: o, fix: fix, until: try c.optionalString("until"))
  }
}
