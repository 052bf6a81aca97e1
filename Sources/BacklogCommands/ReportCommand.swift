import ArgumentParser
import CaseModel
import CaseStore
import Foundation
import Reports

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Throughput and backlog reports from the files' status histories (aggregates only).",
    discussion: """
      NAME is one of: \(ReportName.list). The period runs over whole months from --from to --to \
      (default: the 24 months up to today); snapshots (backlog, forecast, screening, abh) are as \
      of --to or today (before today, screening and abh take the files open then from their \
      histories, with their latest stored screenings). HTML is one self-contained page (inline CSS and SVG). CSV is for German \
      Excel (semicolon, BOM, DD.MM.YYYY, decimal comma; --plain: comma, ISO dates, decimal point); \
      its tables come one after another, each under a title line and separated by a blank line, \
      or, when --out is a directory, one file per table. Counts from 1 to 4 show as "< 5" in HTML \
      and CSV; JSON keeps exact numbers for other tools.
      """)

  @Argument(help: "The report: \(ReportName.list).")
  var name: String

  @Option(help: "First day of the period (YYYY-MM-DD).") var from: Day?
  @Option(help: "Last day of the period (YYYY-MM-DD; default today).") var to: Day?
  @Option(help: "EBH or ABH (default EBH).") var office: String = "EBH"
  @Option(help: "kim (module-3 clerks) or regular: only that team's files (throughput, backlog, cycle-time).") var team: String?
  @Option(help: "html, csv or json (default html).") var format: String = "html"
  @Flag(help: "CSV in ISO form (comma, YYYY-MM-DD, decimal point) instead of German Excel.") var plain = false
  @Option(help: "Language of labels: de or en.") var lang: String = "de"
  @Option(help: "Write to this file (or, for CSV, this directory: one file per table).") var out: String?
  @Flag(help: "With NAME all: time every report over the database (for benchmarks) instead of printing one.") var time = false
  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    guard ["html", "csv", "json"].contains(format) else { throw ValidationError("--format must be html, csv or json") }
    guard Office(rawValue: office) != nil else { throw ValidationError("--office must be EBH or ABH") }
    guard team.map({ Team(rawValue: $0) != nil }) ?? true else { throw ValidationError("--team must be kim or regular") }
    guard Language(rawValue: lang) != nil else { throw ValidationError("--lang must be de or en") }
  }

  func run() throws {
    if time, name == "all" {
      let store = try AppDatabase.open(path: database.path)
      return try ReportsBenchmark.run(store: store, today: to ?? Day.today()).forEach(Terminal.out)
    }
    guard let report = ReportName(rawValue: name) else {
      throw InputError("unknown report \"\(name)\"; reports: \(ReportName.list)")
    }
    let request = ReportRequest(
      office: Office(rawValue: office)!, from: from, to: to, team: team.flatMap(Team.init(rawValue:)), today: Day.today())
    let store = try AppDatabase.open(path: database.path)
    let content: any ReportContent
    do { content = try ReportMaker.make(report, request: request, store: store) } catch let e as ReportError {
      throw InputError(e.description)
    }
    try write(content, language: Language(rawValue: lang)!)
  }

  func write(_ content: any ReportContent, language: Language) throws {
    var isDir: ObjCBool = false
    if format == "csv", let out, FileManager.default.fileExists(atPath: out, isDirectory: &isDir), isDir.boolValue {
      for f in CSVRenderer(plain: plain).files(content.document(language)) {
        try Data(f.content.utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent(f.name))
      }
      return
    }
    let text: String
    switch format {
    case "json": text = content.json + "\n"
    case "csv": text = CSVRenderer(plain: plain).render(content.document(language))
    default: text = HTMLRenderer().render(content.document(language))
    }
    if let out { try Data(text.utf8).write(to: URL(fileURLWithPath: out)) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
  }
}
