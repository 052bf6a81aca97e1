extension MetricLibrary {
  static func routeVerdict(_ verdict: String, _ de: String, _ en: String) -> Metric {
    .series("route_" + verdict, .abh, .route, .files, L(de, en),
            L("Offene ABH-Akten, deren gespeicherte Prüfung für diesen Weg „\(de)“ ergab.", "Open ABH files whose stored screening for this route gave “\(en)”.")) { (r: AbhReport, _) in
      r.routes.map { SeriesPoint($0.route, .text($0.route), .count($0.verdicts[verdict] ?? 0)) }
    }
  }

  static func months(_ list: [AbhReport.MonthCount]) -> [SeriesPoint] {
    list.map { SeriesPoint($0.month, Labels.month($0.month), .count($0.count)) }
  }

  static let abh: [Metric] = [
    .figure("abh_open", .abh, .files, L("offene Duldungsakten", "open Duldung files"),
            L("Am Stichtag offene Akten der Ausländerbehörde.", "Files of the immigration office open on the as-of date.")) { (r: AbhReport) in .count(r.open) },
    .series("route_screened", .abh, .route, .files, L("geprüft", "screened"),
            L("Offene ABH-Akten mit einer gespeicherten Prüfung für diesen Weg.", "Open ABH files with a stored screening for this route.")) { (r: AbhReport, _) in
      r.routes.map { SeriesPoint($0.route, .text($0.route), .count($0.screened)) }
    },
    routeVerdict("eligible", "erfüllt", "eligible"), routeVerdict("gaps", "Lücken", "gaps"), routeVerdict("incomplete", "unvollständig", "incomplete"),
    routeVerdict("review", "Abwägung", "review"), routeVerdict("suspended", "ausgesetzt", "suspended"), routeVerdict("excluded", "ausgeschlossen", "excluded"),
    .series("permits_104c_expiring", .abh, .month, .files, L("Akten", "Files"),
            L("Offene Akten mit einer § 104c-Aufenthaltserlaubnis nach dem Monat, in dem sie abläuft.", "Open files with a § 104c permit by the month it expires.")) { (r: AbhReport, _) in
      months(r.permits104cExpiring)
    },
    .series("followups_by_month", .abh, .month, .files, L("Akten", "Files"),
            L("Bis zum Stichtag gestellte Folgeanträge (§ 25a/§ 25b) offener Akten nach dem Monat des Antrags.", "Follow-up applications (§ 25a/§ 25b) of open files made by the as-of date, by the month made.")) { (r: AbhReport, _) in
      months(r.followupsByMonth)
    },
    .figure("permits_104c", .abh, .files, L("Akten mit § 104c-Erlaubnis", "files with a § 104c permit"),
            L("Offene Akten mit einer § 104c-Aufenthaltserlaubnis.", "Open files with a § 104c permit.")) { (r: AbhReport) in .count(r.permits104c) },
    .figure("holders_without_followup", .abh, .files, L("noch gültig ohne Folgeantrag", "still valid without a follow-up application"),
            L("§ 104c-Erlaubnisse, die am Stichtag noch gelten, ohne bis dahin gestellten Folgeantrag.", "§ 104c permits still valid on the as-of date without a follow-up application made by then.")) { (r: AbhReport) in
      .count(r.holdersWithoutFollowup)
    },
    .figure("followups_made", .abh, .files, L("gestellte Folgeanträge", "follow-up applications made"),
            L("Bis zum Stichtag gestellte Folgeanträge offener Akten.", "Follow-up applications of open files made by the as-of date.")) { (r: AbhReport) in .count(r.followupsMade) },
  ]
}
