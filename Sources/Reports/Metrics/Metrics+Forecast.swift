import CaseModel
import Foundation

extension MetricLibrary {
  static func scenarioLabel(_ key: String, _ l: Language) -> Cell {
    switch key {
    case "current": .text(l.pick("heutige Besetzung", "current staff"))
    case "one_more_clerk": .text(l.pick("eine Sachbearbeitung mehr", "one more clerk"))
    case "one_fewer_clerk": .text(l.pick("eine Sachbearbeitung weniger", "one fewer clerk"))
    case "littles_law": .text(l.pick("Little'sches Gesetz", "Little's law"))
    default: .text(key)
    }
  }

  static func notInSight(_ l: Language) -> Cell { .text(l.pick("nicht absehbar", "not in sight")) }

  static func weeks(_ w: Int?, _ l: Language) -> Cell { w.map { .number(Double($0), digits: 0) } ?? notInSight(l) }

  static func scenarios(_ list: [ForecastReport.Scenario], _ l: Language, _ value: (ForecastReport.Scenario) -> Cell) -> [SeriesPoint] {
    list.map { SeriesPoint($0.scenario, scenarioLabel($0.scenario, l), value($0)) }
  }

  static func weekRows(_ r: ForecastReport, _ counts: [Int]) -> [SeriesPoint] {
    guard let day = Day(iso: r.asOf) else { return [] }
    return counts.enumerated().map { i, n in
      let end = day.adding(days: -7 * (counts.count - 1 - i))
      return SeriesPoint(end.iso, .day(end), .count(n))
    }
  }

  static let todaysFilesDefinition = L(
    "Monte-Carlo-Simulation: Wochen mit ihren Erledigungen werden zufällig (mit Zurücklegen) aus den letzten 26 Wochen gezogen, bis die am Stichtag offenen Akten aufgebraucht sind; 50 % bzw. 85 % der Durchläufe sind bis zu diesem Datum fertig. Neue Eingänge sind nicht berücksichtigt: das ist nicht der Tag, an dem der Rückstau abgebaut ist.",
    "Monte Carlo simulation: weeks with their closures are drawn at random (with replacement) from the last 26 weeks until the files open on the as-of date are used up; 50 % or 85 % of the trials are done by this date. New intake is left out: this is not the day the backlog is gone.")

  static let forecast: [Metric] = [
    .figure("forecast_open", .forecast, .files, L("heute offene Akten", "files open today"),
            L("Akten, die am Stichtag eingegangen und nicht erledigt sind.", "Files received and not closed on the as-of date.")) { (r: ForecastReport) in .count(r.open) },
    .series("clerks", .forecast, .scenario, .clerks, L("Sachbearbeitungen", "Clerks"),
            L("Sachbearbeitungen, die in den letzten 26 Wochen mindestens eine Akte der Behörde erledigt haben, und die Annahmen mit einer mehr oder weniger; deren Erledigungen werden mit (Anzahl ± 1) / Anzahl vervielfacht, die Eingänge nicht.",
              "Clerks who closed at least one of the office's files in the last 26 weeks, and the scenarios with one more or fewer; their closures are scaled by (count ± 1) / count, the intake is not.")) { (r: ForecastReport, l) in
      scenarios(r.scenarios, l) { .number(Double($0.clerks), digits: 0) }
    },
    .series("todays_files_decided_by_50", .forecast, .scenario, .date, L("heute offene Akten entschieden bis (50 %)", "today's files decided by (50 %)"),
            todaysFilesDefinition) { (r: ForecastReport, l) in
      scenarios(r.scenarios, l) { Labels.day($0.clearedBy50) }
        + [SeriesPoint("littles_law", scenarioLabel("littles_law", l), Labels.day(r.littlesLawDate))]
    },
    .series("todays_files_decided_by_85", .forecast, .scenario, .date, L("heute offene Akten entschieden bis (85 %)", "today's files decided by (85 %)"),
            todaysFilesDefinition) { (r: ForecastReport, l) in
      scenarios(r.scenarios, l) { Labels.day($0.clearedBy85) }
    },
    .series("todays_files_weeks_50", .forecast, .scenario, .weeks, L("Wochen (50 %)", "Weeks (50 %)"), todaysFilesDefinition) { (r: ForecastReport, l) in
      scenarios(r.scenarios, l) { weeks($0.weeks50, l) }
        + [SeriesPoint("littles_law", scenarioLabel("littles_law", l), r.littlesLawWeeks.map { .number($0, digits: 1) } ?? .empty)]
    },
    .series("todays_files_weeks_85", .forecast, .scenario, .weeks, L("Wochen (85 %)", "Weeks (85 %)"), todaysFilesDefinition) { (r: ForecastReport, l) in
      scenarios(r.scenarios, l) { weeks($0.weeks85, l) }
    },
    .figure("todays_files_decided_by", .forecast, .date, L("die heute offenen Akten sind voraussichtlich entschieden bis (50 %)", "today's open files are expected to be decided by (50 %)"),
            todaysFilesDefinition) { (r: ForecastReport) in
      r.scenarios.first.map { Labels.day($0.clearedBy50) } ?? .empty
    },
    .figure("littles_law_weeks", .forecast, .weeks, L("Wochen nach Little'schem Gesetz", "weeks by Little's law"),
            L("Heute offene Akten geteilt durch die mittleren Erledigungen je Woche der letzten 26 Wochen (ohne neue Eingänge).",
              "Files open today divided by the mean closures per week of the last 26 weeks (without new intake).")) { (r: ForecastReport) in
      r.littlesLawWeeks.map { .number($0, digits: 1) } ?? .empty
    },
    .figure("mean_weekly_closures", .forecast, .files, L("Erledigungen je Woche im Mittel", "mean closures a week"),
            L("Erledigungen der letzten 26 Wochen geteilt durch 26.", "Closures of the last 26 weeks divided by 26.")) { (r: ForecastReport) in
      .number(r.meanWeekly, digits: 1)
    },
    .figure("mean_weekly_intake", .forecast, .files, L("Eingänge je Woche im Mittel", "mean intake a week"),
            L("Eingänge der letzten 26 Wochen geteilt durch 26.", "Files received in the last 26 weeks divided by 26.")) { (r: ForecastReport) in
      .number(r.meanWeeklyIntake, digits: 1)
    },
    .figure("trials", .forecast, .number, L("Durchläufe", "trials"),
            L("Anzahl der simulierten Verläufe.", "Number of simulated courses.")) { (r: ForecastReport) in .number(Double(r.trials), digits: 0) },
    .figure("seed", .forecast, .number, L("Startwert", "seed"),
            L("Startwert des Zufallsgenerators: derselbe Startwert gibt dieselbe Prognose.", "Seed of the random generator: the same seed gives the same forecast.")) { (r: ForecastReport) in
      .text(String(r.seed))
    },
    .series("weekly_closures", .forecast, .week, .files, L("Erledigungen", "Closures"),
            L("Erledigungen je Kalenderwoche (7 Tage bis zum genannten Tag), die letzte endet am Stichtag.", "Closures per week (7 days up to the day named), the last ending on the as-of date.")) { (r: ForecastReport, _) in
      weekRows(r, r.weeklyClosures)
    },
    .series("weekly_intake", .forecast, .week, .files, L("Eingänge", "Received"),
            L("Eingänge je Woche (7 Tage bis zum genannten Tag), die letzte endet am Stichtag.", "Files received per week (7 days up to the day named), the last ending on the as-of date.")) { (r: ForecastReport, _) in
      weekRows(r, r.weeklyIntake)
    },
  ]
}
