extension Strings {
  /// Issue 13, second part: resolving with evidence, confirmed bulk referrals, the audit log in
  /// words, server messages in the user's language.
  static let words2: [String: (String, String)] = [
    // resolving a referral
    "ref_unproven": ("Noch nicht als erledigt gespeichert: Es ist nichts erfasst, was eine vermittelte Voraussetzung erfüllt.", "Not saved as resolved: nothing recorded closes a referred condition."),
    "ref_unproven_what": ("„Erledigt“ braucht mindestens eine Angabe oder eine Unterlage zu einer dieser Voraussetzungen:", "“Resolved” needs at least one fact or document for one of these conditions:"),
    "ref_unproven_facts": ("Angaben", "Facts"),
    "ref_unproven_documents": ("oder Unterlage", "or document"),
    "ref_unproven_return": ("Ist die Voraussetzung nicht erreichbar? Dann geben Sie die Vermittlung mit Begründung zurück.", "Cannot the condition be met? Then return the referral with a reason."),
    "ref_outcome_title": ("Erneute Prüfung nach der Erledigung", "Screened again after the resolution"),
    "ref_outcome_closed": ("jetzt erfüllt", "now met"),
    "ref_outcome_open": ("trotz der Angaben noch offen", "still open despite the facts recorded"),
  ]
}
