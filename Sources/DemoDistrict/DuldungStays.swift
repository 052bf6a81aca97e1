import CaseModel

/// Stays of tolerated persons: Gestattung during the asylum procedure, then Duldung (with the
/// § 60b/60c/60d variants) and, for § 104c holders, the 18-month Chancen permit.
enum DuldungStays {
  static let chancenKeyDate = Day(year: 2017, month: 10, day: 31)!
  static let chancenStart = Day(year: 2022, month: 12, day: 31)!
  static let chancenFirst = Day(year: 2024, month: 6, day: 1)!
  static let recentPermitsFrom = Day(year: 2026, month: 1, day: 1)!
  static let chancenLast = Day(year: 2025, month: 12, day: 30)!

  static func apply(_ file: inout CaseFile, kind: DuldungFile.Kind, asOf: Day, rng: inout SplitMix64) {
    let birth = file.person.birthDate ?? asOf.adding(years: -30)
    var entry: Day
    switch kind {
    case .chancen: entry = chancenKeyDate.adding(days: -rng.int(30...2_000))
    case .young: entry = max(birth.adding(years: 10), asOf.adding(days: -rng.int(3 * 365...9 * 365)))
    default: entry = asOf.adding(days: -rng.int(2 * 365...11 * 365))
    }
    entry = min(max(entry, birth), file.receivedOn.adding(days: -200))
    let rejected = max(entry.adding(days: 30), min(entry.adding(days: rng.int(180...900)), file.receivedOn))
    var stays = [Stay(from: entry, to: rejected.adding(days: -1), status: .gestattung)]
    file.protection = Protection.none

    var duldung: StayStatus = .duldung
    let x = rng.unit()
    if x < 0.12 { duldung = .duldung60b }
    else if x < 0.25, kind == .young { duldung = .duldung60c }
    else if x < 0.35, kind == .sustainable { duldung = .duldung60d }
    let basis = duldung == .duldung ? "AufenthG-60a-2-1" : nil

    if kind == .chancen {
      // Open files hold permits ending 2026-2027; a closed file's permit lies before its decision.
      let first = asOf < recentPermitsFrom ? chancenStart : chancenFirst
      let last = min(chancenLast, asOf.adding(days: -30))
      let from = first.adding(days: rng.int(0...max(0, first.days(until: last))))
      let to = from.adding(months: 18).adding(days: -1)
      file.permit104c = Period(from: from, to: to)
      stays.append(Stay(from: rejected, to: from.adding(days: -1), status: duldung, basis: basis))
      stays.append(Stay(from: from, to: to, status: .permit104c, basis: "AufenthG-104c"))
      // Follow-up application: likely once the end is near, certain to matter after it.
      let filedEarly = rng.chance(to <= asOf.adding(days: 180) ? 0.8 : 0.35)
      let filed = from.adding(days: rng.int(180...500))
      if filedEarly, filed <= asOf, filed <= to { file.followupApplicationOn = filed }
      if to < asOf {
        let status: StayStatus = file.followupApplicationOn != nil ? .fiktion : .duldung
        stays.append(Stay(from: to.adding(days: 1), status: status))
      }
    } else {
      stays.append(Stay(from: rejected, status: duldung, basis: basis))
    }
    file.stays = stays
    file.absences = []
  }
}
