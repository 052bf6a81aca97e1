import ArgumentParser
import CaseStore
import Foundation
import Reports

/// `backlog reports lint|list|metrics`: the report definitions of `reports/`.
struct ReportsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reports", abstract: "Check and list the report definitions in reports/.",
    subcommands: [Lint.self, List.self, Metrics.self, Published.self])

  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Reject unknown metrics, missing titles or definitions, and charts whose series do not fit.")
    @OptionGroup var reports: ReportOptions

    func run() throws {
      let catalog = try reports.catalog()
      let problems = ReportLinter.lint(catalog)
      for p in problems { Terminal.error(p.description) }
      guard problems.isEmpty else { throw InputError("\(problems.count) problem(s) in \(reports.path)") }
      Terminal.out("\(catalog.reports.count) reports in \(reports.path): no problems")
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The reports with their purpose.")
    @OptionGroup var reports: ReportOptions
    func run() throws {
      for r in try reports.catalog().reports { Terminal.out("\(r.name)\t\(r.title.de) – \(r.purpose.de)") }
    }
  }

  struct Published: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "The published (frozen) reports; with an id, that one exactly as it went out (the reading is audited).")
    @Argument(help: "The number of a published report.") var id: Int64?
    @Option(help: "html, csv, csv-plain or json (default html).") var format: String = "html"
    @Option(help: "Who reads it, for the audit log (default $USER).") var by: String?
    @Option(help: "Write to this file.") var out: String?
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
      guard ["html", "csv", "csv-plain", "json"].contains(format) else { throw ValidationError("--format must be html, csv, csv-plain or json") }
    }

    func run() async throws {
      let store = try AppDatabase.open(path: database.path)
      guard let id else {
        for r in try await store.publishedReports() {
          Terminal.out("#\(r.id)\t\(r.report)\t\(r.office)\t\(r.from)..\(r.to)\tdata \(r.dataAsOf)\tby \(r.publishedBy)\trules \(r.rulesetVersion ?? "-")")
        }
        return
      }
      let actor = by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli"
      guard let r = try await store.publishedReport(id: id, actor: actor, purpose: format) else { throw InputError("no published report #\(id)") }
      let text = format == "json" ? r.json + "\n" : format == "csv" ? r.csv : format == "csv-plain" ? r.csvPlain : r.html
      if let out { try Data(text.utf8).write(to: URL(fileURLWithPath: out)) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
    }
  }

  struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The metric library: every figure a report may name, with its definition.")
    @Option(help: "de or en.") var lang: String = "de"
    func run() throws {
      let l = Language(rawValue: lang) ?? .de
      for m in MetricLibrary.all {
        let shape: String
        switch m.shape {
        case .figure: shape = "figure"
        case .series(let d): shape = "series by " + d.rawValue
        case .list: shape = "list"
        }
        Terminal.out("\(m.name)\t\(shape)\t\(m.unit.rawValue)\t\(m.data.rawValue)\t\(m.label.pick(l)): \(m.definition.pick(l))")
      }
    }
  }
}
