import CaseModel
import CaseStore

/// Times every report (made and rendered as JSON, CSV and HTML) over a database, for
/// `backlog bench` or `backlog report all --time`. Returns one line per report.
public enum ReportsBenchmark {
  /// Every report of `catalog` as of today, then those of them that show snapshots as of a year ago.
  public static func run(store: AppDatabase, today: Day, catalog: ReportCatalog) throws -> [String] {
    let clock = ContinuousClock()
    var lines: [String] = []
    let (events, files) = try store.reportReads { (try $0.statusEventCount(), try $0.fileCount()) }
    lines.append("reports over \(files) files and \(events) status events")
    // Every report as of today, then the snapshots as of a year ago (open files from histories).
    let snapshots: Set<ReportName> = [.screening, .abh]
    let runs = catalog.reports.map { ($0, today) }
      + catalog.reports.filter { !snapshots.isDisjoint(with: $0.dataSets) }.map { ($0, today.adding(days: -365)) }
    for (definition, to) in runs {
      let office: Office = definition.fixedOffice == "ABH" ? .ABH : .EBH
      let request = ReportRequest(office: office, from: Month(to).advanced(by: -23).firstDay, to: to, today: today)
      let (start, cpu) = (clock.now, CPUClock.now())
      let report = try ReportMaker.make(definition, request: request, store: store)
      let made = clock.now - start
      let doc = report.document(.de)
      _ = (report.json, CSVRenderer().render(doc), HTMLRenderer().render(doc))
      let (total, cpuTotal) = (clock.now - start, CPUClock.now() - cpu)
      let label = "\(definition.name) (\(office.rawValue)" + (to == today ? ")" : ", as of \(to.iso))")
      lines.append("report \(label): \(ms(made)) made, \(ms(total)) with JSON, CSV and HTML (\(ms(cpuTotal)) CPU)")
    }
    let shared: [ReportName] = [.throughput, .backlog, .cycleTime, .forecast]
    let request = ReportRequest(office: .EBH, from: Month(today).advanced(by: -23).firstDay, to: today, today: today)
    let (start, cpu) = (clock.now, CPUClock.now())
    _ = try ReportMaker.make(shared, request: request, store: store)
    lines.append(
      "reports \(shared.map(\.rawValue).joined(separator: ", ")) (EBH) in one read, histories loaded once: "
        + "\(ms(clock.now - start)) made (\(ms(CPUClock.now() - cpu)) CPU)")
    let (overviewStart, overviewCPU) = (clock.now, CPUClock.now())
    let overview = try store.reportReads { db in try ReportMaker.overview(office: .EBH, today: today, db: db) }
    _ = HTMLRenderer().sections(overview.document(.de))
    lines.append("overview (EBH, the /reports page's figures and charts): \(ms(clock.now - overviewStart)) (\(ms(CPUClock.now() - overviewCPU)) CPU)")
    return lines
  }

  static func ms(_ d: Duration) -> String {
    let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    return String(Int(ms.rounded())) + " ms"
  }
}
