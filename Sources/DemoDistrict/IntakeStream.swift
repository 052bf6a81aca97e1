import CaseModel

/// Walks an office's intake year by year, in order of receipt, and hands out one `Slot` per file.
/// Only the current family is kept in memory, so millions of files stream in constant space.
struct IntakeStream: Sendable {
  let plan: FlowPlan
  let seed: UInt64
  /// Share of files that start a family group, and the share of stuck files.
  let familyShare: Double
  let stuckShare = 0.2

  func forEach(_ body: (Slot) throws -> Void) rethrows {
    let prefix = plan.office.rawValue
    let officeKey: UInt64 = plan.office == .EBH ? 1 << 40 : 2 << 40
    var rankBase = 0
    for (y, count) in plan.intake.enumerated() {
      let year = plan.firstYear + y
      let start = plan.yearStart(y)
      let span = min(plan.daysIn(y), start.days(until: plan.today) + 1)
      let volume = plan.capacity(on: start) + Double(count)
      let width = max(5, String(count).count)
      func number(_ k: Int) -> String {
        let digits = String(k + 1)
        return "\(prefix)-\(year)-" + String(repeating: "0", count: width - digits.count) + digits
      }
      var k = 0
      while k < count {
        var rng = SplitMix64(seed: seed, stream: officeKey | UInt64(rankBase + k))
        let day = IntakeStream.workday(start.adding(days: Int((Double(k) + rng.unit()) * Double(span) / Double(count))), notAfter: plan.today)
        // Most files keep their place in the queue give or take a few weeks; stuck ones wait
        // months to years, which gives the backlog its tail of old files.
        // Shifted so that the stuck files' delay does not inflate the backlog (tuned, see tests).
        var noise = rng.bell(sd: 0.06 * volume) - stuckShare * 0.45 * volume
        let stuck = rng.chance(stuckShare)
        if stuck { noise += (0.3 + 2.0 * rng.unit() * rng.unit()) * volume }
        let size = rng.chance(familyShare) ? min(count - k, rng.int(2...4)) : 1
        var family: FamilyTemplate?
        if size > 1 { family = FamilyTemplate(office: plan.office, receivedOn: day, rng: &rng) }
        let numbers = (k..<(k + size)).map(number)
        for m in 0..<size {
          let member = SplitMix64(seed: seed, stream: officeKey | UInt64(rankBase + k + m) | 1 << 50)
          try body(
            Slot(
              office: plan.office, fileNo: numbers[m], receivedOn: day,
              rank: Double(rankBase + k + m) + 0.5 + noise, stuck: stuck,
              family: family?.member(m, numbers: numbers), rng: m == 0 ? rng : member))
        }
        k += size
      }
      rankBase += count
    }
  }

  /// Applications arrive on working days: a weekend day moves to Monday (or back to Friday at `today`).
  static func workday(_ day: Day, notAfter today: Day) -> Day {
    let weekday = (Int(day.ordinal) + 3) % 7  // 0 = Monday (1970-01-01 was a Thursday)
    guard weekday >= 5 else { return day }
    let monday = day.adding(days: 7 - weekday)
    return monday <= today ? monday : day.adding(days: 4 - weekday)
  }
}

/// The shared facts of a family group, drawn once from the head's stream.
struct FamilyTemplate: Sendable {
  let familyName: Name
  let nationality: Nationality
  let municipality: Municipality
  let headBirth: Day

  init(office: Office, receivedOn: Day, rng: inout SplitMix64) {
    nationality = (office == .EBH ? Nationalities.ebh : Nationalities.abh).draw(&rng)
    familyName = rng.pick(nationality.familyNames)
    municipality = Municipalities.table.draw(&rng)
    headBirth = receivedOn.adding(days: -rng.int(28 * 365...52 * 365))
  }

  func member(_ m: Int, numbers: [String]) -> Family {
    Family(
      role: m == 0 ? .head : (m == 1 ? .spouse : .child), familyName: familyName, nationality: nationality,
      municipality: municipality, headFileNo: numbers[0], spouseFileNo: numbers.count > 1 ? numbers[1] : nil,
      childFileNos: Array(numbers.dropFirst(2)), headBirth: headBirth)
  }
}
