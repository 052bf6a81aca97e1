extension MetricLibrary {
  static func outcomeLabel(_ key: String, _ l: Language) -> String {
    [
      "decidable_today": l.pick("heute entscheidbar", "decidable today"), "waiting_for_time": l.pick("wartet nur auf Zeitablauf", "waiting for time"),
      "gaps": l.pick("Lücken", "gaps"), "incomplete": l.pick("unvollständig", "incomplete"), "review": l.pick("Abwägung nötig", "in review"),
      "suspended": l.pick("ausgesetzt", "suspended"), "excluded": l.pick("ausgeschlossen", "excluded"), "not_screened": l.pick("nicht geprüft", "not screened"),
    ][key] ?? key
  }

  static let screening: [Metric] = [
    .series("screening_outcomes", .screening, .outcome, .files, L("Akten", "Files"),
            L("Offene Akten nach ihrer gespeicherten Prüfung: heute entscheidbar (erfüllt, oder nur auf Zeit wartend und inzwischen gereift), wartet nur auf Zeitablauf, Lücken, unvollständig, Abwägung nötig, ausgesetzt, ausgeschlossen, nicht geprüft.",
              "Open files by their stored screening: decidable today (eligible, or waiting only for time and matured since), waiting only for time, gaps, incomplete, in review, suspended, excluded, not screened.")) { (r: ScreeningReport, l) in
      r.outcomes.map { SeriesPoint($0.key, .text(outcomeLabel($0.key, l)), .count($0.count)) }
    },
    .series("maturing_by_month", .screening, .month, .files, L("Akten", "Files"),
            L("Akten, die nur auf Zeit warten, nach dem Monat, in dem sie die Voraussetzungen erfüllen (eligible_on).",
              "Files waiting only for time, by the month they become eligible (eligible_on).")) { (r: ScreeningReport, _) in
      r.maturing.map { SeriesPoint($0.key, Labels.month($0.key), .count($0.count)) }
    },
    .series("gaps_by_rule", .screening, .rule, .files, L("Akten", "Files"),
            L("Offene Akten mit einer Lücke nach der Regel (eine Akte mit zwei Lücken zählt bei beiden).",
              "Open files with a gap under the rule (a file with two gaps counts under both).")) { (r: ScreeningReport, _) in
      r.gapsByRule.map { SeriesPoint($0.key, .text($0.key), .count($0.count)) }
    },
    .figure("screening_open", .screening, .files, L("offene Akten", "open files"),
            L("Am Stichtag offene Akten, deren Prüfung gezählt wird.", "Files open on the as-of date whose screening is counted.")) { (r: ScreeningReport) in .count(r.open) },
    .figure("screening_from_history", .screening, .number, L("offene Akten aus dem Verlauf (1 = ja)", "open files from the history (1 = yes)"),
            L("1, wenn der Stichtag vor heute liegt: die damals offenen Akten kommen aus dem Verlauf, ihre Prüfung ist die zuletzt gespeicherte.",
              "1 when the as-of date lies before today: the files open then come from the history, their screening is the latest stored one.")) { (r: ScreeningReport) in
      .number(r.openFromHistory ? 1 : 0, digits: 0)
    },
  ]
}
