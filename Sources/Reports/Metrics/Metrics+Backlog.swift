import CaseModel

extension MetricLibrary {
  static func stageSeries(_ stage: CaseStatus, _ name: String, _ de: String, _ en: String) -> Metric {
    .series(name, .backlog, .month, .files, L(de, en),
            L("Offene Akten im Bearbeitungsstand „\(de)“ am Monatsende.", "Open files in the stage “\(en)” at the month's end.")) { (r: BacklogReport, _) in
      r.months.map { SeriesPoint($0.month, Labels.month($0.month), .count($0.stages[stage.rawValue] ?? 0)) }
    }
  }

  static let backlog: [Metric] = [
    stageSeries(.received, "open_received", "Eingegangen", "Received"),
    stageSeries(.documentsRequested, "open_documents_requested", "Unterlagen angefordert", "Documents requested"),
    stageSeries(.inReview, "open_in_review", "In Prüfung", "In review"),
    stageSeries(.suspended, "open_suspended", "Ausgesetzt", "Suspended"),
    stageSeries(.decisionPending, "open_decision_pending", "Entscheidung steht an", "Decision pending"),
    .series("open_in_all", .backlog, .month, .files, L("Offen gesamt", "Open in all"),
            L("Alle offenen Akten am Monatsende, gleich in welchem Bearbeitungsstand.", "Every open file at the month's end, whatever its stage.")) { (r: BacklogReport, _) in
      r.months.map { SeriesPoint($0.month, Labels.month($0.month), .count($0.open)) }
    },
    .series("age_bands", .backlog, .age, .files, L("Akten", "Files"),
            L("Am Stichtag offene Akten nach ganzen Kalendermonaten seit dem Antrag (ein am 15. März eingegangener Antrag ist ab dem 15. Juni drei Monate alt).",
              "Files open on the as-of date by whole calendar months since the application (one received on 15 March is three months old from 15 June).")) { (r: BacklogReport, l) in
      r.ageBands.map { SeriesPoint($0.band, .text(Labels.band($0.band, l)), .count($0.count)) }
    },
    .figure("open", .backlog, .files, L("Offen", "Open"),
            L("Akten, die am Stichtag eingegangen und nicht erledigt sind.", "Files received and not closed on the as-of date.")) { (r: BacklogReport) in .count(r.open) },
    .figure("past_3_months", .backlog, .files, L("länger als 3 Monate (§ 75 VwGO)", "past 3 months (§ 75 VwGO)"),
            L("Offene Akten, deren Antrag mindestens drei Monate zurückliegt: ab dann ist eine Untätigkeitsklage zulässig (§ 75 VwGO).",
              "Open files whose application is at least three months old: from then on an action for failure to act is admissible (§ 75 VwGO).")) { (r: BacklogReport) in
      .count(r.pastThreeMonths)
    },
    .figure("past_1_year", .backlog, .files, L("länger als 1 Jahr", "past 1 year"),
            L("Offene Akten, deren Antrag mindestens zwölf Monate zurückliegt.", "Open files whose application is at least twelve months old.")) { (r: BacklogReport) in
      .count(r.pastOneYear)
    },
    .figure("past_2_years", .backlog, .files, L("länger als 2 Jahre", "past 2 years"),
            L("Offene Akten, deren Antrag mindestens 24 Monate zurückliegt.", "Open files whose application is at least 24 months old.")) { (r: BacklogReport) in
      .count(r.pastTwoYears)
    },
    .list("oldest_open_files", .backlog, L("Die ältesten offenen Akten", "The oldest open files"),
          L("Die zehn am Stichtag offenen Akten mit dem ältesten Antrag: Aktenzeichen, Antragsdatum, Tage offen und Bearbeitungsstand; keine Namen.",
            "The ten files open on the as-of date with the oldest application: file number, date received, days open and stage; no names.")) { (r: BacklogReport, l) in
      .init(
        columns: [l.pick("Aktenzeichen", "File number"), l.pick("Antrag vom", "Received on"), l.pick("Tage offen", "Days open"), l.pick("Stand", "Stage")],
        rows: r.oldest.map { [.text($0.fileNo), Labels.day($0.receivedOn), .number(Double($0.ageDays), digits: 0), .text(Labels.stage($0.stage, l))] })
    },
  ]
}
