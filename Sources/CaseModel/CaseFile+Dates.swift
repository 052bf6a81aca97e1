// Every date of a case file in one list, each with its path and kind, so the date checks
// (plausible range: `plausibilityErrors`; not after today: `futureDateErrors`) read the same
// fields and a new date field is added in one place.

extension CaseFile {
  /// What a date records: something that happened (an event or a proof: never after today), or a
  /// validity or planning date that lies ahead by nature (a title's end, a follow-up).
  public enum DateKind: Sendable { case event, ahead }

  /// Calls `body` with every date the file holds (nil ones too), its path and its kind.
  public func forEachDate(_ body: (_ path: () -> String, _ value: Day?, _ kind: DateKind) -> Void) {
    body({ "received_on" }, receivedOn, .event)
    body({ "decided_on" }, decidedOn, .event)
    body({ "certificate_handover_on" }, certificateHandoverOn, .event)
    body({ "person.birth_date" }, person.birthDate, .event)
    for (i, h) in (history ?? []).enumerated() { body({ "history[\(i)].at" }, h.at, .event) }
    for (i, s) in (stays ?? []).enumerated() {
      body({ "stays[\(i)].from" }, s.from, .event)
      body({ "stays[\(i)].to" }, s.to, .ahead)
    }
    for (i, a) in (absences ?? []).enumerated() {
      // An absence that has not ended has no end date; a planned return is not a fact.
      body({ "absences[\(i)].from" }, a.from, .event)
      body({ "absences[\(i)].to" }, a.to, .event)
    }
    for (i, e) in (identity?.efforts ?? []).enumerated() { body({ "identity.efforts[\(i)].on" }, e.on, .event) }
    body({ "german.on" }, german?.on, .event)
    body({ "civics.on" }, civics?.on, .event)
    body({ "declarations.fdgo_signed_on" }, declarations?.fdgoSignedOn, .event)
    body({ "declarations.history_signed_on" }, declarations?.historySignedOn, .event)
    body({ "guest_worker_entry.on" }, guestWorkerEntry?.on, .event)
    for (i, c) in (convictions ?? []).enumerated() {
      body({ "convictions[\(i)].on" }, c.on, .event)
      body({ "convictions[\(i)].erasable_on" }, c.erasableOn, .ahead)
    }
    for (i, c) in (household?.children ?? []).enumerated() { body({ "household.children[\(i)].birth_date" }, c.birthDate, .event) }
    body({ "married_to_german_since" }, marriedToGermanSince, .event)
    body({ "permit_104c.from" }, permit104c?.from, .event)
    body({ "permit_104c.to" }, permit104c?.to, .ahead)
    body({ "followup_application_on" }, followupApplicationOn, .event)
    for (i, d) in (documents ?? []).enumerated() {
      body({ "documents[\(i)].on" }, d.on, .event)
      body({ "documents[\(i)].valid_until" }, d.validUntil, .ahead)
    }
    for (i, c) in (consents ?? []).enumerated() {
      body({ "consents[\(i)].given_on" }, c.givenOn, .event)
      body({ "consents[\(i)].withdrawn_on" }, c.withdrawnOn, .event)
    }
    body({ "sperrfrist_until" }, sperrfristUntil, .ahead)
    body({ "follow_up_on" }, followUpOn, .ahead)
  }
}
