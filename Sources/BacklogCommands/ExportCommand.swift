import ArgumentParser
import CaseExchange
import CaseModel
import CaseStore
import Foundation

struct ExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export every case file in a form that imports back unchanged.",
    discussion: """
      json: a JSON array (cases.json in --out, or standard output); jsonl: JSON Lines; csv: \
      cases.csv plus one file per group (stays.csv, history.csv, ...) in --out, semicolon-separated \
      UTF-8 with BOM for German Excel. Files anonymised by the retention run are no person's file \
      any more and are left out (counted on standard error); --include-anonymised keeps them, their \
      name "(gelöscht)" and no personal data, e.g. for statistics elsewhere.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, csv }

  @Option(help: "json, jsonl or csv.")
  var format: Format = .json

  @Option(help: "Directory to write into (created if needed). Required for csv.")
  var out: String?

  @Flag(help: "Also export files anonymised by the retention run (name \"(gelöscht)\", no personal data).")
  var includeAnonymised = false

  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    if format == .csv, out == nil { throw ValidationError("--format csv writes several files: give --out DIR") }
  }

  func run() async throws {
    let store = try AppDatabase.open(path: database.path)
    let files = try await ExportFiles.render(store: store, format: format.rawValue, includeAnonymised: includeAnonymised)
    let anonymised = try await store.anonymisedFileCount()
    if anonymised > 0 {
      Terminal.error(
        includeAnonymised
          ? "Included \(Terminal.grouped(anonymised)) files anonymised by the retention run (name \"(gelöscht)\")."
          : "Left out \(Terminal.grouped(anonymised)) files anonymised by the retention run (--include-anonymised to include them).")
    }
    guard let out else {
      FileHandle.standardOutput.write(Data(files[0].content.utf8))
      return
    }
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    for f in files {
      let path = (out as NSString).appendingPathComponent(f.name)
      try Data(f.content.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
    Terminal.error("Wrote \(files.map(\.name).joined(separator: ", ")) to \(out)")
  }
}

/// Renders the whole register in an export format: file name -> content. JSON formats copy the
/// stored canonical JSON; CSV flattens it in parallel.
enum ExportFiles {
  static func render(store: AppDatabase, format: String, actor: String = Terminal.actor, includeAnonymised: Bool = false)
    async throws -> [(name: String, content: String)]
  {
    let stored = try await store.canonicalJSONOfAllFiles(actor: actor, includeAnonymised: includeAnonymised)
    switch format {
    case "csv":
      return CaseFileWriter().csvFiles(canonicalJSON: stored)
    case "jsonl":
      return [("cases.jsonl", stored.joined(separator: "\n") + (stored.isEmpty ? "" : "\n"))]
    default:
      return [("cases.json", "[\n" + stored.joined(separator: ",\n") + "\n]\n")]
    }
  }
}
