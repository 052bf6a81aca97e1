import CaseModel

extension BacklogReport: ReportContent {
  public func document(_ l: Language) -> ReportDocument {
    let month = l.pick("Monat", "Month"), files = l.pick("Akten", "Files")
    let stages = CaseStatus.openStages.map(\.rawValue)
    let flow = ReportDocument.Table(
      columns: [month] + stages.map { Labels.stage($0, l) } + [l.pick("Offen gesamt", "Open in all")],
      rows: months.map { r in [Labels.month(r.month)] + stages.map { .count(r.stages[$0] ?? 0) } + [.count(r.open)] })
    let age = ReportDocument.Table(
      columns: [l.pick("Alter seit Antrag", "Age since application"), files],
      rows: ageBands.map { [.text(Labels.band($0.band, l)), .count($0.count)] })
    let marks = ReportDocument.Table(
      columns: [l.pick("Kennzahl", "Measure"), files],
      rows: [
        [.text(l.pick("Offen", "Open")), .count(open)],
        [.text(l.pick("länger als 3 Monate (§ 75 VwGO)", "past 3 months (§ 75 VwGO)")), .count(pastThreeMonths)],
        [.text(l.pick("länger als 1 Jahr", "past 1 year")), .count(pastOneYear)],
        [.text(l.pick("länger als 2 Jahre", "past 2 years")), .count(pastTwoYears)],
      ])
    let old = ReportDocument.Table(
      columns: [l.pick("Aktenzeichen", "File number"), l.pick("Antrag vom", "Received on"), l.pick("Tage offen", "Days open"), l.pick("Stand", "Stage")],
      rows: oldest.map { [.text($0.fileNo), Labels.day($0.receivedOn), .number(Double($0.ageDays), digits: 0), .text(Labels.stage($0.stage, l))] })
    let asOfText = Day(iso: asOf).map { l == .de ? $0.german : $0.iso } ?? asOf
    return ReportDocument(
      name: report, title: l.pick("Offener Bestand (Rückstau)", "Backlog"),
      subtitle: subtitle(office: office, team: team, from: from, to: to, l) + l.pick(", Stand ", ", as of ") + asOfText, language: l,
      sections: [
        .init(id: "stages", title: l.pick("Offene Akten nach Bearbeitungsstand am Monatsende", "Open files by stage at month end"),
              table: flow, chart: .init(.stackedArea, series: Array(1...stages.count), xLabel: month, yLabel: files)),
        .init(id: "age", title: l.pick("Alter der offenen Akten", "Age of open files"), table: age,
              chart: .init(.bars, series: [1], xLabel: l.pick("Alter", "Age"), yLabel: files)),
        .init(id: "marks", title: l.pick("Fristen", "Time marks"),
              notes: [l.pick("Nach drei Monaten ohne Entscheidung ist eine Untätigkeitsklage zulässig (§ 75 VwGO).",
                             "After three months without a decision an action for failure to act is admissible (§ 75 VwGO).")],
              table: marks),
        .init(id: "oldest", title: l.pick("Die ältesten offenen Akten", "The oldest open files"), table: old),
      ])
  }
}
