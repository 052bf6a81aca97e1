import CaseModel
import Checklists

// Issue 11: `checklists lint` reports every dated change that can change a verdict and that no
// test covers. A change on day D is covered when tests exist on both sides of it: on D - 1 and on D.
// The changes: a rule's versions (valid_from, the day after valid_to), a new value of a parameter
// a version uses, the rules a checklist (route) holds or uses coming into or out of force, and date
// cut-offs held in parameters ("up to this day": the change is on the day after the value).

extension ChecklistLinter {
  static func lintBoundariesTested(_ set: ChecklistSet, warn: (String, Int?, String) -> Void) {
    let encodingStart = set.folders.flatMap { $0.rules.compactMap { $0.versions.first?.validFrom } }.min()
    var rulesByID: [String: Rule] = [:]
    for f in set.folders { for r in f.rules { rulesByID[r.id] = rulesByID[r.id] ?? r } }
    var testedRule: [String: Set<Day>] = [:]
    var datesOfRule: [String: Set<Day>] = [:]
    for f in set.folders {
      for t in f.tests {
        guard let d = Day(iso: t.asOf) else { continue }
        let dates = testDates(t, set: set).union([d])
        for (rule, _) in t.findings {
          testedRule[rule, default: []].insert(d)
          datesOfRule[rule, default: []].formUnion(dates)
        }
      }
    }
    for folder in set.folders {
      // 1. Each rule: its versions and the parameter values they use, tested by name.
      let folderStart = folder.rules.compactMap { $0.versions.first?.validFrom }.min()
      for rule in folder.rules {
        let have = testedRule[rule.id] ?? []
        for d in changeDays(of: rule, set: set, after: folderStart) {
          for missing in [d.adding(days: -1), d] where !have.contains(missing) {
            warn(folder.rulesFile, rule.line, "\(rule.id): the change on \(d.iso) has no test naming the rule on \(missing.iso)")
          }
        }
        // 2. Date cut-offs: a fact on the last day and one on the day after, in tests naming the rule.
        for (name, cutoff) in dateCutoffs(of: rule, set: set) {
          let dates = datesOfRule[rule.id] ?? []
          for missing in [cutoff, cutoff.adding(days: 1)] where !dates.contains(missing) {
            warn(folder.rulesFile, rule.line, "\(rule.id): the cut-off \(cutoff.iso) (\(name)) has no test naming the rule with a date on \(missing.iso)")
          }
        }
      }
      // 3. The checklist as a whole (its route): every change of a rule it holds or uses, within
      // the time its own rules are in force, tested in this checklist on both sides.
      let own = folder.rules.flatMap(\.versions)
      guard let start = own.map(\.validFrom).min() else { continue }
      let end: Day? = own.contains { $0.validTo == nil } ? nil : own.compactMap(\.validTo).max()
      let asOfs = Set(folder.tests.compactMap { Day(iso: $0.asOf) })
      var seen: Set<Day> = []
      for rule in folder.rules + folder.uses.compactMap({ rulesByID[$0] }) {
        for d in changeDays(of: rule, set: set, after: encodingStart) where d > start && (end.map { d <= $0.adding(days: 1) } ?? true) {
          guard seen.insert(d).inserted else { continue }
          for missing in [d.adding(days: -1), d] where !asOfs.contains(missing) {
            warn(folder.rulesFile, nil, "checklist \(folder.name): the change of \(rule.id) on \(d.iso) has no test of this checklist on \(missing.iso)")
          }
        }
      }
    }
  }

  /// The days a rule's answer may change: a new version, the day after the last, a version
  /// beginning after the encoding starts, and new values of the parameters a version uses.
  static func changeDays(of rule: Rule, set: ChecklistSet, after encodingStart: Day?) -> [Day] {
    var days = rule.versions.dropFirst().map(\.validFrom)
    if let first = rule.versions.first?.validFrom, let encodingStart, first > encodingStart { days.append(first) }
    days += rule.versions.compactMap { $0.validTo?.adding(days: 1) }
    for v in rule.versions {
      for name in v.params.values {
        for change in (set.parameters[name]?.values.dropFirst() ?? []) where v.covers(change.from) && change.from > v.validFrom {
          days.append(change.from)
        }
      }
    }
    return Set(days).sorted()
  }

  /// The date values of the parameters a rule's versions use (cut-offs such as "entered by 30.06.1974").
  static func dateCutoffs(of rule: Rule, set: ChecklistSet) -> [(String, Day)] {
    var out: [String: Day] = [:]
    for v in rule.versions {
      for name in v.params.values {
        for value in set.parameters[name]?.values ?? [] {
          if case .date(let d) = value.value { out[name + " " + d.iso] = d }
        }
      }
    }
    return out.sorted { $0.key < $1.key }.map { (String($0.key.split(separator: " ")[0]), $0.value) }
  }

  /// Every date written in a test's facts (and its fixture's).
  static func testDates(_ t: ChecklistTestCase, set: ChecklistSet) -> Set<Day> {
    var out: Set<Day> = []
    func walk(_ v: TreeValue) {
      switch v {
      case .string(let s): if s.utf8.count == 10, let d = Day(iso: s) { out.insert(d) }
      case .array(let a): a.forEach(walk)
      case .object(let o): o.forEach { walk($0.1) }
      default: break
      }
    }
    walk(t.facts)
    if let base = t.base, let f = set.fixtures[base] { walk(f) }
    return out
  }
}
