import StrictYAML

/// A problem in a report definition, with the file and line it comes from.
public struct ReportDefinitionError: Error, Sendable, CustomStringConvertible, Equatable {
  public var file: String
  public var line: Int?
  public var message: String
  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }
  public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

extension ReportDefinitionError {
  /// The report definitions' wording of a strict-YAML problem: `sections[0].id must be text` as `id must be text`.
  init(file: String, _ p: YAMLProblem) {
    let key = p.name ?? ""
    let message: String
    switch p.fault {
    case .notValidYAML(let error):
      self.init(file: file, line: nil, message: "not valid YAML: \(error)")
      return
    case .expectedMapping: message = "\(key): expected a mapping"
    case .expectedList: message = "\(key) must be a list"
    case .expectedText, .expectedTextItem: message = "\(key) must be text"
    case .expectedBool(let got): message = "\(key) must be true or false, got \"\(got)\""
    case .expectedInt(let got, _): message = "\(key) must be a whole number, got \"\(got)\""
    case .expectedChoice(let got, let allowed): message = "\(key) must be one of \(allowed.joined(separator: ", ")), got \"\(got)\""
    case .expectedFormat(let got, let format): message = "\(key) must be \(format), got \"\(got)\""
    case .required: message = "\(key) is required"
    case .empty: message = "\(key) must not be empty"
    case .tooLong(let maximum): message = "\(key): at most \(maximum) characters"
    case .unknownKey(let name, let allowed):
      message = "\(p.context): unknown key \"\(name)\"; allowed: \(allowed.sorted().joined(separator: ", "))"
    case .other(let text): message = text
    }
    self.init(file: file, line: p.line, message: message)
  }
}

/// Reads one `reports/*.yaml` strictly: unknown keys are errors (a typo never drops a figure),
/// required keys must be there, values must be of the allowed kinds; every problem of the file is
/// named. Whether the metrics exist and fit is the linter's question.
struct ReportDefinitionReader {
  let file: String

  /// The definition, or nil with every problem of the file.
  func read(_ source: String, name: String) -> (ReportDefinition?, [ReportDefinitionError]) {
    let log = ProblemLog()
    let definition = YAMLValue.parse(source, context: "report", log: log).flatMap { read($0, name: name) }
    if definition == nil && log.isEmpty {  // an empty file
      return (nil, [ReportDefinitionError(file: file, line: nil, message: "expected a mapping at the top")])
    }
    return log.isEmpty ? (definition, []) : (nil, log.problems.map { ReportDefinitionError(file: file, $0) })
  }

  func read(_ root: YAMLValue, name: String) -> ReportDefinition? {
    guard root.isMapping else {
      root.report(.other("expected a mapping at the top"))
      return nil
    }
    root.only(["name", "title", "purpose", "audience", "period", "shows", "filters", "json", "order", "cover", "sections"])
    let reportName = root.string("name") ?? name
    if reportName.isEmpty || !reportName.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
      (root["name"] ?? root).report(.other("name: letters, digits, - and _ only, got \"\(reportName)\""))
    }
    let title = text(root, "title")
    if title == nil, root["title"] == nil { root.report(.other("title (de, en) is required")) }
    let purpose = text(root, "purpose")
    if purpose == nil, root["purpose"] == nil { root.report(.other("purpose (de, en) is required")) }
    let audience = root.choices("audience", ReportDefinition.Audience.self) ?? []
    let filters = root.choices("filters", ReportDefinition.Filter.self) ?? []
    let json = root.choice("json", ReportName.self)
    let sectionNodes = root["sections"]?.items ?? []
    if sectionNodes.isEmpty {
      (root["sections"] ?? root).report(.other("sections: a list of at least one section is required"))
    }
    let period = root.choice("period", ReportDefinition.DefaultPeriod.self)
    let shows = root.choice("shows", ReportDefinition.Shows.self)
    let order = root.int("order")
    let cover = root.bool("cover")
    let sections = sectionNodes.enumerated().compactMap { section($1, index: $0) }
    guard let title, let purpose, sections.count == sectionNodes.count else { return nil }
    return ReportDefinition(
      name: reportName, file: file, title: title, purpose: purpose, audience: audience.isEmpty ? [.management, .admin] : audience,
      period: period ?? .last24Months, shows: shows ?? .period, filters: Set(filters), json: json, order: order ?? 100,
      cover: cover ?? false, sections: sections)
  }
}
