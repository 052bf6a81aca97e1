import CaseModel

/// Builds one naturalization (EBH) file from its slot: procedure, person, residence and facts.
enum NaturalizationFile {
  static let refugeeCountries: Set<String> = ["SYR", "AFG", "IRQ", "ERI", "IRN", "SOM"]

  static func make(_ slot: Slot, plan: FlowPlan) -> CaseFile {
    var rng = slot.rng
    let today = plan.today
    // Pending investigations (§ 12a Abs. 3) park a recent file; older ones were settled.
    let recent = slot.receivedOn > plan.today.adding(years: -3)
    let suspend = recent && rng.chance(slot.stuck ? 0.03 : 0.003)
    let timeline = Timeline.make(
      office: .EBH, receivedOn: slot.receivedOn, rank: slot.rank, plan: plan, suspend: suspend, rng: &rng)
    var gaps: GapProfile
    switch timeline.status {
    case .granted: gaps = .granted(rng: &rng)
    case .refused: gaps = .refused(rng: &rng)
    default: gaps = .open(stuck: slot.stuck, rng: &rng)
    }
    gaps.pendingInvestigation = suspend
    let asOf = timeline.isOpen ? today : timeline.lastChange

    let (person, nationality, _) = PersonMaker.make(
      slot: slot, age: 19...64, reference: slot.receivedOn, nationalities: Nationalities.ebh, rng: &rng)
    var file = CaseFile(fileNo: slot.fileNo, office: .EBH, receivedOn: slot.receivedOn, status: timeline.status, person: person)
    file.person.interpreterNeeded = gaps.languageA2 ? rng.chance(0.3) : rng.chance(0.03)
    file.route = slot.family == nil && rng.chance(0.06) ? .stag9 : .stag10
    file.history = timeline.history
    file.team = timeline.team
    file.clerk = timeline.clerk
    file.decidedOn = timeline.decidedOn
    file.certificateHandoverOn = timeline.handoverOn
    file.related = slot.family?.related(from: slot.fileNo)

    let refugee = refugeeCountries.contains(nationality.code) && rng.chance(0.85)
    Residence.naturalization(
      &file, nationality: nationality, refugee: refugee, gaps: gaps, today: today, rng: &rng)
    if file.route == .stag9 { file.marriedToGermanSince = slot.receivedOn.adding(days: -rng.int(730...3000)) }
    let child = slot.family?.role == .child
    NaturalizationFacts.apply(&file, gaps: gaps, refugee: refugee, child: child, asOf: asOf, rng: &rng)
    if slot.family == nil, GuestWorker.countries.contains(nationality.code), rng.chance(0.05) {
      GuestWorker.apply(&file, nationality: nationality, rng: &rng)
    }
    Paperwork.naturalization(&file, gaps: gaps, asOf: asOf, rng: &rng)
    return file
  }
}
