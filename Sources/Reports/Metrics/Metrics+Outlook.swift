import CaseModel

extension MetricLibrary {
  static let outlookDefinition = L(
    "Monte-Carlo-Simulation mit Eingängen: jede simulierte Woche ist eine zufällig gezogene der letzten 26 Wochen mit ihren Eingängen und ihren Erledigungen zusammen; der Bestand jedes Durchlaufs wird fortgeschrieben (nie unter null). 10 % der Durchläufe liegen unter P10, die Hälfte unter dem Median, 90 % unter P90.",
    "Monte Carlo simulation with intake: each simulated week is one of the last 26 weeks drawn at random, with its intake and its closures together; each trial's backlog is carried forward (never below zero). 10 % of the trials lie below P10, half below the median, 90 % below P90.")

  static func horizonLabel(_ h: ForecastReport.Horizon, _ l: Language) -> Cell {
    let date = Day(iso: h.on).map { l == .de ? $0.german : $0.iso } ?? h.on
    return .text(l.pick("in \(h.months) Monaten (\(date))", "in \(h.months) months (\(date))"))
  }

  static func horizons(_ r: ForecastReport, _ l: Language, _ value: (ForecastReport.Horizon) -> Cell) -> [SeriesPoint] {
    r.outlook.map { SeriesPoint("\($0.months)m", horizonLabel($0, l), value($0)) }
  }

  static func trendText(_ r: ForecastReport, _ l: Language) -> String {
    switch r.trend {
    case "at_target": return l.pick("Der Rückstau ist abgebaut: das Ziel ist heute erreicht.", "The backlog is cleared: the target is met today.")
    case "shrinking": return l.pick("Bei diesem Tempo baut sich der Rückstau ab.", "At this pace the backlog shrinks.")
    default:
      let year = r.outlook.first { $0.months == 12 }.map { String($0.p50) } ?? "–"
      return l.pick(
        "Bei diesem Tempo baut sich der Rückstau nicht ab: heute \(r.open) offene Akten, in 12 Monaten voraussichtlich \(year) (Median); das Ziel (höchstens \(r.targetToday)) wird in zehn Jahren nicht erreicht oder der Bestand sinkt nicht.",
        "At this pace the backlog does not shrink: \(r.open) open files today, about \(year) in 12 months (median); the target (at most \(r.targetToday)) is not met within ten years or the backlog does not fall.")
    }
  }

  static let clearedDefinition = L(
    "Erster Tag, an dem der simulierte Bestand das Ziel erreicht, in 50 % bzw. 85 % der Durchläufe (Eingänge und Erledigungen zusammen gezogen); „nicht absehbar“, wenn das in zehn Jahren nicht geschieht. Die Annahmen mit einer Sachbearbeitung mehr oder weniger ändern nur die Erledigungen.",
    "First day the simulated backlog meets the target, in 50 % or 85 % of the trials (intake and closures drawn together); “not in sight” when that does not happen within ten years. The scenarios with one clerk more or fewer change the closures only.")

  static let outlook: [Metric] = [
    .series("backlog_p10", .forecast, .horizon, .files, L("Bestand P10", "backlog P10"), outlookDefinition) { (r: ForecastReport, l) in
      horizons(r, l) { .number(Double($0.p10), digits: 0) }
    },
    .series("backlog_p50", .forecast, .horizon, .files, L("Bestand Median", "backlog median"), outlookDefinition) { (r: ForecastReport, l) in
      horizons(r, l) { .number(Double($0.p50), digits: 0) }
    },
    .series("backlog_p90", .forecast, .horizon, .files, L("Bestand P90", "backlog P90"), outlookDefinition) { (r: ForecastReport, l) in
      horizons(r, l) { .number(Double($0.p90), digits: 0) }
    },
    .series("probability_at_target", .forecast, .horizon, .percent, L("Ziel erreicht bis dahin, in %", "target met by then, in %"),
            L("Anteil der Durchläufe, in denen der Bestand das Ziel spätestens an diesem Tag erreicht hat, in Prozent.",
              "Share of the trials in which the backlog met the target on or before that day, in per cent.")) { (r: ForecastReport, l) in
      horizons(r, l) { .number($0.probabilityAtTargetPercent, digits: 0) }
    },
    .series("backlog_cleared_by_50", .forecast, .scenario, .date, L("Ziel erreicht bis (50 %)", "target met by (50 %)"), clearedDefinition) { (r: ForecastReport, l) in
      scenarios(r.backlogScenarios, l) { $0.clearedBy50.map { Labels.day($0) } ?? notInSight(l) }
    },
    .series("backlog_cleared_by_85", .forecast, .scenario, .date, L("Ziel erreicht bis (85 %)", "target met by (85 %)"), clearedDefinition) { (r: ForecastReport, l) in
      scenarios(r.backlogScenarios, l) { $0.clearedBy85.map { Labels.day($0) } ?? notInSight(l) }
    },
    .figure("backlog_cleared_by", .forecast, .date, L("Rückstau abgebaut (Ziel erreicht) bis (50 %)", "backlog cleared (target met) by (50 %)"), clearedDefinition) { (r: ForecastReport) in
      r.backlogScenarios.first?.clearedBy50.map { Labels.day($0) } ?? .text("–")
    },
    .figure("target_today", .forecast, .files, L("Ziel: höchstens so viele offene Akten", "target: at most this many open files"),
            L("Der Wert des Ziels heute, etwa die Eingänge der letzten 13 Wochen (Ziel nach der Konfiguration `forecast.target`).",
              "The target's value today, e.g. the files received in the last 13 weeks (target from the configuration `forecast.target`).")) { (r: ForecastReport) in
      .count(r.targetToday)
    },
    .localizedFigure("target_definition", .forecast, .text, L("Was „abgebaut“ heißt", "What “cleared” means"),
            L("Die Festlegung des Ziels in Worten.", "The target in words.")) { (r: ForecastReport, l) in .text(r.target.definition.pick(l)) },
    .localizedFigure("backlog_trend", .forecast, .text, L("Entwicklung", "Trend"),
            L("„baut sich nicht ab“, wenn der Median des simulierten Bestands in 12 Monaten nicht unter dem heutigen liegt oder das Ziel in der Hälfte der Durchläufe nicht binnen zehn Jahren erreicht wird; „abgebaut“, wenn das Ziel heute erreicht ist.",
              "“does not shrink” when the median simulated backlog in 12 months is not below today's or the target is not met within ten years in half the trials; “cleared” when the target is met today.")) { (r: ForecastReport, l) in
      .text(trendText(r, l))
    },
    .figure("backlog_not_shrinking", .forecast, .number, L("baut sich nicht ab (1 = ja)", "does not shrink (1 = yes)"),
            L("1, wenn sich der Rückstau bei diesem Tempo nicht abbaut (siehe „Entwicklung“), sonst 0.",
              "1 when the backlog does not shrink at this pace (see “Trend”), else 0.")) { (r: ForecastReport) in
      .number(r.trend == "not_shrinking" ? 1 : 0, digits: 0)
    },
  ]
}
