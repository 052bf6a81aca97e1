import ArgumentParser
import CaseModel
import CaseStore
import Foundation
import Reports
import WebApp

struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "A report of reports/ over the files' status histories (aggregates only).",
    discussion: """
      NAME is a report defined in reports/ (`backlog reports list`; the seven original ones are \
      throughput, backlog, cycle-time, forecast, screening, referrals, abh). The period runs over whole months from --from to --to \
      (default: the 24 months up to today); snapshots (backlog, forecast, screening, abh) are as \
      of --to or today (before today, screening and abh take the files open then from their \
      histories, with their latest stored screenings). HTML is one self-contained page (inline CSS and SVG). CSV is for German \
      Excel (semicolon, BOM, DD.MM.YYYY, decimal comma; --plain: comma, ISO dates, decimal point); \
      its tables come one after another, each under a title line and separated by a blank line, \
      or, when --out is a directory, one file per table. Counts from 1 to 4 show as "< 5" in HTML \
      and CSV; JSON keeps exact numbers for other tools.
      """)

  @Argument(help: "The report's name (its file in reports/ without .yaml).")
  var name: String

  @Option(help: "First day of the period (YYYY-MM-DD).") var from: Day?
  @Option(help: "Last day of the period (YYYY-MM-DD; default today).") var to: Day?
  @Option(help: "EBH or ABH (default EBH).") var office: String = "EBH"
  @Option(help: "kim (module-3 clerks) or regular: only that team's files (reports with the team filter).") var team: String?
  @Option(help: "Only the files of this municipality (as stored, e.g. Siegburg; reports with the municipality filter).")
  var municipality: String?
  @Option(help: "html, csv or json (default html).") var format: String = "html"
  @Flag(help: "CSV in ISO form (comma, YYYY-MM-DD, decimal point) instead of German Excel.") var plain = false
  @Option(help: "Language of labels: de or en.") var lang: String = "de"
  @Option(help: "Write to this file (or, for CSV, this directory: one file per table).") var out: String?
  @Flag(help: "Store the report as published (frozen): kept unchanged with period, filters, rule-set version, data time and publisher.")
  var publish = false
  @Option(help: "Who publishes (with --publish; default $USER).") var by: String?
  @Flag(help: "With NAME all: time every report over the database (for benchmarks) instead of printing one.") var time = false
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var reports: ReportOptions
  @OptionGroup var configFile: ConfigOptions

  func validate() throws {
    guard ["html", "csv", "json"].contains(format) else { throw ValidationError("--format must be html, csv or json") }
    guard Office(rawValue: office) != nil else { throw ValidationError("--office must be EBH or ABH") }
    guard team.map({ Team(rawValue: $0) != nil }) ?? true else { throw ValidationError("--team must be kim or regular") }
    guard Reports.Language(rawValue: lang) != nil else { throw ValidationError("--lang must be de or en") }
    if let m = municipality, m.trimmingCharacters(in: .whitespaces).isEmpty || m.count > 100 {
      throw ValidationError("--municipality must name a municipality (1 to 100 characters)")
    }
  }

  func run() async throws {
    let catalog = try reports.catalog()
    if time, name == "all" {
      let store = try AppDatabase.open(path: database.path)
      return try await ReportsBenchmark.run(store: store, today: to ?? Day.today(), catalog: catalog).forEach(Terminal.out)
    }
    guard let definition = catalog.report(name) else {
      throw InputError("unknown report \"\(name)\"; reports: \(catalog.names)")
    }
    if team != nil, !definition.offersTeam { throw InputError("the report \"\(name)\" has no team filter") }
    if municipality != nil, !definition.offersMunicipality { throw InputError("the report \"\(name)\" has no municipality filter") }
    let today = Day.today()
    let period = definition.period.range(today: today)
    let office = definition.offersOffice ? Office(rawValue: office)! : definition.fixedOffice == "ABH" ? .ABH : .EBH
    var request = ReportRequest(
      office: office, from: from ?? (to == nil ? period.from : nil), to: to ?? period.to, team: team.flatMap(Team.init(rawValue:)),
      municipality: municipality.map { $0.trimmingCharacters(in: .whitespaces) }, today: today)
    let settings = try configFile.load()
    request.forecastTarget = ForecastTarget(settings.forecast.target)
    let report = ReportSettings(directory: reports.path).completed(by: settings)
    let store = try AppDatabase.open(path: database.path)
    if publish {
      let actor = by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli"
      let cover = ReportCover(authority: report.authority, address: report.address, author: actor, date: today)
      let published: PublishedReport
      do {
        published = try await ReportMaker.publish(definition, request: request, store: store, actor: actor, language: Reports.Language(rawValue: lang)!, cover: cover)
      } catch let e as ReportError { throw InputError(e.description) }
      Terminal.error("published \(definition.name) as #\(published.id) (\(published.from) – \(published.to), data as of \(published.dataAsOf), by \(actor))")
      let text: String
      switch format {
      case "json": text = published.json + "\n"
      case "csv": text = plain ? published.csvPlain : published.csv
      default: text = published.html
      }
      if let out { try Data(text.utf8).write(to: URL(fileURLWithPath: out)) }
      return
    }
    let content: DefinedReport
    let cover = ReportCover(
      authority: report.authority, address: report.address, author: by ?? ProcessInfo.processInfo.environment["USER"] ?? "", date: today)
    do { content = try await ReportMaker.make(definition, request: request, store: store, cover: cover) } catch let e as ReportError {
      throw InputError(e.description)
    }
    try write(content, language: Reports.Language(rawValue: lang)!)
  }

  func write(_ content: DefinedReport, language: Reports.Language) throws {
    var isDir: ObjCBool = false
    if format == "csv", let out, FileManager.default.fileExists(atPath: out, isDirectory: &isDir), isDir.boolValue {
      for f in CSVRenderer(plain: plain).files(content.document(language)) {
        try Data(f.content.utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent(f.name))
      }
      return
    }
    let text = ReportOutput.render(content, format: format, plain: plain, language: language)
    if let out { try Data(text.utf8).write(to: URL(fileURLWithPath: out)) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
  }
}
