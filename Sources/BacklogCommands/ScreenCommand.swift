import ArgumentParser
import CaseExchange
import CaseModel
import CaseStore
import Casework
import Eligibility
import Foundation

struct ScreenCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "screen",
    abstract: "Screen files against the law in force on a date (spec section 4).",
    discussion: """
      Stored files (FILE_NO... or --all) are screened as of --as-of (default today); screenings \
      as of today are stored, so the triage queue shows them. --input screens case files from \
      .jsonl/.json/.csv without storing anything. --compare DATE lists the files whose verdict \
      differs between --as-of and DATE, with the rules that flip.
      """)

  @Argument(help: "File numbers of stored files.")
  var fileNumbers: [String] = []

  @Flag(help: "Screen every stored file.")
  var all = false

  @Option(help: "Screen case files from this file instead of the database (repeatable).")
  var input: [String] = []

  @Option(help: "The date whose law applies (YYYY-MM-DD; default today).")
  var asOf: Day?

  @Option(help: "Show the files whose verdict differs on this date.")
  var compare: Day?

  @Flag(help: "One JSON object per file and route (spec section 4).")
  var json = false

  @Option(help: "Language of the table: de or en.")
  var lang: ScreeningTable.Language = .de

  @OptionGroup var checklists: ChecklistOptions
  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    let modes = [all, !input.isEmpty, !fileNumbers.isEmpty].filter { $0 }.count
    guard modes == 1 else { throw ValidationError("give FILE_NO..., --all or --input FILE (one of them)") }
  }

  func run() async throws {
    let engine = try checklists.engine()
    let today = Day.today()
    let day = asOf ?? today
    if !input.isEmpty {
      let code = ScreenInput.run(
        .init(paths: input, asOf: day, json: json, compareWith: compare, language: lang), engine: engine,
        out: { Terminal.write(STDOUT_FILENO, $0) }, err: { Terminal.error($0) }, write: { Terminal.write(STDOUT_FILENO, $0) })
      if code != 0 { throw InputError("some records could not be screened (see above)") }
      return
    }
    let files = try await loadFiles(storeResults: asOf == nil || asOf == today, engine: engine, today: today)
    if let compare {
      let changes = VerdictComparison.compare(files, engine: engine, asOf: day, with: compare)
      Terminal.out(json ? changes.map(VerdictComparison.json).joined(separator: "\n") : VerdictComparison.render(changes, from: day, to: compare))
      return
    }
    let screenings = files.flatMap { engine.screen($0, asOf: day) }
    Terminal.out(json ? screenings.map(ScreeningJSON.encode).joined(separator: "\n") : ScreeningTable.render(screenings, language: lang))
  }

  /// The stored files to screen; they are re-screened and stored first when the date is today.
  func loadFiles(storeResults: Bool, engine: ScreeningEngine, today: Day) async throws -> [CaseFile] {
    let store = try AppDatabase.open(path: database.path)
    if all {
      if storeResults {
        let summary = try Casework(store: store, engine: engine, today: { today }).rescreenAll(actor: Terminal.actor)
        Terminal.error("Screened \(Terminal.grouped(summary.files)) stored files; \(summary.verdictsChanged) verdicts changed.")
      }
      return try await store.allCaseFiles(actor: Terminal.actor, action: "screen")
    }
    let casework = Casework(store: store, engine: engine, today: { today })
    var files: [CaseFile] = []
    for n in fileNumbers {
      let read = storeResults ? casework.fileScreened : casework.file
      guard let f = try await read(n, Terminal.actor) else {
        throw InputError("no file \(n)")
      }
      files.append(f.file)
    }
    return files
  }
}

extension ScreeningTable.Language: ExpressibleByArgument {}
