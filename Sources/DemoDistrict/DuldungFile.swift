import CaseModel

/// Builds one ABH file of a tolerated person: a young person (§ 25a), a long-term resident or
/// family (§ 25b), a § 104c holder who must switch before the permit ends, or an unrouted file.
enum DuldungFile {
  enum Kind: Sendable { case young, sustainable, chancen, unrouted }

  static func make(_ slot: Slot, plan: FlowPlan) -> CaseFile {
    var rng = slot.rng
    let today = plan.today
    // Families apply together: the parents under § 25b, the children under § 25a.
    var kind: Kind
    switch (slot.family?.role, rng.unit()) {
    case (.child?, _): kind = .young
    case (.head?, _), (.spouse?, _): kind = .sustainable
    case (nil, ..<0.28): kind = .young
    case (nil, ..<0.56): kind = .sustainable
    case (nil, ..<0.86): kind = .chancen
    default: kind = .unrouted
    }
    let suspend = rng.chance(0.02)
    let timeline = Timeline.make(
      office: .ABH, receivedOn: slot.receivedOn, rank: slot.rank, plan: plan, suspend: suspend, rng: &rng)
    let asOf = timeline.isOpen ? today : timeline.lastChange
    // No § 104c permits before the law of 31.12.2022 had been applied for a while.
    if kind == .chancen, asOf < DuldungStays.chancenStart.adding(days: 60) { kind = .sustainable }

    // Young people are aged relative to today: some are close to their 27th birthday.
    let ages = kind == .young ? (rng.chance(0.15) ? 26...26 : 15...25) : 20...55
    let (person, _, _) = PersonMaker.make(
      slot: slot, age: ages, reference: kind == .young ? today : slot.receivedOn,
      nationalities: Nationalities.abh, rng: &rng)
    var file = CaseFile(fileNo: slot.fileNo, office: .ABH, receivedOn: slot.receivedOn, status: timeline.status, person: person)
    switch kind {
    case .young: file.route = .aufenthG25a
    case .sustainable: file.route = .aufenthG25b
    case .chancen: file.route = .aufenthG104cFollowup
    case .unrouted: file.route = nil
    }
    file.person.interpreterNeeded = rng.chance(0.4)
    file.history = timeline.history
    file.team = timeline.team
    file.clerk = timeline.clerk
    file.decidedOn = timeline.decidedOn
    file.related = slot.family?.related(from: slot.fileNo)
    file.pendingInvestigation = suspend

    DuldungStays.apply(&file, kind: kind, asOf: asOf, rng: &rng)
    DuldungFacts.apply(&file, kind: kind, asOf: asOf, rng: &rng)
    return file
  }
}
