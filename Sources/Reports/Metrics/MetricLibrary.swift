/// The metric library: every figure a report definition in `reports/` may name, with its
/// definition in words (the footnotes of every report and `reports/README.md` quote these).
/// A new metric is added here, once; a new report needs no Swift.
public enum MetricLibrary {
  public static let all: [Metric] = flow + backlog + cycleTime + forecast + outlook + screening + referrals + abh

  static let byName: [String: Metric] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

  public static func metric(_ name: String) -> Metric? { byName[name] }
}

extension MetricLibrary {
  /// The months of a throughput report as series points.
  static func months(_ r: ThroughputReport, _ value: @escaping (ThroughputReport.MonthRow) -> Cell) -> [SeriesPoint] {
    r.months.map { SeriesPoint($0.month, Labels.month($0.month), value($0)) }
  }

  static func years(_ r: ThroughputReport) -> [Int] {
    Set(r.months.compactMap { Int($0.month.prefix(4)) }).sorted()
  }

  static let flow: [Metric] = [
    .series("received", .throughput, .month, .files, L("Eingänge", "Received"),
            L("Akten, deren Antrag (received_on) im Monat eingegangen ist.", "Files whose application (received_on) arrived in the month.")) { r, _ in
      months(r) { .count($0.received) }
    },
    .series("closed", .throughput, .month, .files, L("Erledigt", "Closed"),
            L("Übergänge aus einem offenen Stand in eingebürgert/erteilt, abgelehnt oder zurückgenommen, nach dem Datum des Verlaufseintrags; eine wieder geöffnete Akte zählt erneut.",
              "Moves from an open stage into granted, refused or withdrawn, by the date of the history entry; a reopened file counts again.")) { r, _ in
      months(r) { .count($0.closed) }
    },
    .series("granted", .throughput, .month, .files, L("eingebürgert/erteilt", "granted"),
            L("Erledigungen durch Einbürgerung (EBH) oder Erteilung (ABH) im Monat.", "Closures by naturalization (EBH) or grant (ABH) in the month.")) { r, _ in
      months(r) { .count($0.granted) }
    },
    .series("refused", .throughput, .month, .files, L("abgelehnt", "refused"),
            L("Erledigungen durch Ablehnung im Monat.", "Closures by refusal in the month.")) { r, _ in months(r) { .count($0.refused) } },
    .series("withdrawn", .throughput, .month, .files, L("zurückgenommen", "withdrawn"),
            L("Erledigungen durch Rücknahme des Antrags im Monat.", "Closures by withdrawal of the application in the month.")) { r, _ in
      months(r) { .count($0.withdrawn) }
    },
    .series("open_at_end", .throughput, .month, .files, L("Offen am Monatsende", "Open at month end"),
            L("Akten, die bis zum Monatsende eingegangen und an dessen Ende nicht erledigt sind (wieder geöffnete zählen als offen).",
              "Files received by the month's end and not closed at its end (reopened files count as open).")) { r, _ in
      months(r) { .count($0.openAtEnd) }
    },
    .series("closed_kim", .throughput, .month, .files, L("KIM-Team (Modul 3)", "kim team (module 3)"),
            L("Erledigungen von Akten des KIM-Teams (Modul 3) im Monat.", "Closures of the kim team's (module 3) files in the month.")) { r, _ in
      months(r) { .count($0.closedByTeam.kim) }
    },
    .series("closed_regular", .throughput, .month, .files, L("Regelteam", "Regular staff"),
            L("Erledigungen von Akten des Regelteams im Monat; Akten ohne Team zählen nur in „Erledigt“.",
              "Closures of the regular staff's files in the month; files without a team count in “Closed” only.")) { r, _ in
      months(r) { .count($0.closedByTeam.regular) }
    },
    .series("kim_share_percent", .throughput, .month, .percent, L("Anteil KIM in %", "kim share in %"),
            L("Erledigungen des KIM-Teams geteilt durch die Erledigungen beider Teams, in Prozent.",
              "Closures of the kim team divided by the closures of both teams, in per cent.")) { r, _ in
      months(r) {
        let total = $0.closedByTeam.kim + $0.closedByTeam.regular
        return total > 0 ? .number(Double($0.closedByTeam.kim) * 100 / Double(total), digits: 1) : .empty
      }
    },
    .series("received_per_year", .throughput, .year, .files, L("Eingänge", "Received"),
            L("Eingänge der Monate des Zeitraums im Kalenderjahr.", "Files received in the period's months of the calendar year.")) { r, _ in
      years(r).map { y in SeriesPoint(String(y), .text(String(y)), .count(r.total(y, \.received))) }
    },
    .series("closed_per_year", .throughput, .year, .files, L("Erledigt", "Closed"),
            L("Erledigungen der Monate des Zeitraums im Kalenderjahr.", "Closures in the period's months of the calendar year.")) { r, _ in
      years(r).map { y in SeriesPoint(String(y), .text(String(y)), .count(r.total(y, \.closed))) }
    },
    .series("closed_kim_per_year", .throughput, .year, .files, L("davon KIM", "of which kim"),
            L("Erledigungen des KIM-Teams der Monate des Zeitraums im Kalenderjahr.", "Closures of the kim team in the period's months of the calendar year.")) { r, _ in
      years(r).map { y in SeriesPoint(String(y), .text(String(y)), .count(r.total(y, \.closedByTeam.kim))) }
    },
    .series("open_at_year_end", .throughput, .year, .files, L("Offen am Jahresende", "Open at year end"),
            L("Offene Akten am Ende des letzten Monats des Zeitraums im Kalenderjahr.", "Open files at the end of the period's last month in the calendar year.")) { r, _ in
      years(r).map { y in
        SeriesPoint(String(y), .text(String(y)), .count(r.months.last(where: { $0.month.hasPrefix(String(y)) })?.openAtEnd ?? 0))
      }
    },
    .figure("received_total", .throughput, .files, L("Eingänge im Zeitraum", "Received in the period"),
            L("Summe der Eingänge aller Monate des Zeitraums.", "Sum of the files received in every month of the period.")) { (r: ThroughputReport) in
      .count(r.months.reduce(0) { $0 + $1.received })
    },
    .figure("closed_total", .throughput, .files, L("Erledigungen im Zeitraum", "Closed in the period"),
            L("Summe der Erledigungen aller Monate des Zeitraums.", "Sum of the closures in every month of the period.")) { (r: ThroughputReport) in
      .count(r.months.reduce(0) { $0 + $1.closed })
    },
    .figure("granted_total", .throughput, .files, L("Einbürgerungen/Erteilungen im Zeitraum", "Granted in the period"),
            L("Summe der Erledigungen durch Einbürgerung oder Erteilung im Zeitraum.", "Sum of the closures by grant in the period.")) { (r: ThroughputReport) in
      .count(r.months.reduce(0) { $0 + $1.granted })
    },
    .figure("open_change", .throughput, .files, L("Veränderung des offenen Bestands", "Change of the open files"),
            L("Offene Akten am Ende des letzten Monats weniger offene Akten am Ende des ersten Monats des Zeitraums; negativ, wenn der Rückstau geschrumpft ist.",
              "Open files at the end of the period's last month less those at the end of its first month; negative when the backlog shrank.")) { (r: ThroughputReport) in
      guard let first = r.months.first, let last = r.months.last else { return .empty }
      return .number(Double(last.openAtEnd - first.openAtEnd), digits: 0)
    },
  ]
}
