extension CycleTimeReport: ReportContent {
  public func document(_ l: Language) -> ReportDocument {
    let days = l.pick("Tage", "Days")
    let head = [l.pick("Anzahl", "Count"), l.pick("Median (Tage)", "Median (days)"), l.pick("80. Perzentil", "80th percentile"),
                l.pick("90. Perzentil", "90th percentile")]
    func cells(_ p: Percentiles) -> [Cell] {
      [.count(p.count)] + [p.median, p.p80, p.p90].map { $0.map { .number(Double($0), digits: 0) } ?? .empty }
    }
    let quarter = ReportDocument.Table(columns: [l.pick("Quartal", "Quarter")] + head, rows: quarters.map { [.text($0.group)] + cells($0.days) })
    let team = ReportDocument.Table(
      columns: [l.pick("Team", "Team")] + head,
      rows: [[.text(l.pick("alle", "all"))] + cells(overall)] + teams.map { [.text(Labels.team($0.group, l))] + cells($0.days) })
    let stage = ReportDocument.Table(
      columns: [l.pick("Bearbeitungsstand", "Stage"), l.pick("Tage im Mittel", "Mean days"), l.pick("Anteil der Akten in %", "Share of files in %")],
      rows: stages.map { [.text(Labels.stage($0.stage, l)), .number($0.meanDays, digits: 1), .number($0.sharePercent, digits: 1)] })
    return ReportDocument(
      name: report, title: l.pick("Bearbeitungsdauer bis zur Entscheidung", "Time to decision"),
      subtitle: subtitle(office: office, team: self.team, from: from, to: to, l), language: l,
      sections: [
        .init(id: "quarters", title: l.pick("Dauer vom Antrag bis zur Entscheidung je Quartal", "Days from application to decision per quarter"),
              notes: [l.pick("Entscheidung: eingebürgert/erteilt oder abgelehnt; Rücknahmen zählen nicht.", "Decision: granted or refused; withdrawals are left out.")],
              table: quarter, chart: .init(.lines, series: [2, 3, 4], xLabel: l.pick("Quartal", "Quarter"), yLabel: days)),
        .init(id: "teams", title: l.pick("Dauer nach Team", "Days by team"), table: team),
        .init(id: "stages", title: l.pick("Verweildauer je Bearbeitungsstand", "Time spent in each stage"), table: stage,
              chart: .init(.bars, series: [1], xLabel: l.pick("Bearbeitungsstand", "Stage"), yLabel: days)),
      ])
  }
}
