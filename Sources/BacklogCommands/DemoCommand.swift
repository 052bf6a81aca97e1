import ArgumentParser
import CaseExchange
import CaseModel
import CaseStore
import Casework
import DemoDistrict
import Eligibility
import Foundation

struct DemoCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Generate a realistic district (or N files for benchmarks), deterministic for a seed.",
    discussion: """
      Without --files: the district of the KIM evaluation (Rhein-Sieg-Kreis): about 2,600 open \
      naturalization files among 11,700 since 2020 and about 1,270 Duldung files. With --out the \
      files are written as JSON Lines instead of being imported into the database.
      """)

  @Option(help: "Number of files (default: the realistic district).")
  var files: Int?

  @Option(help: "Random seed; the same seed and date give the same files.")
  var seed: UInt64 = 1

  @Option(help: "The date the district is generated up to (YYYY-MM-DD; default today).")
  var today: Day?

  @Option(help: "Write JSON Lines to this file instead of importing.")
  var out: String?

  @OptionGroup var checklists: ChecklistOptions
  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    if let files, files < 1 { throw ValidationError("--files must be at least 1") }
  }

  func run() async throws {
    let district = DemoDistrict(seed: seed, today: today ?? Day.today(), fileCount: files)
    if let out {
      let count = try DemoWriter.writeJSONLines(district, to: out)
      Terminal.error("Wrote \(Terminal.grouped(count)) files to \(out)")
      return
    }
    let store = try AppDatabase.open(path: database.path)
    let engine = ScreeningSetup.engineOrWarning(checklists)
    let asOf = district.today
    let casework = ScreeningSetup.casework(store, engine: engine, today: asOf)
    _ = try casework.rescreenIfRulesChanged(actor: Terminal.actor)
    let summary = try casework.importFiles(
      district.generate(), actor: Terminal.actor, progress: { Terminal.progress("Importing", $0, $1) })
    Terminal.out(ImportReport.text(summary, listLimit: 0))
    if files == nil, let engine {  // through `Casework` (refer, step), each step on its day
      let referrals = try await DemoReferrals.make(store, engine: engine, today: asOf, seed: seed &+ 6)
      Terminal.out("Referred \(Terminal.grouped(referrals)) files to case management over the last 15 months.")
    }
  }
}

/// Streams a district to a JSON Lines file without holding it in memory.
enum DemoWriter {
  static func writeJSONLines(_ district: DemoDistrict, to path: String) throws -> Int {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw InputError("cannot write \(path)") }
    defer { try? handle.close() }
    let writer = CaseFileWriter()
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 22)
    var count = 0
    try district.forEach { file in
      buffer.append(contentsOf: writer.canonicalJSON(file).utf8)
      buffer.append(0x0A)
      count += 1
      if buffer.count > 1 << 22 {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    try handle.write(contentsOf: buffer)
    return count
  }
}
