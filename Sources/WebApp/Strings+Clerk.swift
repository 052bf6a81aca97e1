extension Strings {
  /// Texts of the clerk's everyday work: search, queue sorting, dates, letters.
  static let clerk: [String: (String, String)] = [
    "search_hint": ("Name in beliebiger Reihenfolge, auch ohne Akzente, oder Teil des Aktenzeichens",
                    "Name in any order, accents optional, or part of the file number"),
    "closed_matches": ("Abgeschlossene Akten zu dieser Suche", "Closed files matching this search"),
    "closed_badge": ("abgeschlossen", "closed"),
    "closed_on": ("abgeschlossen am", "closed on"),
    "date_format": ("TT.MM.JJJJ; leer lassen behält das gespeicherte Datum", "DD.MM.YYYY; left blank keeps the stored date"),
    "date_clear": ("Datum entfernen", "Remove date"),
    "max_chars_4000": ("höchstens 4000 Zeichen", "at most 4000 characters"),
    "route": ("Weg", "Route"),
    "route_25a": ("§ 25a AufenthG (junge Menschen)", "§ 25a AufenthG (young people)"),
    "route_25b": ("§ 25b AufenthG (nachhaltige Integration)", "§ 25b AufenthG (sustainable integration)"),
    "route_104c": ("§ 104c AufenthG (Chancen-Aufenthaltsrecht)", "§ 104c AufenthG (opportunity residence)"),
    "col_permit_104c_end": ("§ 104c endet", "§ 104c ends"),
    "col_turns_27": ("27. Geburtstag", "27th birthday"),
    "permit_ended": ("abgelaufen", "ended"),
    "sort_by": ("Sortieren nach", "Sort by"),
    "sort_triage": ("Triage-Reihenfolge", "Triage order"),
    "sorted_hint": ("Sortiert nach einer Spalte; die Gruppe steht bei jeder Akte.", "Sorted by a column; each file shows its group."),
    "ref_open_badge": ("in Vermittlung", "referred"),
    "ref_open_title": ("Vermittlung an das Case Management läuft", "Referral to case management under way"),
  ]
}
