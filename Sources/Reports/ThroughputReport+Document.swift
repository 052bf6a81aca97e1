import CaseModel

extension ThroughputReport: ReportContent {
  public func document(_ l: Language) -> ReportDocument {
    let month = l.pick("Monat", "Month")
    func label(_ m: MonthRow) -> Cell { Month(iso: m.month).map { .month($0) } ?? .text(m.month) }
    let all = ReportDocument.Table(
      columns: [
        month, l.pick("Eingänge", "Received"), l.pick("Erledigt", "Closed"), l.pick("eingebürgert/erteilt", "granted"),
        l.pick("abgelehnt", "refused"), l.pick("zurückgenommen", "withdrawn"), l.pick("Offen am Monatsende", "Open at month end"),
      ],
      rows: months.map { [label($0), .count($0.received), .count($0.closed), .count($0.granted), .count($0.refused), .count($0.withdrawn), .count($0.openAtEnd)] })
    let teams = ReportDocument.Table(
      columns: [month, l.pick("KIM-Team (Modul 3)", "kim team (module 3)"), l.pick("Regelteam", "Regular staff"), l.pick("Anteil KIM in %", "kim share in %")],
      rows: months.map {
        let total = $0.closedByTeam.kim + $0.closedByTeam.regular
        return [label($0), .count($0.closedByTeam.kim), .count($0.closedByTeam.regular),
                total > 0 ? .number(Double($0.closedByTeam.kim) * 100 / Double(total), digits: 1) : .empty]
      })
    let years = Dictionary(grouping: months, by: { Month(iso: $0.month)?.year ?? 0 }).keys.sorted()
    let yearly = ReportDocument.Table(
      columns: [l.pick("Jahr", "Year"), l.pick("Eingänge", "Received"), l.pick("Erledigt", "Closed"), l.pick("davon KIM", "of which kim"),
                l.pick("Offen am Jahresende", "Open at year end")],
      rows: years.map { y in
        [.text(String(y)), .count(total(y, \.received)), .count(total(y, \.closed)), .count(total(y, \.closedByTeam.kim)),
         .count(months.last(where: { Month(iso: $0.month)?.year == y })?.openAtEnd ?? 0)]
      })
    let count = l.pick("Akten", "Files")
    return ReportDocument(
      name: report, title: l.pick("Eingänge und Erledigungen", "Throughput"),
      subtitle: subtitle(office: office, team: team, from: from, to: to, l), language: l,
      sections: [
        .init(id: "months", title: l.pick("Eingänge und Erledigungen je Monat", "Received and closed per month"),
              notes: [l.pick("Erledigt: Übergang in eingebürgert/erteilt, abgelehnt oder zurückgenommen, nach dem Datum des Verlaufseintrags; eine wieder geöffnete Akte zählt erneut.",
                             "Closed: a move into granted, refused or withdrawn, by the date of the history entry; a reopened file counts again.")],
              table: all, chart: .init(.bars, series: [1, 2], xLabel: month, yLabel: count)),
        .init(id: "open", title: l.pick("Offener Bestand am Monatsende", "Open files at month end"),
              table: .init(columns: [month, all.columns[6]], rows: all.rows.map { [$0[0], $0[6]] }),
              chart: .init(.lines, series: [1], xLabel: month, yLabel: count)),
        .init(id: "teams", title: l.pick("Erledigungen nach Team", "Closures by team"), table: teams,
              chart: .init(.stackedBars, series: [1, 2], xLabel: month, yLabel: count)),
        .init(id: "years", title: l.pick("Jahressummen", "Yearly totals"), table: yearly),
      ])
  }
}

/// "EBH, 01.01.2022 – 31.12.2023" (with the team, if the report is limited to one: "EBH, KIM-Team (Modul 3), ...")
func subtitle(office: String, team: String? = nil, from: String, to: String, _ l: Language) -> String {
  let f = Day(iso: from).map { l == .de ? $0.german : $0.iso } ?? from
  let t = Day(iso: to).map { l == .de ? $0.german : $0.iso } ?? to
  return "\(office), " + (team.map { Labels.team($0, l) + ", " } ?? "") + "\(f) – \(t)"
}
