import ArgumentParser
import CaseExchange
import CaseModel
import CaseStore
import Casework
import DemoDistrict
import Eligibility
import Foundation
import Reports

struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure import, export and database size on generated files (use a release build).",
    discussion: """
      Generates --files demo files into a temporary folder, imports them into a new database file, \
      imports them again (nothing changes), exports JSON Lines and CSV, and prints the figures. \
      Run `swift build -c release` and `.build/release/backlog bench` for meaningful numbers.
      """)

  @Option(help: "Number of generated files.")
  var files = 100_000

  @Option(help: "Random seed of the generated files.")
  var seed: UInt64 = 7

  @Option(help: "Keep the temporary folder with the inputs and the database here.")
  var keep: String?

  @Option(help: "Also screen this many generated files from JSON Lines (0: skip; the issue asks for 1,000,000).")
  var screenFiles = 0

  @Option(help: "Stored files to re-screen (the issue asks for 50,000).")
  var rescreenFiles = 50_000

  @Option(help: "Also time every report over this many stored demo files (0: skip; 270,000 give about 1,000,000 status events, the issue's target).")
  var reports = 0

  @OptionGroup var checklists: ChecklistOptions
  @OptionGroup var reportOptions: ReportOptions

  func run() async throws {
    let dir = keep ?? NSTemporaryDirectory() + "backlog-bench-\(ProcessInfo.processInfo.processIdentifier)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: dir) } }
    var report = BenchReport(files: files)
    let input = dir + "/input.jsonl"
    let district = DemoDistrict(seed: seed, today: Day(iso: "2026-11-24")!, fileCount: files)
    try await report.measure("generate \(Terminal.grouped(files)) demo files to JSON Lines", count: files) {
      _ = try DemoWriter.writeJSONLines(district, to: input)
    }
    let engine = try checklists.engine()
    let plainPath = dir + "/plain.sqlite"
    try? FileManager.default.removeItem(atPath: plainPath)
    let plain = try AppDatabase.open(path: plainPath)
    try await report.measure("import into an empty database (read, check, store)", count: files) {
      let result = try CaseImporter.run(
        paths: [input], into: ScreeningSetup.casework(plain, engine: nil, today: Day.today()), dryRun: false)
      guard result.issueCount == 0 else { throw InputError("generated files do not validate: \(result.issues)") }
    }
    let dbPath = dir + "/bench.sqlite"
    try? FileManager.default.removeItem(atPath: dbPath)
    let store = try AppDatabase.open(path: dbPath)
    let casework = ScreeningSetup.casework(store, engine: engine, today: Day.today())
    try await report.measure("import into an empty database and screen every file", count: files) {
      let result = try CaseImporter.run(paths: [input], into: casework, dryRun: false)
      guard result.issueCount == 0 else { throw InputError("generated files do not validate: \(result.issues)") }
    }
    try await report.measure("import the same files again (nothing changes)", count: files) {
      let summary = try CaseImporter.run(paths: [input], into: casework, dryRun: false).summary
      guard summary.added.isEmpty, summary.changed.isEmpty else { throw InputError("re-import changed files") }
    }
    for format in ["jsonl", "csv"] {
      try await report.measure("export \(format)", count: files) {
        for f in try await ExportFiles.render(store: store, format: format, actor: "bench") {
          try Data(f.content.utf8).write(to: URL(fileURLWithPath: "\(dir)/export-\(f.name)"))
        }
      }
    }
    try await store.checkpoint()
    let bytes = (try? FileManager.default.attributesOfItem(atPath: dbPath)[.size] as? Int) ?? 0
    report.lines.append("database size: \(bytes / 1_048_576) MiB, \(bytes / max(files, 1)) bytes per file")
    try await ScreeningBench.run(self, dir: dir, report: &report)
    try await ReportsBench.run(self, dir: dir, report: &report)
    Terminal.out(report.text)
  }
}

