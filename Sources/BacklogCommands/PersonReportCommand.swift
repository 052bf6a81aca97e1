import ArgumentParser
import CaseStore
import Foundation

/// `backlog person-report FILE_NO`: everything stored about a file's person (DSGVO Art. 15).
struct PersonReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "person-report",
    abstract: "Everything stored about the person of a file and who read or changed it (Art. 15 DSGVO).")

  @OptionGroup var database: DatabaseOptions
  @Argument(help: "The file number.") var fileNo: String
  @Option(help: "html (printable) or json.") var format: Format = .html
  @Option(help: "Write to this file instead of standard output.") var out: String?

  enum Format: String, ExpressibleByArgument { case html, json }

  func run() async throws {
    let store = try AppDatabase.open(path: database.path)
    guard let report = try await store.personReport(fileNo: fileNo, actor: Terminal.actor) else {
      throw InputError("person-report: no file \(fileNo)")
    }
    let text = format == .json ? try report.json() : report.html()
    if let out {
      try text.write(toFile: out, atomically: true, encoding: .utf8)
      Terminal.error("Wrote \(out).")
    } else {
      Terminal.out(text)
    }
  }
}
