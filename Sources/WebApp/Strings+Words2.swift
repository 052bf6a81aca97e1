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
    // bulk referral from the queue: confirmation and itemised result
    "bulk_confirm_title": ("Vermittlung an das Case Management bestätigen", "Confirm the referral to case management"),
    "bulk_done_title": ("Vermittlung an das Case Management: Ergebnis", "Referral to case management: result"),
    "bulk_files": ("Akten", "files"),
    "bulk_what": ("Was geschieht", "What happens"),
    "bulk_nothing_yet": ("Noch ist nichts gesendet. Vorschau:", "Nothing has been sent yet. Preview:"),
    "bulk_confirm_button": ("Vermittlungen jetzt anlegen", "referrals: create now"),
    "bulk_cancel": ("Abbrechen", "Cancel"),
    "bulk_none": ("Keine dieser Akten kann vermittelt werden.", "None of these files can be referred."),
    "bulk_will_send": ("wird gesendet", "will be sent"),
    "bulk_will_propose": ("wird nur vorgeschlagen: keine gültige Einwilligung", "will only be proposed: no valid consent"),
    "bulk_will_skip": ("wird übersprungen", "will be skipped"),
    "bulk_sent": ("gesendet", "sent"),
    "bulk_proposed": ("vorgeschlagen: keine gültige Einwilligung", "proposed: no valid consent"),
    "bulk_skipped": ("übersprungen", "skipped"),
    // why a referral is refused
    "referr_not_found": ("Akte nicht gefunden oder nicht von Ihrer Behörde", "file not found or not your office's"),
    "referr_forbidden": ("nicht erlaubt", "not allowed"),
    "referr_no_consent": ("keine gültige Einwilligung zur Weitergabe an das Case Management", "no valid consent to share the data with case management"),
    "referr_not_allowed": ("„%1“ ist nicht möglich, die Vermittlung ist %2", "“%1” is not possible, the referral is %2"),
    "referr_closed": ("die Akte ist abgeschlossen", "the file is closed"),
    "referr_already": ("„%1“ ist schon beim Case Management", "“%1” is already with case management"),
    "referr_not_a_gap": ("diese Voraussetzung ist in der Akte heute nicht offen oder nicht vermittelbar", "this condition is not open in the file today or cannot be referred"),
    "referr_no_municipality": ("bei der Person ist keine Kommune erfasst", "no municipality is recorded for the person"),
    "referr_due_past": ("das Fälligkeitsdatum liegt in der Vergangenheit", "the due date lies in the past"),
    "msg_lang": ("de", "en"),
  ]
}
