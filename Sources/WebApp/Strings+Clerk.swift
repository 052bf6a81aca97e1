extension Strings {
  /// Texts of the clerk's everyday work: search, queue sorting, dates, letters.
  static let clerk: [String: (String, String)] = [
    "search_hint": ("Name in beliebiger Reihenfolge, auch ohne Akzente, oder Teil des Aktenzeichens",
                    "Name in any order, accents optional, or part of the file number"),
    "closed_matches": ("Abgeschlossene Akten zu dieser Suche", "Closed files matching this search"),
    "closed_badge": ("abgeschlossen", "closed"),
    "closed_on": ("abgeschlossen am", "closed on"),
  ]
}
