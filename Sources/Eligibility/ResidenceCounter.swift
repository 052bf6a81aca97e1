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
  /// If set: total absences of more than half of this many years interrupt. Only the ABH routes
  /// still restart on it; naturalization asks the clerk instead (§ 12b Abs. 1 S. 5 StAG says
  /// "in der Regel", see `Evaluators.halfPeriod`).
  var halfRuleYears: Int?
  /// § 12b StAG: gaps in lawful residence follow their recorded cause (Abs. 3), and a long absence
  /// does not interrupt where the person came back within the period the ABH set (Abs. 1 S. 2)
  /// or, for EU/EEA citizens and their families, within § 4a Abs. 6 FreizügG/EU (Abs. 1 S. 4).
  var stag12b = false
  /// Nationalities for which § 4a Abs. 6 FreizügG/EU replaces § 12b Abs. 1 S. 1–3 StAG.
  var freeMovementNationalities: Set<String> = []
  /// § 60a Abs. 5 S. 1 AufenthG: a departure ends a Duldung, so an absence from a tolerated stay
  /// interrupts whatever its length.
  var departureEndsDuldung = false
  /// § 12b Abs. 2 StAG: years of earlier residence the office may credit after a gap (discretion).
  var creditYears = 0
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
  /// A gap in lawful residence just before the current run (§ 12b Abs. 3 StAG).
  struct Gap: Sendable {
    var from: Day
    var to: Day
    var cause: GapCause?
    /// Counted residence before the gap (the earlier run), which § 12b Abs. 2 may credit.
    var earlier: (from: Day, to: Day)
  }

  /// Everything a naturalization rule needs to answer without guessing.
  struct Detail: Sendable {
    var run: CountedRun
    /// Days of gaps disregarded inside the run (late renewal): they keep continuity but are not
    /// counted, so the period is complete that many days later.
    var disregardedDays = 0
    /// The gap that started the current run anew, if any.
    var gap: Gap?
    /// An absence longer than allowed whose return within the set period is not recorded.
    var undecidedAbsence: Absence?
    /// Longer than allowed for military service (§ 12b Abs. 1 S. 3): the clerk checks the return.
    var militaryAbsence: Absence?

    /// The day the run completes `years` (disregarded gap days added).
    func completes(years: Int, start: Day) -> Day { start.adding(days: disregardedDays).completing(years: years) }
  }

  static func run(_ file: CaseFile, asOf: Day, policy: CountingPolicy) -> CountedRun {
    analyse(file, asOf: asOf, policy: policy).run
  }

  static func analyse(_ file: CaseFile, asOf: Day, policy: CountingPolicy, protection: Protection? = nil) -> Detail {
    guard let stays = file.stays else { return Detail(run: .unknown) }
    let protection = protection ?? file.protection ?? .none
    var spans: [(from: Day, to: Day, cause: GapCause?)] = []
    for s in stays where s.from <= asOf {
      let counts =
        policy.counted.contains(s.status)
        || (policy.countedIfRecognised.contains(s.status) && policy.recognising.contains(protection))
      guard counts else { continue }
      var to = s.to ?? asOf
      // § 81 Abs. 4 AufenthG: a § 25a/§ 25b application before a § 104c permit ends continues it.
      if s.status == .permit104c, let applied = file.followupApplicationOn, applied <= to { to = asOf }
      let end = min(to, asOf)
      if end >= s.from { spans.append((s.from, end, s.gapCause)) }
    }
    if spans.count > 1 { spans.sort { $0.from < $1.from } }
    var merged: [(from: Day, to: Day, disregarded: Int)] = []
    var gap: Gap?
    for sp in spans {
      if let last = merged.last {
        if sp.from <= last.to.adding(days: 1).completing(months: policy.bridgeMonths) {
          merged[merged.count - 1].to = max(last.to, sp.to)
          continue
        }
        let between = (last.to.adding(days: 1), sp.from.adding(days: -1))
        // § 12b Abs. 3 S. 1 StAG: a gap caused by a late application keeps continuity; its days
        // are not lawful residence, so they are not counted.
        if policy.stag12b, sp.cause == .lateRenewal {
          merged[merged.count - 1].to = max(last.to, sp.to)
          merged[merged.count - 1].disregarded += between.0.days(until: between.1) + 1
          continue
        }
        gap = Gap(from: between.0, to: between.1, cause: sp.cause, earlier: (last.from, last.to))
      }
      merged.append((sp.from, sp.to, 0))
    }
    guard let current = merged.last, current.to == asOf else { return Detail(run: .none) }
    if merged.count < 2 { gap = nil }
    var detail = Detail(run: .none, disregardedDays: current.disregarded, gap: gap)
    var start = current.from
    var note: (de: ReasonText, en: ReasonText)?
    func restart(after a: Absence, _ why: (de: ReasonText, en: ReasonText)) {
      start = a.to.adding(days: 1)
      note = why
      detail.disregardedDays = 0
      detail.gap = nil
    }
    if let recorded = file.absences, !recorded.isEmpty {
      let absences = recorded.filter { $0.to >= start && $0.from <= asOf }.sorted { $0.from < $1.from }
      if policy.departureEndsDuldung {
        for a in absences where a.to >= start && isTolerated(on: a.from, stays: stays) {
          restart(after: a, (
            "Ausreise am \(german: a.from) beendet die Duldung (§ 60a Abs. 5 S. 1 AufenthG)",
            "departure on \(iso: a.from) ends the Duldung (§ 60a Abs. 5 S. 1 AufenthG)"))
        }
      }
      if let maxMonths = policy.absenceMaxMonths {
        let freeMovement = policy.stag12b && isFreeMovement(file, asOf: asOf, policy: policy)
        var importantUsed = false
        for a in absences where a.to >= a.from.completing(months: maxMonths) && a.to >= start {
          if policy.stag12b {
            if freeMovement {
              // § 4a Abs. 6 FreizügG/EU: military service, or once up to twelve consecutive months
              // for an important reason.
              if a.reason == .militaryService { continue }
              if a.reason == .importantReason, !importantUsed, a.to < a.from.completing(months: 12) {
                importantUsed = true
                continue
              }
            } else {
              if a.returnedWithinSetPeriod == true { continue }  // § 12b Abs. 1 S. 2
              if a.reason == .militaryService {  // S. 3: back within three months after discharge
                detail.militaryAbsence = a
                continue
              }
              if a.returnedWithinSetPeriod == nil {
                detail.undecidedAbsence = a
                continue
              }
            }
          }
          restart(after: a, (
            "Auslandsaufenthalt \(german: a.from)–\(german: a.to) länger als \(maxMonths) Monate unterbricht",
            "absence \(iso: a.from) to \(iso: a.to) longer than \(maxMonths) months interrupts"))
        }
      }
      if let years = policy.halfRuleYears {
        let limit = start.days(until: start.completing(years: years)) / 2
        var total = 0
        for a in absences where a.to >= start {
          total += max(a.from, start).days(until: min(a.to, asOf)) + 1
          if total > limit {
            restart(after: a, (
              "Auslandsaufenthalte über die Hälfte der Frist (\(limit) Tage) unterbrechen",
              "absences over half the period (\(limit) days) interrupt"))
            total = 0
          }
        }
      }
    }
    if start > asOf { return detail }
    detail.run = .since(start: start, interruption: note)
    return detail
  }

  /// Whether the stay covering `day` is a Duldung of any kind.
  static func isTolerated(on day: Day, stays: [Stay]) -> Bool {
    guard let s = stays.last(where: { $0.from <= day && ($0.to.map { day <= $0 } ?? true) }) else { return false }
    switch s.status {
    case .duldung, .duldung60b, .duldung60c, .duldung60d: return true
    default: return false
    }
  }

  /// § 12b Abs. 1 S. 4 StAG: EU/EEA citizens and their family members (a free-movement stay).
  static func isFreeMovement(_ file: CaseFile, asOf: Day, policy: CountingPolicy) -> Bool {
    if (file.person.nationalities ?? []).contains(where: policy.freeMovementNationalities.contains) { return true }
    return (file.stays ?? []).contains { $0.status == .euFreeMovement && $0.from <= asOf }
  }
}
