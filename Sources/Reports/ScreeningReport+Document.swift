import CaseModel

extension ScreeningReport: ReportContent {
  public func document(_ l: Language) -> ReportDocument {
    let names = [
      "decidable_today": l.pick("heute entscheidbar", "decidable today"), "waiting_for_time": l.pick("wartet nur auf Zeitablauf", "waiting for time"),
      "gaps": l.pick("Lücken", "gaps"), "incomplete": l.pick("unvollständig", "incomplete"), "review": l.pick("Abwägung nötig", "in review"),
      "suspended": l.pick("ausgesetzt", "suspended"), "excluded": l.pick("ausgeschlossen", "excluded"), "not_screened": l.pick("nicht geprüft", "not screened"),
    ]
    let files = l.pick("Akten", "Files")
    let day = Day(iso: asOf) ?? .min
    return ReportDocument(
      name: report, title: l.pick("Prüfergebnisse im offenen Bestand", "Screening outcomes across the backlog"),
      subtitle: "\(office), " + l.pick("Stand ", "as of ") + (l == .de ? day.german : day.iso), language: l,
      sections: [
        .init(id: "outcomes", title: l.pick("Offene Akten nach Prüfergebnis", "Open files by screening outcome"),
              notes: [openFromHistory
                ? l.pick("Akten, die am Stichtag offen waren, mit ihrer zuletzt gespeicherten Prüfung (nicht der Prüfung jenes Tages).",
                         "Files open on the as-of date, with their latest stored screening (not the screening of that day).")
                : l.pick("Gespeicherte Prüfungen der heute offenen Akten.", "Stored screenings of the files open today.")],
              table: .init(columns: [l.pick("Ergebnis", "Outcome"), files], rows: outcomes.map { [.text(names[$0.key] ?? $0.key), .count($0.count)] }),
              chart: .init(.bars, series: [1], xLabel: l.pick("Ergebnis", "Outcome"), yLabel: files)),
        .init(id: "maturing", title: l.pick("Wann wartende Akten entscheidbar werden", "When waiting files mature"),
              table: .init(columns: [l.pick("Monat", "Month"), files], rows: maturing.map { [Labels.month($0.key), .count($0.count)] }),
              chart: .init(.bars, series: [1], xLabel: l.pick("Monat", "Month"), yLabel: files)),
        .init(id: "gaps", title: l.pick("Lücken nach Regel", "Gaps by rule"),
              table: .init(columns: [l.pick("Regel", "Rule"), files], rows: gapsByRule.map { [.text($0.key), .count($0.count)] })),
      ])
  }
}
