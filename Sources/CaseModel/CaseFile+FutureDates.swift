// Issue 11 point 15, input side: a proof or event date after today is not a fact yet and is refused
// as input (import, office lists, API, file page, referral resolution). "Today" is the office's
// day in Europe/Berlin, passed in by the caller (`Day(inBerlinAt:)` on its injected clock).
//
// Refused after today: dates on which something happened — received_on, decided_on,
// certificate_handover_on, birth dates, history[].at, stays[].from, absences[].from and .to (an
// absence that has not ended has no end date; a planned return is not a fact: record it when it
// happened), identity.efforts[].on, german.on, civics.on, declarations, guest_worker_entry.on,
// convictions[].on, married_to_german_since, permit_104c.from (granted, not planned),
// followup_application_on, documents[].on, consents[].given_on and .withdrawn_on.
// Allowed after today: validity and planning dates, which lie ahead by nature — stays[].to (a
// title's validity end; `to` absent = ongoing), permit_104c.to, documents[].valid_until,
// convictions[].erasable_on, sperrfrist_until, follow_up_on.
// Stored files are never refused for such dates by re-screening (the screening ignores a proof
// dated after its as-of day); a save refuses only future dates it adds or changes.

extension CaseFile {
  /// Every event or proof date after `today`, with the field named.
  public func futureDateErrors(today: Day) -> [FieldError] {
    var errors: [FieldError] = []
    forEachDate { path, value, kind in
      if kind == .event, let value, value > today {
        errors.append(FieldError(path: path(), reason: .futureDate(today: today, value: value)))
      }
    }
    return errors
  }

  /// The future dates this file adds or changes compared with `stored` (nil: a new file, every
  /// one). A date already stored is not refused again when an unrelated fact is saved.
  public func futureDateErrors(today: Day, comparedTo stored: CaseFile?) -> [FieldError] {
    let errors = futureDateErrors(today: today)
    guard let stored, !errors.isEmpty else { return errors }
    let before = Set(stored.futureDateErrors(today: today).map { FieldError(path: Self.unindexed($0.path), reason: $0.reason) })
    return errors.filter { !before.contains(FieldError(path: Self.unindexed($0.path), reason: $0.reason)) }
  }

  /// `documents[3].on` -> `documents[].on`: a list entry keeps its identity when others are added.
  static func unindexed(_ path: String) -> String {
    var out = ""
    var inIndex = false
    for ch in path {
      if ch == "[" { inIndex = true; out.append(ch) } else if ch == "]" { inIndex = false; out.append(ch) } else if !inIndex { out.append(ch) }
    }
    return out
  }
}
