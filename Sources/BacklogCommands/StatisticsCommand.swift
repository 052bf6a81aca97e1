import ArgumentParser
import CaseModel
import CaseStore
import Foundation
import Reports

/// `backlog statistics stag36 --year Y`: the yearly surveys of § 36 StAG.
struct StatisticsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "statistics", abstract: "Official statistics from the register.", subcommands: [Stag36.self])

  struct Stag36: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stag36",
      abstract: "The § 36 StAG surveys of a calendar year: naturalizations (Abs. 2), applications (Abs. 2a), closures (Abs. 2b).",
      discussion: """
        --part survey: the records as the law asks (no names, no file numbers; for whoever delivers them to the \
        statistical office; the place of residence as the official municipality key where the configuration gives \
        one, else its name); summary: counts per feature and the completeness check, which names the municipalities \
        without a key (for management); gaps: the \
        files lacking a feature, with their file numbers (for the clerks to complete). The record layout is \
        documented in reports/README.md and UNVERIFIED against the statistical offices' delivery format. \
        Every run is recorded in the audit log.
        """)

    @Option(help: "The survey year (e.g. 2025).") var year: Int
    @Option(help: "text, csv or json (default text: the summary tables).") var format: String = "text"
    @Option(help: "all, survey, summary or gaps (default: all).") var part: String = "all"
    @Option(help: "Write here; with csv a directory gets one file per survey.") var out: String?
    @Option(help: "Who runs it, for the audit log (default $USER).") var by: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var configFile: ConfigOptions

    func validate() throws {
      guard ["text", "csv", "json"].contains(format) else { throw ValidationError("--format must be text, csv or json") }
      guard ["all", "survey", "summary", "gaps"].contains(part) else { throw ValidationError("--part must be all, survey, summary or gaps") }
      guard (2000...2100).contains(year) else { throw ValidationError("--year must be a year from 2000 (the statistics began with 2000)") }
    }

    func run() async throws {
      let store = try AppDatabase.open(path: database.path)
      let settings = try configFile.load()
      let keys = Dictionary(settings.municipalities.compactMap { m in m.key.map { (m.name, $0) } }, uniquingKeysWith: { a, _ in a })
      let year = self.year
      let survey = try await store.reportReads { db in try Stag36Survey.make(year: year, db: db, keys: keys) }
      try await store.recordAudit(actor: by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli", action: "statistics-stag36", detail: "\(year) \(part) \(format)")
      var isDir: ObjCBool = false
      if format == "csv", let out, FileManager.default.fileExists(atPath: out, isDirectory: &isDir), isDir.boolValue {
        var files: [(String, String)] = []
        if part == "all" || part == "survey" { files += Stag36Survey.Kind.allCases.map { ("stag36-\(year)-\($0.rawValue).csv", survey.recordsCSV($0)) } }
        if part == "all" || part == "summary" { files += CSVRenderer().files(survey.summary()).map { ($0.name, $0.content) } }
        if part == "all" || part == "gaps" { files.append(("stag36-\(year)-zu-ergaenzen.csv", survey.gapsCSV())) }
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent(name)) }
        return Terminal.error("\(files.count) files in \(out)")
      }
      let text: String
      switch format {
      case "json": text = survey.json(part: part) + "\n"
      case "csv":
        switch part {
        case "survey": text = Stag36Survey.Kind.allCases.map { "# " + $0.title + "\r\n" + survey.recordsCSV($0) }.joined(separator: "\r\n")
        case "gaps": text = survey.gapsCSV()
        default: text = CSVRenderer().render(survey.summary())
        }
      default: text = Self.text(survey, part: part)
      }
      if let out { try Data(text.utf8).write(to: URL(fileURLWithPath: out)) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
    }

    /// A plain-text overview: per survey the records and how many lack each feature.
    static func text(_ s: Stag36Survey, part: String) -> String {
      if part == "gaps" { return s.gaps.map { "\($0.fileNo): \($0.missing.joined(separator: ", "))" }.joined(separator: "\n") + "\n" }
      var lines = ["Statistik nach § 36 StAG, Berichtsjahr \(s.year)"]
      for k in Stag36Survey.Kind.allCases {
        lines.append("\(k.title): \(s.count(k)) Datensätze")
        for m in s.missing(k) where m.count > 0 { lines.append("  ohne Angabe \(Stag36Survey.featureNames[m.feature] ?? m.feature): \(m.count)") }
      }
      lines.append("Akten zu ergänzen: \(s.gapCount) (--part gaps)")
      if !s.withoutKey.isEmpty {
        let places = s.withoutKey.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
        lines.append("Wohnort ohne Amtlichen Gemeindeschlüssel (municipalities: key), als Name angegeben: \(places)")
      }
      return lines.joined(separator: "\n") + "\n"
    }
  }
}
