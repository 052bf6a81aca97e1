import CaseModel
import CaseStore

/// Times every report (made and rendered as JSON, CSV and HTML) over a database, for
/// `backlog bench` or `backlog report all --time`. Returns one line per report. Each is made
/// `runs` times; the line shows the median run (the first run reads the pages from disk).
public enum ReportsBenchmark {
  /// Every report of `catalog` as of today, then those of them that show snapshots as of a year
  /// ago, the committee report of one municipality, and the § 36 StAG surveys of last year.
  public static func run(store: AppDatabase, today: Day, catalog: ReportCatalog, runs: Int = 3) async throws -> [String] {
    var lines: [String] = []
    let (events, files) = try await store.reportReads { (try $0.statusEventCount(), try $0.fileCount()) }
    lines.append("reports over \(files) files and \(events) status events (median of \(runs) runs)")
    // Every report as of today, then the snapshots as of a year ago (open files from histories).
    let snapshots: Set<ReportName> = [.screening, .abh]
    let place = try await store.reportReads { try MunicipalityLoader.names($0, office: .EBH).first }
    var plan: [(ReportDefinition, Day, String?)] = catalog.reports.map { ($0, today, nil) }
    plan += catalog.reports.filter { !snapshots.isDisjoint(with: $0.dataSets) }.map { ($0, today.adding(days: -365), nil) }
    if let place { plan += catalog.reports.filter { $0.offersMunicipality && $0.cover }.map { ($0, today, place) } }
    for (definition, to, municipality) in plan {
      let office: Office = definition.fixedOffice == "ABH" ? .ABH : .EBH
      let request = ReportRequest(
        office: office, from: Month(to).advanced(by: -23).firstDay, to: to, municipality: municipality, today: today)
      let t = try await median(runs) {
        let report = try await ReportMaker.make(definition, request: request, store: store)
        let doc = report.document(.de)
        _ = (report.json, CSVRenderer().render(doc), HTMLRenderer().render(doc))
      }
      let made = try await median(runs) { _ = try await ReportMaker.make(definition, request: request, store: store) }
      let label = "\(definition.name) (\(office.rawValue)" + (municipality.map { ", " + $0 } ?? "")
        + (to == today ? ")" : ", as of \(to.iso))")
      lines.append("report \(label): \(ms(made.wall)) made, \(ms(t.wall)) with JSON, CSV and HTML (\(ms(t.cpu)) CPU)")
    }
    let shared: [ReportName] = [.throughput, .backlog, .cycleTime, .forecast]
    let request = ReportRequest(office: .EBH, from: Month(today).advanced(by: -23).firstDay, to: today, today: today)
    let s = try await median(runs) { _ = try await ReportMaker.make(shared, request: request, store: store) }
    lines.append(
      "reports \(shared.map(\.rawValue).joined(separator: ", ")) (EBH) in one read, histories loaded once: "
        + "\(ms(s.wall)) made (\(ms(s.cpu)) CPU)")
    let o = try await median(runs) {
      let overview = try await store.reportReads { db in try ReportMaker.overview(office: .EBH, today: today, db: db) }
      _ = HTMLRenderer().sections(overview.document(.de))
    }
    lines.append("overview (EBH, the /reports page's figures and charts): \(ms(o.wall)) (\(ms(o.cpu)) CPU)")
    // The web application holds each office's histories for 30 s (`ReportCache`): the pages a
    // manager opens one after another read them once.
    let held = try await store.reportReads { try $0.statusHistories(office: .EBH) }
    let ho = try await median(runs) {
      let overview = try await store.reportReads { db in try ReportMaker.overview(office: .EBH, today: today, db: db, histories: held) }
      _ = HTMLRenderer().sections(overview.document(.de))
    }
    var heldLine = "with the EBH histories held (as the web application holds them for 30 s): overview \(ms(ho.wall))"
    if let committee = catalog.report("committee") {
      let hc = try await median(runs) {
        let report = try await store.reportReads { db in try ReportMaker.make(committee, request: request, db: db, histories: held) }
        _ = HTMLRenderer().render(report.document(.de))
      }
      heldLine += ", committee with HTML \(ms(hc.wall))"
    }
    lines.append(heldLine)
    let year = Month(today).year - 1
    // The survey and the management summary, then the record files (102,000 records in three CSV
    // files and the JSON) from it.
    var made: Stag36Survey?
    let st = try await median(runs) {
      let survey = try await store.reportReads { db in try Stag36Survey.make(year: year, db: db) }
      _ = CSVRenderer().render(survey.summary())
      made = survey
    }
    lines.append("statistics stag36 --year \(year) (survey and summary): \(ms(st.wall)) (\(ms(st.cpu)) CPU)")
    if let survey = made {
      let files = try await median(runs) { _ = (Stag36Survey.Kind.allCases.map(survey.recordsCSV), survey.json(part: "all")) }
      lines.append(
        "statistics stag36 --year \(year), the \(Stag36Survey.Kind.allCases.map(survey.count).reduce(0, +)) records as CSV and JSON: "
          + "\(ms(files.wall)) (\(ms(files.cpu)) CPU)")
    }
    return lines
  }

  /// The median wall and CPU time of `runs` runs of `work`.
  static func median(_ runs: Int, _ work: () async throws -> Void) async throws -> (wall: Duration, cpu: Duration) {
    let clock = ContinuousClock()
    var walls: [Duration] = [], cpus: [Duration] = []
    for _ in 0..<max(runs, 1) {
      let (start, cpu) = (clock.now, CPUClock.now())
      try await work()
      walls.append(clock.now - start)
      cpus.append(CPUClock.now() - cpu)
    }
    return (walls.sorted()[walls.count / 2], cpus.sorted()[cpus.count / 2])
  }

  static func ms(_ d: Duration) -> String {
    let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    return String(Int(ms.rounded())) + " ms"
  }
}
