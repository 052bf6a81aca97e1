import ArgumentParser
import Eligibility

struct ChecklistsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checklists",
    abstract: "Check the law as data: run every tests.yaml, lint the rules.",
    subcommands: [Test.self, Lint.self])

  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run every case of every checklists/*/tests.yaml.")
    @OptionGroup var options: ChecklistOptions
    @Flag(help: "List passing cases too.") var verbose = false

    func run() throws {
      let report = try ChecklistTestRunner.run(try options.load())
      for r in report.results where verbose || !r.passed {
        Terminal.out("\(r.passed ? "ok  " : "FAIL") \(r.folder)/\(r.file.split(separator: "/").last ?? ""):\(r.line) \(r.name)")
        r.problems.forEach { Terminal.out("       \($0)") }
      }
      Terminal.out("\(report.passedCount) passed, \(report.failures.count) failed")
      if !report.failures.isEmpty { throw InputError("\(report.failures.count) checklist test(s) failed") }
    }
  }

  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Reject duplicate ids, missing citations, overlapping periods, unknown facts.")
    @OptionGroup var options: ChecklistOptions

    func run() throws {
      let issues = ChecklistLinter.lint(try options.load())
      issues.forEach { Terminal.out($0.description) }
      let errors = issues.filter { $0.severity == .error }.count
      Terminal.out("\(errors) error(s), \(issues.count - errors) warning(s)")
      if errors > 0 { throw InputError("the checklists have \(errors) error(s)") }
    }
  }
}
