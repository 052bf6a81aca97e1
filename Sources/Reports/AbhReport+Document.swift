import CaseModel

extension AbhReport: ReportContent {
  public func document(_ l: Language) -> ReportDocument {
    let verdicts = ["eligible", "gaps", "incomplete", "review", "suspended", "excluded"]
    let vnames = [l.pick("erfüllt", "eligible"), l.pick("Lücken", "gaps"), l.pick("unvollständig", "incomplete"),
                  l.pick("Abwägung", "review"), l.pick("ausgesetzt", "suspended"), l.pick("ausgeschlossen", "excluded")]
    let files = l.pick("Akten", "Files"), month = l.pick("Monat", "Month")
    let day = Day(iso: asOf) ?? .min
    return ReportDocument(
      name: report, title: l.pick("Duldungsfälle (Ausländerbehörde)", "Duldung caseload (immigration office)"),
      subtitle: "ABH, " + l.pick("Stand ", "as of ") + (l == .de ? day.german : day.iso) + l.pick(", \(open) offene Akten", ", \(open) open files"), language: l,
      sections: [
        .init(id: "routes", title: l.pick("Offene Akten nach Weg und Prüfergebnis", "Open files by route and screening outcome"),
              table: .init(columns: [l.pick("Weg", "Route"), l.pick("geprüft", "screened")] + vnames,
                           rows: routes.map { r in [.text(r.route), .count(r.screened)] + verdicts.map { .count(r.verdicts[$0] ?? 0) } }),
              chart: .init(.stackedBars, series: Array(2..<(2 + verdicts.count)), xLabel: l.pick("Weg", "Route"), yLabel: files)),
        .init(id: "permits-104c", title: l.pick("Ablauf der § 104c-Aufenthaltserlaubnisse je Monat", "§ 104c permits expiring per month"),
              notes: [l.pick("\(permits104c) Akten mit § 104c-Erlaubnis; davon \(holdersWithoutFollowup) noch gültig ohne Folgeantrag.",
                             "\(permits104c) files with a § 104c permit; \(holdersWithoutFollowup) still valid without a follow-up application.")],
              table: .init(columns: [month, files], rows: permits104cExpiring.map { [Labels.month($0.month), .count($0.count)] }),
              chart: .init(.bars, series: [1], xLabel: month, yLabel: files)),
        .init(id: "followups", title: l.pick("Gestellte Folgeanträge (§ 25a/§ 25b) je Monat", "Follow-up applications (§ 25a/§ 25b) per month"),
              table: .init(columns: [month, files], rows: followupsByMonth.map { [Labels.month($0.month), .count($0.count)] }),
              chart: .init(.bars, series: [1], xLabel: month, yLabel: files)),
      ])
  }
}
