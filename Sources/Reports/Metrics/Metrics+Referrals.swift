extension MetricLibrary {
  static func referralMonths(_ name: String, _ de: String, _ en: String, _ def: LocalizedText, _ value: @escaping @Sendable (ReferralsReport.MonthRow) -> Int) -> Metric {
    .series(name, .referrals, .month, .referrals, L(de, en), def) { (r: ReferralsReport, _) in
      r.months.map { SeriesPoint($0.month, Labels.month($0.month), .count(value($0))) }
    }
  }

  static let endedDefinition = L(
    "Vermittlungen, die beim Case Management angekommen sind (keine internen Entwürfe), nach dem Tag, an dem sie in diesen Zustand kamen bzw. endeten.",
    "Referrals that reached case management (no internal drafts), by the day they reached this state or ended.")

  static func days(_ d: Int?) -> Cell { d.map { .number(Double($0), digits: 0) } ?? .empty }

  static let referrals: [Metric] = [
    referralMonths("referrals_sent", "gesendet", "sent", L("Vermittlungen, die im Monat an das Case Management gesendet wurden.", "Referrals sent to case management in the month."), \.sent),
    referralMonths("referrals_accepted", "angenommen", "accepted", endedDefinition, \.accepted),
    referralMonths("referrals_declined", "abgelehnt", "declined", endedDefinition, \.declined),
    referralMonths("referrals_resolved", "gelöst", "resolved", endedDefinition, \.resolved),
    referralMonths("referrals_returned", "zurückgegeben (nicht gelöst)", "returned (not resolved)", endedDefinition, \.returned),
    referralMonths("referrals_withdrawn", "zurückgezogen", "withdrawn", endedDefinition, \.withdrawn),
    referralMonths("referrals_open_at_end", "offen am Monatsende", "open at month end",
                   L("Vermittlungen, die bis zum Monatsende gesendet und bis dahin nicht beendet waren.", "Referrals sent by the month's end and not ended by then."), \.openAtEnd),
    .figure("referrals_sent_total", .referrals, .referrals, L("gesendet im Zeitraum", "sent in the period"),
            L("Vermittlungen, die in den Monaten des Zeitraums gesendet wurden.", "Referrals sent in the period's months.")) { (r: ReferralsReport) in .count(r.totals.sent) },
    .figure("referrals_resolved_total", .referrals, .referrals, L("gelöst im Zeitraum", "resolved in the period"),
            L("Vermittlungen, die in den Monaten des Zeitraums gelöst wurden.", "Referrals resolved in the period's months.")) { (r: ReferralsReport) in .count(r.totals.resolved) },
    .figure("referrals_share_resolved", .referrals, .percent, L("Anteil gelöst an den beendeten Vermittlungen in %", "share resolved of the referrals ended, in %"),
            L("Von den im Zeitraum beendeten Vermittlungen (gelöst, zurückgegeben, abgelehnt, zurückgezogen) der Anteil der gelösten, in Prozent.",
              "Of the referrals ended in the period (resolved, returned, declined, withdrawn) the share resolved, in per cent.")) { (r: ReferralsReport) in
      r.shareResolvedPercent.map { .number($0, digits: 1) } ?? .empty
    },
    .figure("referrals_days_to_resolve_p50", .referrals, .days, L("Tage von der Vermittlung bis zur Lösung: Median", "days from sending to resolution: median"),
            L("Tage vom Versand bis zur Lösung der im Zeitraum gelösten Vermittlungen, Median (nächster Rang).", "Days from sending to resolution of the referrals resolved in the period, median (nearest rank).")) { (r: ReferralsReport) in
      days(r.daysToResolve.median)
    },
    .figure("referrals_days_to_resolve_p80", .referrals, .days, L("Tage bis zur Lösung: 80. Perzentil", "days to resolution: 80th percentile"),
            L("Tage vom Versand bis zur Lösung der im Zeitraum gelösten Vermittlungen, 80. Perzentil.", "Days from sending to resolution of the referrals resolved in the period, 80th percentile.")) { (r: ReferralsReport) in
      days(r.daysToResolve.p80)
    },
    .figure("referrals_open", .referrals, .referrals, L("offen am Stichtag", "open on the as-of date"),
            L("Gesendete, am Stichtag nicht beendete Vermittlungen.", "Referrals sent and not ended on the as-of date.")) { (r: ReferralsReport) in .count(r.open) },
    .figure("referrals_open_not_accepted", .referrals, .referrals, L("davon noch nicht angenommen", "of which not yet accepted"),
            L("Offene Vermittlungen, die das Case Management noch nicht angenommen hat.", "Open referrals case management has not yet accepted.")) { (r: ReferralsReport) in .count(r.openNotAccepted) },
    .figure("referrals_overdue", .referrals, .referrals, L("davon Frist überschritten", "of which past the due date"),
            L("Offene Vermittlungen, deren Frist (due_on) vor dem Stichtag lag.", "Open referrals whose due date lay before the as-of date.")) { (r: ReferralsReport) in .count(r.overdue) },
    .figure("referrals_none", .referrals, .number, L("keine Vermittlungen (1 = ja)", "no referrals (1 = yes)"),
            L("1, wenn im Zeitraum keine Vermittlung gesendet wurde und keine offen ist.", "1 when no referral was sent in the period and none is open.")) { (r: ReferralsReport) in
      .number(r.totals.sent == 0 && r.open == 0 ? 1 : 0, digits: 0)
    },
    .series("referrals_by_rule", .referrals, .rule, .referrals, L("Vermittlungen mit dieser Lücke", "Referrals with this gap"),
            L("Im Zeitraum gesendete Vermittlungen mit einer Lücke nach dieser Regel.", "Referrals sent in the period with a gap under this rule.")) { (r: ReferralsReport, _) in
      r.rules.map { SeriesPoint($0.rule, .text($0.rule), .count($0.referrals)) }
    },
    .series("gaps_closed_by_rule", .referrals, .rule, .referrals, L("Lücken geschlossen", "Gaps closed"),
            L("Lücken nach dieser Regel, die die erneute Prüfung nach der Rückgabe im Zeitraum als erfüllt fand.", "Gaps under this rule that the re-screening after the return found met in the period.")) { (r: ReferralsReport, _) in
      r.rules.map { SeriesPoint($0.rule, .text($0.rule), .count($0.gapsClosed)) }
    },
    .series("referrals_sent_by_municipality", .referrals, .municipality, .referrals, L("gesendet", "sent"),
            L("Im Zeitraum an die Kommune gesendete Vermittlungen.", "Referrals sent to the municipality in the period.")) { (r: ReferralsReport, _) in
      r.municipalities.map { SeriesPoint($0.municipality, .text($0.municipality), .count($0.sent)) }
    },
    .series("referrals_resolved_by_municipality", .referrals, .municipality, .referrals, L("gelöst", "resolved"),
            L("Im Zeitraum von der Kommune gelöste Vermittlungen.", "Referrals the municipality resolved in the period.")) { (r: ReferralsReport, _) in
      r.municipalities.map { SeriesPoint($0.municipality, .text($0.municipality), .count($0.resolved)) }
    },
    .series("referrals_returned_by_municipality", .referrals, .municipality, .referrals, L("zurückgegeben (nicht gelöst)", "returned (not resolved)"),
            L("Im Zeitraum von der Kommune ungelöst zurückgegebene Vermittlungen.", "Referrals the municipality returned unresolved in the period.")) { (r: ReferralsReport, _) in
      r.municipalities.map { SeriesPoint($0.municipality, .text($0.municipality), .count($0.returned)) }
    },
    .series("referrals_open_by_municipality", .referrals, .municipality, .referrals, L("offen am Stichtag", "open on the as-of date"),
            L("Am Stichtag offene Vermittlungen an die Kommune.", "Referrals to the municipality open on the as-of date.")) { (r: ReferralsReport, _) in
      r.municipalities.map { SeriesPoint($0.municipality, .text($0.municipality), .count($0.open)) }
    },
  ]
}
