import CaseExchange
import CaseModel
import Checklists

/// Checks a checklist set for the mistakes a legal reviewer can make in YAML: duplicate ids,
/// missing citations or statute text, overlapping or unordered validity periods, unknown
/// evaluators, parameters, fact names, documents and routes, and untested change dates.
///
///     let issues = ChecklistLinter.lint(set)
///     if issues.contains(where: { $0.severity == .error }) { exit(1) }
public enum ChecklistLinter {
  public struct Issue: Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    public var file: String
    public var line: Int?
    public var message: String
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message)" }
  }

  /// Every fact name of the case-file contract, dotted (`identity.passport_valid`, `stays.basis`).
  public static let knownFacts: Set<String> = {
    var names = Set<String>()
    for c in CSVLayout.caseColumns {
      names.insert(c)
      let parts = c.split(separator: ".")
      if parts.count > 1 { names.insert(String(parts[0])) }
    }
    for g in CSVLayout.groups {
      names.insert(g.countColumn)
      for c in g.columns { names.insert(g.countColumn + "." + g.field(forColumn: c)) }
    }
    return names
  }()

  public static func lint(_ set: ChecklistSet) -> [Issue] {
    var issues: [Issue] = []
    func error(_ file: String, _ line: Int?, _ m: String) { issues.append(Issue(severity: .error, file: file, line: line, message: m)) }
    func warn(_ file: String, _ line: Int?, _ m: String) { issues.append(Issue(severity: .warning, file: file, line: line, message: m)) }
    let documentIDs = Set(set.documents.map(\.id))
    var firstDefinition: [String: String] = [:]
    let allIDs = Set(set.folders.flatMap { $0.rules.map(\.id) })
    let routes = Set(Route.allCases.map(\.rawValue))
    for folder in set.folders {
      let file = folder.rulesFile
      for r in folder.routes where !routes.contains(r) { error(file, nil, "unknown route \"\(r)\"; known: \(routes.sorted().joined(separator: ", "))") }
      for id in folder.uses where !allIDs.contains(id) { error(file, nil, "uses unknown rule \"\(id)\"") }
      if folder.testsFile == nil { warn(file, nil, "folder \(folder.name) has no tests.yaml") }
      for rule in folder.rules {
        if let first = firstDefinition[rule.id] { error(file, rule.line, "duplicate rule id \(rule.id) (first in \(first))") }
        firstDefinition[rule.id] = firstDefinition[rule.id] ?? file
        if rule.citation.trimmingCharacters(in: .whitespaces).isEmpty { error(file, rule.line, "\(rule.id): missing citation") }
        if rule.titleDE.trimmingCharacters(in: .whitespaces).isEmpty {
          error(file, rule.line, "\(rule.id): missing title_de (the German title the interface shows)")
        }
        if rule.title.isEmpty { warn(file, rule.line, "\(rule.id): missing title") }
        for d in rule.documents where !documentIDs.contains(d) { error(file, rule.line, "\(rule.id): unknown document \(d)") }
        for f in rule.facts where !knownFacts.contains(f) { error(file, rule.line, "\(rule.id): unknown fact name \"\(f)\"") }
        if rule.versions.isEmpty { error(file, rule.line, "\(rule.id): no versions") }
        lintVersions(rule, file: file, set: set, error: error, warn: warn)
      }
    }
    lintParameters(set, error: error)
    lintBoundariesTested(set, warn: warn)
    lintReferralReasons(set, error: error)
    return issues
  }

  /// Every rule a referral can carry (a version whose fix is case management or the applicant)
  /// has a plain reason for case management; every reason names a known rule.
  static func lintReferralReasons(_ set: ChecklistSet, error: (String, Int?, String) -> Void) {
    let file = "referral-reasons.yaml"
    let rules = set.rulesByID
    for reason in set.referralReasons.values.sorted(by: { $0.rule < $1.rule }) where rules[reason.rule] == nil {
      error(file, reason.line, "reason for unknown rule \(reason.rule)")
    }
    for folder in set.folders {
      for rule in folder.rules
      where rule.versions.contains(where: { $0.unmet.fix == .caseManagement || $0.unmet.fix == .applicant })
        && set.referralReasons[rule.id] == nil
      {
        error(file, nil, "\(rule.id) can be referred to case management but has no plain reason here (\(folder.rulesFile))")
      }
    }
  }

  static func lintVersions(
    _ rule: Rule, file: String, set: ChecklistSet, error: (String, Int?, String) -> Void, warn: (String, Int?, String) -> Void
  ) {
    var previous: RuleVersion?
    for v in rule.versions {
      let at = "\(rule.id) version from \(v.validFrom.iso)"
      if let to = v.validTo, to < v.validFrom { error(file, v.line, "\(at): valid_to \(to.iso) is before valid_from") }
      if let p = previous {
        guard let pto = p.validTo else {
          error(file, v.line, "\(at): the previous version is open-ended, so the periods overlap")
          previous = v
          continue
        }
        if v.validFrom <= p.validFrom { error(file, v.line, "\(at): versions are not in date order") }
        else if v.validFrom <= pto { error(file, v.line, "\(at): overlaps the previous version (valid to \(pto.iso))") }
        else if v.validFrom != pto.adding(days: 1) { warn(file, v.line, "\(at): gap after \(pto.iso)") }
      }
      previous = v
      if v.statute.trimmingCharacters(in: .whitespaces).isEmpty { error(file, v.line, "\(at): missing statute text") }
      switch v.unmet.outcome {
      case .gap where v.unmet.fix == nil: error(file, v.line, "\(at): a gap needs a fix (time, case_management, applicant, authority)")
      case .met, .notApplicable: error(file, v.line, "\(at): unmet cannot be \(v.unmet.outcome.rawValue)")
      default: if v.unmet.outcome != .gap, v.unmet.fix != nil { error(file, v.line, "\(at): fix only applies to gaps") }
      }
      if v.unverified, (v.note ?? "").isEmpty { error(file, v.line, "\(at): unverified needs a note saying what is open") }
      guard let evaluator = Evaluators.all[v.check] else {
        error(file, v.line, "\(at): unknown check \"\(v.check)\"; known: \(Evaluators.all.keys.sorted().joined(separator: ", "))")
        continue
      }
      let required = Set(evaluator.params)
      for m in required.subtracting(v.params.keys).sorted() { error(file, v.line, "\(at): check \(v.check) needs parameter \"\(m)\"") }
      for u in Set(v.params.keys).subtracting(required).sorted() { error(file, v.line, "\(at): check \(v.check) takes no parameter \"\(u)\"") }
      for (arg, name) in v.params.sorted(by: { $0.key < $1.key }) {
        guard let p = set.parameters[name] else { error(file, v.line, "\(at): \(arg) names unknown parameter \"\(name)\""); continue }
        if p.value(on: v.validFrom) == nil { error(file, v.line, "\(at): parameter \(name) has no value on \(v.validFrom.iso)") }
      }
      for f in evaluator.facts where !knownFacts.contains(f) { error(file, v.line, "\(at): check \(v.check) reads unknown fact \"\(f)\"") }
      let declared = Set(rule.facts)
      let undeclared = evaluator.facts.filter { f in
        !declared.contains(f) && !declared.contains(String(f.split(separator: ".")[0]))
      }
      if !undeclared.isEmpty, !rule.facts.isEmpty {
        warn(file, v.line, "\(at): facts read but not listed in facts: \(undeclared.sorted().joined(separator: ", "))")
      }
    }
  }

  static func lintParameters(_ set: ChecklistSet, error: (String, Int?, String) -> Void) {
    for p in set.parameters.values.sorted(by: { $0.name < $1.name }) {
      if p.values.isEmpty { error(p.file, p.line, "parameter \(p.name) has no values") }
      if p.reference.isEmpty { error(p.file, p.line, "parameter \(p.name) has no reference") }
      if p.unverified, (p.note ?? "").isEmpty { error(p.file, p.line, "parameter \(p.name): unverified needs a note") }
      for (a, b) in zip(p.values, p.values.dropFirst()) where b.from <= a.from {
        error(p.file, p.line, "parameter \(p.name): values are not in date order (\(b.from.iso) after \(a.from.iso))")
      }
    }
  }
}
