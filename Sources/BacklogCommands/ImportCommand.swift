import ArgumentParser
import CaseExchange
import CaseModel
import CaseStore
import Casework
import Eligibility
import Foundation

extension Office: ExpressibleByArgument {}

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import case files (JSON array, JSON Lines, CSV) or an office's own list, all or nothing.",
    discussion: """
      Several CSV files given together form one data set: the main file plus group files named \
      after their group (stays.csv, history.csv, documents.csv, ...). Re-importing the same data \
      changes nothing. A file with one bad record imports nothing; every bad record is listed. \
      An office's own list (.xlsx, or CSV with German headers such as Az., Name, Geb.-Datum, \
      Staatsangehörigkeit, Antrag vom; UTF-8 or Windows-1252; ; , or tab) is recognised by its \
      headers; --dry-run prints the recognised mapping as a profile.
      """)

  @Argument(help: "Files to import (.json, .jsonl, .csv).")
  var files: [String]

  @Flag(help: "Validate and report what would change, write nothing.")
  var dryRun = false

  @Option(help: "How many bad records to list before only counting them.")
  var maxErrors = 50

  @Option(help: "For an office's list: the office (EBH or ABH) where the list does not say it.")
  var office: Office?

  @Option(help: "For an office's list: a profile (YAML) mapping columns and values the recognition does not know.")
  var profile: String?

  @Option(help: "For an .xlsx workbook: the sheet to read (default: the first).")
  var sheet: String?

  @OptionGroup var checklists: ChecklistOptions
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var config: ConfigOptions

  func validate() throws {
    let lists = files.filter(ListImportCommand.isList)
    if lists.isEmpty, office != nil || profile != nil || sheet != nil {
      throw ValidationError("--office, --profile and --sheet apply to an office's list (.xlsx, or a CSV with German headers), not to the contract's format")
    }
    if !lists.isEmpty, files.count > 1 {
      throw ValidationError("import an office's list on its own: \(lists[0]) was given with other files")
    }
  }

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let store = try AppDatabase.open(path: database.path)
    let engine = ScreeningSetup.engineOrWarning(checklists)
    if let list = files.first, ListImportCommand.isList(list) {
      try ListImportCommand.run(
        path: list, office: office, profilePath: profile, sheet: sheet, dryRun: dryRun, issueCap: maxErrors,
        municipalities: try config.load().municipalities.map(\.name),
        casework: ScreeningSetup.casework(store, engine: engine, today: Day.today()))
      return
    }
    let result = try CaseImporter.run(
      paths: files, into: ScreeningSetup.casework(store, engine: engine, today: Day.today()), dryRun: dryRun,
      issueCap: maxErrors)
    guard result.issueCount == 0 else {
      for issue in result.issues { Terminal.error(issue.description) }
      if result.issueCount > result.issues.count {
        Terminal.error("... and \(result.issueCount - result.issues.count) more problems")
      }
      throw InputError(
        "Nothing was imported: \(result.issueCount) problem(s) found. Fix them and import again.")
    }
    Terminal.out(ImportReport.text(result.summary))
    let elapsed = clock.now - started
    let count = result.summary.added.count + result.summary.changed.count + result.summary.unchanged
    if count >= 1000 {
      Terminal.error("\(Terminal.grouped(count)) files in \(Terminal.seconds(elapsed)), \(Terminal.rate(count, elapsed)) files per second.")
    }
  }
}

/// Reads and stores an import: JSON Lines stream chunk by chunk (parsing the next chunk while
/// the last is stored); JSON arrays and CSV data sets are read whole first.
enum CaseImporter {
  static func run(
    paths: [String], into casework: Casework, dryRun: Bool, issueCap: Int = 50
  ) throws -> StreamedImport {
    if !dryRun, let r = try casework.rescreenIfRulesChanged(actor: Terminal.actor), r.files > 0 {
      Terminal.error("The checklists changed: re-screened \(Terminal.grouped(r.files)) stored files, \(r.verdictsChanged) verdicts changed.")
    }
    let label = dryRun ? "Checking" : "Importing"
    let progress: (Int) -> Void = { done in
      if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\(label) \(Terminal.grouped(done)) files".utf8)) }
    }
    defer { if Terminal.isInteractive { FileHandle.standardError.write(Data("\n".utf8)) } }
    if paths.allSatisfy({ CaseFileReader.format(of: $0) == .jsonLines }) {
      let channel = CaseFileReader.streamJSONLines(paths: paths)
      return try casework.importFiles(
        chunks: { channel.receive() }, actor: Terminal.actor, dryRun: dryRun, issueCap: issueCap, progress: progress)
    }
    let batch = CaseFileReader(issueCap: issueCap).read(paths: paths)
    let channel = ChunkChannel(capacity: 2)
    channel.send(ImportChunk(files: batch.files, issues: batch.issues))
    channel.send(nil)
    return try casework.importFiles(
      chunks: { channel.receive() }, actor: Terminal.actor, dryRun: dryRun, issueCap: issueCap, progress: progress)
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
