import Foundation

/// The reports of a `reports/` folder: every `*.yaml` read, `include` sections replaced by the
/// section they name. A file that cannot be read is kept out and named in `problems`; `backlog
/// reports lint` reports those and what the linter finds.
public struct ReportCatalog: Sendable {
  public var reports: [ReportDefinition]
  public var problems: [ReportDefinitionError]
  public let directory: String

  /// The folder the command line and the server use: `BACKLOG_REPORTS`, else `reports/` in the
  /// working directory.
  public static func defaultDirectory(environment: [String: String]) -> String {
    environment["BACKLOG_REPORTS"] ?? "reports"
  }

  public init(reports: [ReportDefinition], directory: String = "", problems: [ReportDefinitionError] = []) {
    self.reports = reports.sorted { ($0.order, $0.title.de) < ($1.order, $1.title.de) }
    self.directory = directory
    self.problems = problems
    resolveIncludes()
  }

  public static func load(directory: String) -> ReportCatalog {
    let fm = FileManager.default
    guard let entries = try? fm.contentsOfDirectory(atPath: directory) else {
      return ReportCatalog(reports: [], directory: directory, problems: [.init(file: directory, line: nil, message: "reports folder not found")])
    }
    var reports: [ReportDefinition] = [], problems: [ReportDefinitionError] = []
    for file in entries.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
      let name = String(file.prefix { $0 != "." })
      guard let data = fm.contents(atPath: directory + "/" + file), data.count <= 1_000_000,
        let text = String(data: data, encoding: .utf8)
      else {
        problems.append(.init(file: file, line: nil, message: "cannot read the file (UTF-8, at most 1 MB)"))
        continue
      }
      let (read, fileProblems) = ReportDefinitionReader(file: file).read(text, name: name)
      problems += fileProblems
      guard let definition = read else { continue }
      if let other = reports.first(where: { $0.name == definition.name }) {
        problems.append(.init(file: file, line: nil, message: "the report name \(definition.name) is already used by \(other.file)"))
      } else {
        reports.append(definition)
      }
    }
    return ReportCatalog(reports: reports, directory: directory, problems: problems)
  }

  public func report(_ name: String) -> ReportDefinition? { reports.first { $0.name == name } }

  public var names: String { reports.map(\.name).joined(separator: ", ") }

  /// Replaces every `include` by a copy of the section it names (one level: an included
  /// section that is itself an include is a problem).
  mutating func resolveIncludes() {
    let originals = reports
    for i in reports.indices {
      reports[i].sections = reports[i].sections.compactMap { s in
        guard case .include(let name, let id) = s.content else { return s }
        guard let target = originals.first(where: { $0.name == name })?.sections.first(where: { $0.id == id }) else {
          problems.append(.init(file: reports[i].file, line: s.line, message: "include: no section \(id) in a report \(name)"))
          return nil
        }
        if case .include = target.content {
          problems.append(.init(file: reports[i].file, line: s.line, message: "include: \(name)/\(id) is itself an include"))
          return nil
        }
        var copy = target
        copy.id = s.id
        if let title = s.title { copy.title = title }
        copy.notes = s.notes.isEmpty ? target.notes : s.notes
        return copy
      }
    }
  }
}
