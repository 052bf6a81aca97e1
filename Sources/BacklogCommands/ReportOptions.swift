import ArgumentParser
import Foundation
import Reports

/// `--reports DIR`, shared by the commands that make or check reports.
struct ReportOptions: ParsableArguments {
  @Option(name: .customLong("reports-dir"), help: "The reports folder (default: $BACKLOG_REPORTS or ./reports).")
  var directory: String?

  var path: String {
    directory ?? ConfiguredDefaults.path("BACKLOG_REPORTS", \.reports)
      ?? ReportCatalog.defaultDirectory(environment: ProcessInfo.processInfo.environment)
  }

  /// The catalog; a folder that cannot be read is an input error.
  func catalog() throws -> ReportCatalog {
    let catalog = ReportCatalog.load(directory: path)
    guard FileManager.default.fileExists(atPath: path) else { throw InputError("no reports folder at \(path) (--reports-dir DIR)") }
    return catalog
  }
}
