import CaseModel

extension ReferralsReport: ReportContent {
  public func document(_ l: Language) -> ReportDocument {
    let month = l.pick("Monat", "Month"), referrals = l.pick("Überweisungen", "Referrals")
    let names = [
      l.pick("gesendet", "sent"), l.pick("angenommen", "accepted"), l.pick("abgelehnt", "declined"),
      l.pick("gelöst", "resolved"), l.pick("zurückgegeben (nicht gelöst)", "returned (not resolved)"),
      l.pick("zurückgezogen", "withdrawn"), l.pick("offen am Monatsende", "open at month end"),
    ]
    let perMonth = ReportDocument.Table(
      columns: [month] + names,
      rows: months.map { m in
        [Labels.month(m.month)] + [m.sent, m.accepted, m.declined, m.resolved, m.returned, m.withdrawn, m.openAtEnd].map(Cell.count)
      })
    func days(_ d: Int?) -> Cell { d.map { .number(Double($0), digits: 0) } ?? .empty }
    let outcome = ReportDocument.Table(
      columns: [l.pick("Kennzahl", "Measure"), l.pick("Wert", "Value")],
      rows: [
        [.text(l.pick("gesendet im Zeitraum", "sent in the period")), .count(totals.sent)],
        [.text(l.pick("gelöst im Zeitraum", "resolved in the period")), .count(totals.resolved)],
        [.text(l.pick("Anteil gelöst an den beendeten Überweisungen in %", "share resolved of the referrals ended, in %")),
         shareResolvedPercent.map { .number($0, digits: 1) } ?? .empty],
        [.text(l.pick("Tage von der Überweisung bis zur Lösung: Median", "days from sending to resolution: median")), days(daysToResolve.median)],
        [.text(l.pick("Tage bis zur Lösung: 80. Perzentil", "days to resolution: 80th percentile")), days(daysToResolve.p80)],
        [.text(l.pick("offen am Stichtag", "open on the as-of date")), .count(open)],
        [.text(l.pick("davon noch nicht angenommen", "of which not yet accepted")), .count(openNotAccepted)],
        [.text(l.pick("davon Frist überschritten", "of which past the due date")), .count(overdue)],
      ])
    let byRule = ReportDocument.Table(
      columns: [l.pick("Regel", "Rule"), l.pick("Überweisungen mit dieser Lücke", "Referrals with this gap"),
                l.pick("Lücken geschlossen", "Gaps closed")],
      rows: rules.map { [.text($0.rule), .count($0.referrals), .count($0.gapsClosed)] })
    let byPlace = ReportDocument.Table(
      columns: [l.pick("Kommune", "Municipality"), names[0], names[3], names[4], l.pick("offen am Stichtag", "open on the as-of date")],
      rows: municipalities.map { [.text($0.municipality), .count($0.sent), .count($0.resolved), .count($0.returned), .count($0.open)] })
    let none = totals.sent == 0 && open == 0
    let asOfText = Day(iso: asOf).map { l == .de ? $0.german : $0.iso } ?? asOf
    return ReportDocument(
      name: report, title: l.pick("Überweisungen an das Case Management", "Referrals to case management"),
      subtitle: subtitle(office: office, from: from, to: to, l) + l.pick(", Stand ", ", as of ") + asOfText, language: l,
      sections: [
        .init(id: "months", title: l.pick("Überweisungen je Monat", "Referrals per month"),
              notes: (none ? [l.pick("Im Zeitraum wurden keine Überweisungen an das Case Management gesendet.",
                                     "No referrals were sent to case management in this period.")] : [])
                + [l.pick("Gezählt werden Überweisungen, die beim Case Management angekommen sind (nicht interne Entwürfe); abgelehnt, gelöst, zurückgegeben und zurückgezogen nach dem Tag, an dem die Überweisung endete.",
                          "Counted are referrals that reached case management (not internal drafts); declined, resolved, returned and withdrawn by the day the referral ended.")],
              table: perMonth, chart: .init(.bars, series: [1, 4, 5], xLabel: month, yLabel: referrals)),
        .init(id: "open", title: l.pick("Offene Überweisungen am Monatsende", "Open referrals at month end"),
              table: .init(columns: [month, names[6]], rows: perMonth.rows.map { [$0[0], $0[7]] }),
              chart: .init(.lines, series: [1], xLabel: month, yLabel: referrals)),
        .init(id: "outcome", title: l.pick("Ergebnis und Dauer", "Outcome and duration"),
              notes: [l.pick("Beendet: gelöst, zurückgegeben, abgelehnt oder zurückgezogen im Zeitraum. Dauer: Tage vom Versand bis zur Lösung der im Zeitraum gelösten Überweisungen.",
                             "Ended: resolved, returned, declined or withdrawn in the period. Duration: days from sending to resolution of the referrals resolved in the period.")],
              table: outcome),
        .init(id: "rules", title: l.pick("Lücken nach Regel", "Gaps by rule"),
              notes: [l.pick("Überweisungen: im Zeitraum gesendet mit einer Lücke nach dieser Regel. Geschlossen: Lücken, die die erneute Prüfung nach der Rückgabe im Zeitraum als erfüllt fand.",
                             "Referrals: sent in the period with a gap under this rule. Closed: gaps that the re-screening after the return found met in the period.")],
              table: byRule),
        .init(id: "municipalities", title: l.pick("Nach Kommune", "By municipality"), table: byPlace),
      ])
  }
}
