import CaseModel

/// Which stays count and what interrupts them, as one legal route counts residence.
struct CountingPolicy: Sendable {
  var counted: StatusSet
  var countedIfRecognised = StatusSet([])
  var recognising = ProtectionSet([])
  /// Gaps between stays of up to this many months do not interrupt (0 = none).
  var bridgeMonths = 0
  /// An absence longer than this many months interrupts (nil = absences are not checked).
  var absenceMaxMonths: Int?
  /// If set: total absences of more than half of this many years interrupt (§ 12b Abs. 1 S. 5 StAG).
  var halfRuleYears: Int?
}

/// The most recent uninterrupted counted period that reaches `asOf`.
enum CountedRun: Sendable {
  /// `stays` is not recorded.
  case unknown
  /// No counted stay covers `asOf`.
  case none
  /// Counted since `start`; `interruption` explains a later start than the stays show.
  case since(start: Day, interruption: (de: ReasonText, en: ReasonText)?)
}

enum ResidenceCounter {
  static func run(_ file: CaseFile, asOf: Day, policy: CountingPolicy) -> CountedRun {
    guard let stays = file.stays else { return .unknown }
    let protection = file.protection ?? .none
    var spans: [(Day, Day)] = []
    for s in stays where s.from <= asOf {
      let counts =
        policy.counted.contains(s.status)
        || (policy.countedIfRecognised.contains(s.status) && policy.recognising.contains(protection))
      guard counts else { continue }
      var to = s.to ?? asOf
      // § 81 Abs. 4 AufenthG: a § 25a/§ 25b application before a § 104c permit ends continues it.
      if s.status == .permit104c, let applied = file.followupApplicationOn, applied <= to { to = asOf }
      let end = min(to, asOf)
      if end >= s.from { spans.append((s.from, end)) }
    }
    if spans.count > 1 { spans.sort { $0.0 < $1.0 } }
    var merged: [(Day, Day)] = []
    for sp in spans {
      if let last = merged.last, sp.0 <= last.1.adding(days: 1).completing(months: policy.bridgeMonths) {
        merged[merged.count - 1].1 = max(last.1, sp.1)
      } else {
        merged.append(sp)
      }
    }
    guard let current = merged.last, current.1 == asOf else { return .none }
    var start = current.0
    var note: (de: ReasonText, en: ReasonText)?
    guard let recorded = file.absences, !recorded.isEmpty else { return .since(start: start, interruption: nil) }
    let absences = recorded.filter { $0.to >= start && $0.from <= asOf }.sorted { $0.from < $1.from }
    if let maxMonths = policy.absenceMaxMonths {
      for a in absences where a.to >= a.from.completing(months: maxMonths) && a.to >= start {
        start = a.to.adding(days: 1)
        note = (
          "Auslandsaufenthalt \(german: a.from)–\(german: a.to) länger als \(maxMonths) Monate unterbricht",
          "absence \(iso: a.from) to \(iso: a.to) longer than \(maxMonths) months interrupts"
        )
      }
    }
    if let years = policy.halfRuleYears {
      let limit = start.days(until: start.completing(years: years)) / 2
      var total = 0
      for a in absences where a.to >= start {
        total += max(a.from, start).days(until: min(a.to, asOf)) + 1
        if total > limit {
          start = a.to.adding(days: 1)
          note = (
            "Auslandsaufenthalte über die Hälfte der Frist (\(limit) Tage) unterbrechen",
            "absences over half the period (\(limit) days) interrupt"
          )
          total = 0
        }
      }
    }
    if start > asOf { return .none }
    return .since(start: start, interruption: note)
  }
}
