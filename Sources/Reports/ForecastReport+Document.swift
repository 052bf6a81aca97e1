import CaseModel

extension ForecastReport: ReportContent {
  public func document(_ l: Language) -> ReportDocument {
    let day = Day(iso: asOf) ?? .min
    let names = ["current": l.pick("heutige Besetzung", "current staff"), "one_more_clerk": l.pick("eine Sachbearbeitung mehr", "one more clerk"),
                 "one_fewer_clerk": l.pick("eine Sachbearbeitung weniger", "one fewer clerk")]
    let scenarioTable = ReportDocument.Table(
      columns: [l.pick("Annahme", "Scenario"), l.pick("Sachbearbeitungen", "Clerks"), l.pick("abgebaut mit 50 % bis", "cleared with 50 % by"),
                l.pick("abgebaut mit 85 % bis", "cleared with 85 % by"), l.pick("Wochen (50 %)", "Weeks (50 %)"), l.pick("Wochen (85 %)", "Weeks (85 %)")],
      rows: scenarios.map { s in
        [.text(names[s.scenario] ?? s.scenario), .number(Double(s.clerks), digits: 0), Labels.day(s.clearedBy50), Labels.day(s.clearedBy85),
         s.weeks50.map { .number(Double($0), digits: 0) } ?? .text(l.pick("nicht absehbar", "not in sight")),
         s.weeks85.map { .number(Double($0), digits: 0) } ?? .text(l.pick("nicht absehbar", "not in sight"))]
      } + [[.text(l.pick("Little'sches Gesetz", "Little's law")), .empty, Labels.day(littlesLawDate), .empty,
            littlesLawWeeks.map { .number($0, digits: 1) } ?? .empty, .empty]])
    let weeks = ReportDocument.Table(
      columns: [l.pick("Woche bis", "Week ending"), l.pick("Erledigungen", "Closures")],
      rows: weeklyClosures.enumerated().map { i, n in [.day(day.adding(days: -7 * (weeklyClosures.count - 1 - i))), .count(n)] })
    return ReportDocument(
      name: report, title: l.pick("Prognose: Abbau des Rückstaus", "Forecast: clearing the backlog"),
      subtitle: "\(office), " + l.pick("Stand ", "as of ") + (l == .de ? day.german : day.iso), language: l,
      sections: [
        .init(id: "scenarios", title: l.pick("Wann sind die heute \(open) offenen Akten erledigt?", "When are today's \(open) open files closed?"),
              notes: [l.pick("Monte-Carlo-Simulation (\(trials) Durchläufe, Startwert \(seed)) über die wöchentlichen Erledigungen der letzten 26 Wochen (im Mittel \(CellFormat(german: true).number(meanWeekly, digits: 1)) je Woche). Neue Eingänge sind nicht berücksichtigt; die Daten sind daher die frühestmöglichen.",
                             "Monte Carlo simulation (\(trials) trials, seed \(seed)) over the weekly closures of the last 26 weeks (mean \(CellFormat(german: false).number(meanWeekly, digits: 1)) a week). New intake is not modelled, so the dates are the earliest plausible ones.")],
              table: scenarioTable),
        .init(id: "weeks", title: l.pick("Erledigungen je Woche (letzte 26 Wochen)", "Closures per week (last 26 weeks)"), table: weeks,
              chart: .init(.bars, series: [1], xLabel: l.pick("Woche", "Week"), yLabel: l.pick("Akten", "Files"))),
      ])
  }
}
