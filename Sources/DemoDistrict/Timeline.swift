import CaseModel

/// The procedural side of a file: status, full history, team, clerk and decision dates.
struct Timeline: Sendable {
  var status: CaseStatus = .received
  var history: [StatusChange] = []
  var team: Team = .regular
  var clerk: String = ""
  var decidedOn: Day?
  var handoverOn: Day?

  var isOpen: Bool { !status.isClosed }
  /// The last day the file moved (closing day for closed files).
  var lastChange: Day { history.last?.at ?? Day(ordinal: 0) }
}

extension Timeline {
  /// Builds the history of a file with queue rank `rank`. Open files sit in the stage that matches
  /// their distance from the head of the queue; `suspend` parks an open file as suspended.
  static func make(
    office: Office, receivedOn: Day, rank: Double, plan: FlowPlan, suspend: Bool, rng: inout SplitMix64
  ) -> Timeline {
    let today = plan.today
    var closing = plan.closingDay(rank: rank)
    if let c = closing {
      // Even an easy file takes a few months (documents, security check, BZR extract).
      let earliest = receivedOn.adding(days: rng.int(90...240))
      closing = c < earliest ? (earliest <= today ? earliest : nil) : c
    }
    if suspend { closing = nil }
    var t = Timeline()
    let kim = plan.kimShare(on: closing ?? today)
    t.team = rng.chance(kim) ? .kim : .regular
    t.clerk = rng.pick(Clerks.names(office: office, team: t.team))

    let end = closing ?? today
    let window = 0.3 * plan.capacity(on: end)
    let requested = receivedOn.adding(days: rng.int(5...60))
    var review = plan.closingDay(rank: rank - window)
      ?? (office == .ABH ? requested.adding(days: rng.int(0...max(0, requested.days(until: today)))) : nil)
      ?? today.adding(days: -rng.int(0...90))
    review = max(review, requested.adding(days: rng.int(7...30)))
    var steps: [(Day, CaseStatus)] = [(receivedOn, .received)]

    if let closing {
      let outcome = closedOutcome(office: office, rng: &rng)
      let decision = closing.adding(days: -rng.int(5...45))
      // Keep the review between the request for documents and the decision where there is room.
      let room = requested.days(until: decision)
      if room > 14, review >= decision { review = requested.adding(days: room / 2) }
      steps.append((requested, .documentsRequested))
      if outcome != .withdrawn || rng.chance(0.5) {
        steps.append((review, .inReview))
        if rng.chance(0.04) { steps.append((review.adding(days: rng.int(20...120)), .suspended)) }
        if outcome != .withdrawn { steps.append((decision, .decisionPending)) }
      }
      steps.append((closing, outcome))
      if outcome != .withdrawn { t.decidedOn = closing }
      if outcome == .granted, office == .EBH, rng.chance(0.92) {
        let handover = closing.adding(days: rng.int(7...60))
        if handover <= today { t.handoverOn = handover }
      }
    } else {
      // EBH files move up a queue; the few ABH closures say little, so their stage is drawn.
      var distance = rank - plan.closedByToday
      if office == .ABH { distance = window * (rng.unit() * 2.2 - 0.1) }
      let wantsDocs = requested <= today && rng.chance(0.85)
      if wantsDocs || distance < window || suspend { steps.append((requested, .documentsRequested)) }
      if distance < window || suspend { steps.append((review, .inReview)) }
      if suspend {
        steps.append((review.adding(days: rng.int(10...200)), .suspended))
      } else if distance < 0.05 * plan.capacity(on: today) {
        steps.append((review.adding(days: rng.int(10...60)), .decisionPending))
      }
    }
    var previous = receivedOn
    for (day, status) in steps {
      let at = min(max(day, previous), end)
      t.history.append(StatusChange(at: at, status: status, by: t.clerk))
      previous = at
    }
    t.status = steps[steps.count - 1].1
    return t
  }

  static func closedOutcome(office: Office, rng: inout SplitMix64) -> CaseStatus {
    let x = rng.unit()
    switch office {
    case .EBH: return x < 0.86 ? .granted : x < 0.91 ? .refused : .withdrawn
    case .ABH: return x < 0.70 ? .granted : x < 0.90 ? .refused : .withdrawn
    }
  }
}
