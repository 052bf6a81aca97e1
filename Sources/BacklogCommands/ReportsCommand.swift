import ArgumentParser
import Foundation
import Reports

/// `backlog reports lint|list|metrics`: the report definitions of `reports/`.
struct ReportsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reports", abstract: "Check and list the report definitions in reports/.",
    subcommands: [Lint.self, List.self, Metrics.self])

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
