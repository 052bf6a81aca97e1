import CaseModel

/// Residence histories (`stays`, `absences`, `protection`) for naturalization files.
enum Residence {
  static func naturalization(
    _ file: inout CaseFile, nationality: Nationality, refugee: Bool, gaps: GapProfile, today: Day,
    rng: inout SplitMix64
  ) {
    let received = file.receivedOn
    let birth = file.person.birthDate ?? received.adding(years: -30)
    // Lawful residence starts well before the application, or (time gap) shortly before 5 years.
    var start: Day
    if gaps.shortResidence {
      start = max(today.adding(years: -5).adding(days: rng.int(20...330)), received.adding(days: -4 * 365))
      start = min(start, received.adding(days: -400))
    } else {
      start = received.adding(days: -rng.int(5 * 365 + 60...20 * 365))
    }
    start = max(start, birth)
    var stays: [Stay] = []
    if nationality.isEU {
      stays.append(Stay(from: start, status: .euFreeMovement))
      file.protection = Protection.none
    } else if refugee {
      let recognized = min(start.adding(days: rng.int(120...600)), received.adding(days: -30))
      stays.append(Stay(from: start, to: recognized.adding(days: -1), status: .gestattung))
      let subsidiary = rng.chance(0.3)
      file.protection = subsidiary ? .subsidiary : (rng.chance(0.9) ? .refugee : .asylum)
      let basis = subsidiary ? "AufenthG-25-2" : "AufenthG-25-1"
      addPermits(&stays, from: recognized, basis: basis, received: received, rng: &rng)
    } else {
      file.protection = Protection.none
      let basis = rng.pick(["AufenthG-28", "AufenthG-30", "AufenthG-18b", "AufenthG-16b", "AufenthG-32"])
      addPermits(&stays, from: start, basis: basis, received: received, rng: &rng)
    }
    file.stays = stays
    file.absences = rng.chance(0.3) ? [absence(after: start, before: received, rng: &rng)] : []
  }

  /// A residence permit, often followed by a settlement permit three to five years later.
  static func addPermits(_ stays: inout [Stay], from: Day, basis: String, received: Day, rng: inout SplitMix64) {
    let settled = from.adding(days: rng.int(3 * 365...5 * 365))
    if settled < received, rng.chance(0.6) {
      stays.append(Stay(from: from, to: settled.adding(days: -1), status: .residencePermit, basis: basis))
      stays.append(Stay(from: settled, status: .settlementPermit, basis: "AufenthG-9"))
    } else {
      stays.append(Stay(from: from, status: .residencePermit, basis: basis))
    }
  }

  static func absence(after start: Day, before end: Day, rng: inout SplitMix64) -> Absence {
    let span = max(1, start.days(until: end) - 60)
    let from = start.adding(days: rng.int(0...span))
    return Absence(from: from, to: from.adding(days: rng.int(10...50)))
  }
}