/// Collects timings and renders them as a small table.
struct BenchReport {
  let files: Int
  var lines: [String] = []
  let clock = ContinuousClock()

  init(files: Int) { self.files = files }

  mutating func measure(_ label: String, count: Int, _ body: () async throws -> Void) async rethrows {
    let start = clock.now
    try await body()
    let elapsed = clock.now - start
    lines.append("\(label): \(Terminal.seconds(elapsed)), \(Terminal.rate(count, elapsed)) files/s")
    Terminal.error(lines.last!)
  }

  var text: String {
    "backlog bench, \(Terminal.grouped(files)) files, \(ProcessInfo.processInfo.activeProcessorCount) cores\n"
      + lines.map { "  " + $0 }.joined(separator: "\n")
  }
}

/// The screening part of the benchmark: a JSON Lines file screened end to end (parse, decode,
/// screen, write JSON), and the re-screening of stored files after a change of the checklists.
enum ScreeningBench {
  static func run(_ b: BenchCommand, dir: String, report: inout BenchReport) async throws {
    let engine = try b.checklists.engine()
    let asOf = Day(iso: "2026-11-24")!
    if b.screenFiles > 0 {
      let input = dir + "/screen-input.jsonl"
      _ = try DemoWriter.writeJSONLines(DemoDistrict(seed: b.seed, today: asOf, fileCount: b.screenFiles), to: input)
      let sink = open("/dev/null", O_WRONLY)
      defer { close(sink) }
      try await report.measure("screen \(Terminal.grouped(b.screenFiles)) files from JSON Lines to JSON", count: b.screenFiles) {
        let code = ScreenInput.run(
          .init(paths: [input], asOf: asOf, json: true), engine: engine, out: { Terminal.write(sink, $0) },
          err: { Terminal.error($0) }, write: { Terminal.write(sink, $0) })
        if code != 0 { throw InputError("the generated files could not all be screened") }
      }
      try? FileManager.default.removeItem(atPath: input)
    }
    guard b.rescreenFiles > 0 else { return }
    let dbPath = dir + "/rescreen.sqlite"
    try? FileManager.default.removeItem(atPath: dbPath)
    let store = try AppDatabase.open(path: dbPath)
    let yesterday = asOf.adding(days: -1)
    let casework = Casework(store: store, engine: engine, today: { yesterday })
    try casework.importFiles(
      DemoDistrict(seed: b.seed, today: yesterday, fileCount: b.rescreenFiles).generate(), actor: "bench")
    var changed = 0
    try await report.measure("re-screen \(Terminal.grouped(b.rescreenFiles)) stored files a day later", count: b.rescreenFiles) {
      changed = try casework.rescreenAll(asOf: asOf, actor: "bench").verdictsChanged
    }
    report.lines[report.lines.count - 1] += " (\(changed) verdicts changed)"
  }
}

/// The reports part: a database of `--reports` demo files (screened, as `backlog demo` stores
/// them), then every report made and rendered once, timed by `ReportsBenchmark`.
enum ReportsBench {
  static func run(_ b: BenchCommand, dir: String, report: inout BenchReport) async throws {
    guard b.reports > 0 else { return }
    let asOf = Day(iso: "2026-11-24")!
    let dbPath = dir + "/reports.sqlite"
    try? FileManager.default.removeItem(atPath: dbPath)
    let store = try AppDatabase.open(path: dbPath)
    let engine = try b.checklists.engine()
    try await report.measure("store \(Terminal.grouped(b.reports)) screened demo files for the reports", count: b.reports) {
      _ = try Casework(store: store, engine: engine, today: { asOf }).importFiles(
        DemoDistrict(seed: b.seed, today: asOf, fileCount: b.reports).generate(), actor: "bench")
    }
    for line in try await ReportsBenchmark.run(store: store, today: asOf, catalog: try b.reportOptions.catalog()) {
      report.lines.append(line)
      Terminal.error(line)
    }
  }
}
