import ArgumentParser
import CaseExchange
import CaseStore
import Foundation

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import case files (JSON array, JSON Lines, CSV) all or nothing.",
    discussion: """
      Several CSV files given together form one data set: the main file plus group files named \
      after their group (stays.csv, history.csv, documents.csv, ...). Re-importing the same data \
      changes nothing. A file with one bad record imports nothing; every bad record is listed.
      """)

  @Argument(help: "Files to import (.json, .jsonl, .csv).")
  var files: [String]

  @Flag(help: "Validate and report what would change, write nothing.")
  var dryRun = false

  @Option(help: "How many bad records to list before only counting them.")
  var maxErrors = 50

  @OptionGroup var database: DatabaseOptions

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let batch = CaseFileReader(issueCap: maxErrors).read(paths: files)
    let readTime = clock.now - started
    guard batch.isValid else {
      for issue in batch.issues { Terminal.error(issue.description) }
      if batch.issueCount > batch.issues.count {
        Terminal.error("... and \(batch.issueCount - batch.issues.count) more problems")
      }
      throw InputError(
        "Nothing was imported: \(batch.issueCount) problem(s) found. Fix them and import again.")
    }
    let store = try AppDatabase.open(path: database.path)
    let summary = try store.importCaseFiles(
      batch.files.map(\.file), actor: Terminal.actor, dryRun: dryRun,
      progress: { Terminal.progress(dryRun ? "Checking" : "Importing", $0, $1) })
    Terminal.out(ImportReport.text(summary))
    let total = clock.now - started
    Terminal.error(
      "Read and checked \(Terminal.grouped(batch.files.count)) files in \(Terminal.seconds(readTime)), "
        + "stored in \(Terminal.seconds(total - readTime)); \(Terminal.rate(batch.files.count, total)) files per second.")
  }
}

/// The human-readable summary of an import.
enum ImportReport {
  static func text(_ s: ImportSummary, listLimit: Int = 20) -> String {
    var lines: [String] = []
    let verb = s.dryRun ? "Dry run, nothing written. Would add" : "Imported: added"
    lines.append(
      "\(verb) \(s.added.count), \(s.dryRun ? "change" : "changed") \(s.changed.count), unchanged \(s.unchanged).")
    if s.dryRun || s.added.count + s.changed.count <= listLimit {
      for n in s.added.prefix(listLimit) { lines.append("  + \(n)") }
      for c in s.changed.prefix(listLimit) { lines.append("  ~ \(c.fileNo): \(c.fields.joined(separator: ", "))") }
      let hidden = max(0, s.added.count - listLimit) + max(0, s.changed.count - listLimit)
      if hidden > 0 { lines.append("  ... and \(hidden) more") }
    }
    return lines.joined(separator: "\n")
  }
}
