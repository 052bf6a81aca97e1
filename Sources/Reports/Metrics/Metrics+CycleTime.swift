extension MetricLibrary {
  static func percentile(_ p: Percentiles, _ which: Int) -> Cell {
    let v = [p.median, p.p80, p.p90][which]
    return v.map { .number(Double($0), digits: 0) } ?? .empty
  }

  /// The rows of the by-team table: all files first, then each team.
  static func teamRows(_ r: CycleTimeReport, _ l: Language) -> [(String, Cell, Percentiles)] {
    [("all", .text(l.pick("alle", "all")), r.overall)] + r.teams.map { ($0.group, .text(Labels.team($0.group, l)), $0.days) }
  }

  static let cycleDefinition = L(
    "Tage vom Antrag (received_on) bis zum Verlaufseintrag, der die Akte einbürgert/erteilt oder ablehnt, für Entscheidungen in den Monaten des Zeitraums; Rücknahmen sind keine Entscheidung. Perzentil nach dem nächsten Rang: der kleinste Wert, bei dem mindestens so viel Prozent der Werte darunter oder gleich liegen.",
    "Days from the application (received_on) to the history entry that grants or refuses the file, for decisions in the period's months; withdrawals are no decision. Nearest-rank percentile: the smallest value with at least that share of the values at or below it.")

  static func cycleFamily(_ name: String, _ which: Int, _ de: String, _ en: String) -> [Metric] {
    [
      .figure(name, .cycleTime, .days, L(de, en), cycleDefinition) { (r: CycleTimeReport) in percentile(r.overall, which) },
      .series(name + "_by_quarter", .cycleTime, .quarter, .days, L(de, en), cycleDefinition) { (r: CycleTimeReport, _) in
        r.quarters.map { SeriesPoint($0.group, .text($0.group), percentile($0.days, which)) }
      },
      .series(name + "_by_team", .cycleTime, .team, .days, L(de, en), cycleDefinition) { (r: CycleTimeReport, l) in
        teamRows(r, l).map { SeriesPoint($0.0, $0.1, percentile($0.2, which)) }
      },
    ]
  }

  static let decisionsDefinition = L(
    "Entscheidungen (eingebürgert/erteilt oder abgelehnt) in den Monaten des Zeitraums; eine wieder geöffnete und erneut entschiedene Akte zählt mit jeder Entscheidung.",
    "Decisions (granted or refused) in the period's months; a reopened file decided again counts with each decision.")

  static let cycleTime: [Metric] = [
    .figure("decisions", .cycleTime, .files, L("Anzahl", "Count"), decisionsDefinition) { (r: CycleTimeReport) in .count(r.overall.count) },
    .series("decisions_by_quarter", .cycleTime, .quarter, .files, L("Anzahl", "Count"), decisionsDefinition) { (r: CycleTimeReport, _) in
      r.quarters.map { SeriesPoint($0.group, .text($0.group), .count($0.days.count)) }
    },
    .series("decisions_by_team", .cycleTime, .team, .files, L("Anzahl", "Count"), decisionsDefinition) { (r: CycleTimeReport, l) in
      teamRows(r, l).map { SeriesPoint($0.0, $0.1, .count($0.2.count)) }
    },
  ] + cycleFamily("cycle_time_p50", 0, "Median (Tage)", "Median (days)") + cycleFamily("cycle_time_p80", 1, "80. Perzentil", "80th percentile")
    + cycleFamily("cycle_time_p90", 2, "90. Perzentil", "90th percentile") + [
      .series("stage_mean_days", .cycleTime, .stage, .days, L("Tage im Mittel", "Mean days"),
              L("Mittlere Tage, die die im Zeitraum entschiedenen Akten in jedem offenen Bearbeitungsstand verbracht haben (Akten, die den Stand übersprungen haben, zählen mit 0), so dass die Summe die mittlere Dauer ergibt.",
                "Mean days the files decided in the period spent in each open stage (files that skipped the stage count with 0), so the stages add up to the mean time to decision.")) { (r: CycleTimeReport, l) in
        r.stages.map { SeriesPoint($0.stage, .text(Labels.stage($0.stage, l)), .number($0.meanDays, digits: 1)) }
      },
      .series("stage_share_percent", .cycleTime, .stage, .percent, L("Anteil der Akten in %", "Share of files in %"),
              L("Anteil der im Zeitraum entschiedenen Akten, die den Bearbeitungsstand durchlaufen haben, in Prozent.",
                "Share of the files decided in the period that passed through the stage, in per cent.")) { (r: CycleTimeReport, l) in
        r.stages.map { SeriesPoint($0.stage, .text(Labels.stage($0.stage, l)), .number($0.sharePercent, digits: 1)) }
      },
    ]
}
