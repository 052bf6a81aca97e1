import CaseModel
import StrictYAML

/// A problem in a checklist file, with the file and line it comes from.
public struct ChecklistError: Error, Sendable, CustomStringConvertible {
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

/// Every problem found while the checklists were read (each file read to its end), in order.
public struct ChecklistErrors: Error, Sendable, CustomStringConvertible {
  public var errors: [ChecklistError]
  public init(_ errors: [ChecklistError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension ChecklistError {
  /// The checklists' wording of a strict-YAML problem: `rule X, version: "unmet" is required`.
  init(file: String, _ p: YAMLProblem) {
    let key = "\"\(p.name ?? "")\""
    let message: String
    switch p.fault {
    case .notValidYAML(let error):
      self.init(file: file, line: nil, message: "not valid YAML: \(error)")
      return
    case .expectedMapping: message = "expected a mapping"
    case .expectedList: message = "\(key) must be a list"
    case .expectedText: message = "\(key) must be text"
    case .expectedTextItem: message = "\(key) must list text values"
    case .expectedBool: message = "\(key) must be true or false"
    case .expectedInt(let got, _): message = "\(key) must be a whole number, got \"\(got)\""
    case .expectedChoice(let got, let allowed): message = "\(key) must be one of \(allowed.joined(separator: ", ")); got \"\(got)\""
    case .expectedFormat(let got, let format): message = "\(key) must be \(format), got \"\(got)\""
    case .required: message = "\(key) is required"
    case .empty: message = "\(key) must not be empty"
    case .tooLong(let maximum): message = "\(key) has more than \(maximum) characters"
    case .unknownKey(let name, let allowed): message = "unknown key \"\(name)\"; allowed: \(allowed.sorted().joined(separator: ", "))"
    case .other(let text): message = text
    }
    self.init(file: file, line: p.line, message: p.context.isEmpty ? message : "\(p.context): \(message)")
  }
}

extension YAMLValue {
  /// A date `YYYY-MM-DD`.
  func day(_ key: String, required: Bool = false) -> Day? {
    parsed(key, required: required, format: "a date YYYY-MM-DD", Day.init(iso:))
  }

  /// A whole-file problem without a line (`expected a list of test cases`).
  func fileProblem(_ message: String) { log.append(YAMLProblem(path: "", fault: .other(message))) }

  /// The value as a JSON-like tree (for test facts).
  var tree: TreeValue {
    if let items { return .array(items.map(\.tree)) }
    if let entries { return .object(entries.map { ($0.key, $0.value.tree) }) }
    guard let s = scalar else { return .null }
    switch s.kind {
    case .null: return .null
    case .bool: return .bool(s.text.lowercased() == "true")
    case .int, .float: return .number(s.text)
    case .string: return .string(s.text)
    }
  }
}
