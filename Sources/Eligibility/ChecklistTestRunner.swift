import CaseExchange
import CaseModel
import Checklists

/// Runs every `tests.yaml` case of a checklist set through the engine.
///
///     let report = try ChecklistTestRunner.run(ChecklistLoader.load(directory: "checklists"))
///     report.failures.forEach { print($0) }
public enum ChecklistTestRunner {
  public struct Result: Sendable {
    public var folder: String
    public var name: String
    public var file: String
    public var line: Int
    /// Empty when the case passed.
    public var problems: [String]
    public var passed: Bool { problems.isEmpty }
  }

  public struct Report: Sendable {
    public var results: [Result]
    public var failures: [Result] { results.filter { !$0.passed } }
    public var passedCount: Int { results.count - failures.count }
  }

  public static func run(_ set: ChecklistSet) throws -> Report {
    let engine = try ScreeningEngine(checklists: set)
    var results: [Result] = []
    for folder in set.folders {
      for t in folder.tests {
        let problems = check(t, folder: folder, set: set, engine: engine)
        results.append(Result(folder: folder.name, name: t.name, file: folder.testsFile ?? "", line: t.line, problems: problems))
      }
    }
    return Report(results: results)
  }

  static func check(_ t: ChecklistTestCase, folder: ChecklistFolder, set: ChecklistSet, engine: ScreeningEngine) -> [String] {
    guard let asOf = Day(iso: t.asOf) else { return ["as_of \"\(t.asOf)\" is not a date"] }
    var facts = TreeValue.object([])
    if let base = t.base {
      guard let f = set.fixtures[base] else { return ["unknown fixture \"\(base)\""] }
      facts = f
    }
    facts = facts.merged(with: t.facts)
    let (file, issues) = CaseFileReader.decode(json(facts), textScalars: false, at: SourceLocation(file: t.name, line: t.line))
    guard let file else { return issues.map { "facts: \($0)" } }
    let routeName = t.route ?? file.route?.rawValue ?? folder.routes.first ?? ""
    guard let route = Route(rawValue: routeName) else { return ["unknown route \"\(routeName)\""] }
    let s = engine.screen(file, route: route, asOf: asOf)
    var problems: [String] = []
    if let v = t.verdict, v != s.verdict.rawValue {
      let open = s.findings.filter { $0.outcome != .met && $0.outcome != .notApplicable }
        .map { "\($0.rule) \($0.outcome.rawValue): \($0.reasonEN)" }
      problems.append("verdict: expected \(v), got \(s.verdict.rawValue) [\(open.joined(separator: "; "))]")
    }
    func compare(_ key: String, _ want: String?, _ got: Day?) {
      guard let want else { return }
      let gotText = got?.iso ?? "null"
      if want != gotText { problems.append("\(key): expected \(want), got \(gotText)") }
    }
    compare("eligible_on", t.eligibleOn, s.eligibleOn)
    compare("eligible_until", t.eligibleUntil, s.eligibleUntil)
    if let b = t.bestRoute, b != s.bestRoute?.rawValue {
      problems.append("best_route: expected \(b), got \(s.bestRoute?.rawValue ?? "none")")
    }
    for (rule, want) in t.findings {
      guard let f = s.findings.first(where: { $0.rule == rule }) else {
        problems.append("\(rule): no finding")
        continue
      }
      var ok = f.outcome == want.outcome
      if let fix = want.fix, f.fix != fix { ok = false }
      if let u = want.until, f.until?.iso != u { ok = false }
      if !ok {
        problems.append("\(rule): expected \(want.outcome.rawValue)\(want.fix.map { "/\($0.rawValue)" } ?? "")\(want.until.map { " until \($0)" } ?? ""), got \(f.outcome.rawValue)\(f.fix.map { "/\($0.rawValue)" } ?? "")\(f.until.map { " until \($0.iso)" } ?? "") (\(f.reasonEN))")
      }
    }
    return problems
  }

  static func json(_ t: TreeValue) -> JSONValue {
    switch t {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .number(let n): return .number(n)
    case .string(let s): return .string(s)
    case .array(let a): return .array(a.map(json))
    case .object(let o): return .object(JSONObject(Dictionary(o.map { ($0.0, json($0.1)) }, uniquingKeysWith: { _, b in b })))
    }
  }
}

// MARK: - Output for `backlog checklists test`

extension ChecklistTestRunner.Report {
  /// One line per failure (file:line, test name, problems), then a summary line.
  public func render(verbose: Bool = false) -> String {
    var out = ""
    for r in results where verbose || !r.passed {
      out += "\(r.passed ? "ok  " : "FAIL") \(r.file):\(r.line) \(r.name)\n"
      for p in r.problems { out += "       \(p)\n" }
    }
    let folders = Set(results.map(\.folder)).count
    return out + "\(passedCount) of \(results.count) checklist tests passed in \(folders) folders\n"
  }
}
