import CaseModel
import Yams

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

/// Strict reading of one YAML mapping: every key must be known, required keys must be present.
struct YAMLReader {
  let file: String
  let node: Node
  let context: String

  init(file: String, node: Node, context: String) {
    self.file = file
    self.node = node
    self.context = context
  }

  var line: Int { (node.mark?.line).map { $0 } ?? 0 }

  func fail(_ message: String, at n: Node? = nil) -> ChecklistError {
    ChecklistError(file: file, line: (n ?? node).mark?.line, message: "\(context): \(message)")
  }

  func mapping() throws -> Node.Mapping {
    guard let m = node.mapping else { throw fail("expected a mapping") }
    return m
  }

  /// Rejects keys outside `allowed` (so a typo in a checklist never drops a rule silently).
  func onlyKeys(_ allowed: Set<String>) throws {
    for key in try mapping().keys {
      guard let k = key.string, allowed.contains(k) else {
        throw fail("unknown key \"\(key.string ?? "?")\"; allowed: \(allowed.sorted().joined(separator: ", "))", at: key)
      }
    }
  }

  subscript(key: String) -> Node? {
    guard let v = node.mapping?[key] else { return nil }
    if case .scalar(let s) = v, ScalarKind(s) == .null { return nil }
    return v
  }

  func string(_ key: String) throws -> String {
    guard let s = try optionalString(key) else { throw fail("\"\(key)\" is required") }
    return s
  }

  func optionalString(_ key: String) throws -> String? {
    guard let v = self[key] else { return nil }
    guard case .scalar(let s) = v else { throw fail("\"\(key)\" must be text", at: v) }
    return s.string
  }

  func day(_ key: String) throws -> Day {
    guard let d = try optionalDay(key) else { throw fail("\"\(key)\" is required") }
    return d
  }

  func optionalDay(_ key: String) throws -> Day? {
    guard let s = try optionalString(key) else { return nil }
    guard let d = Day(iso: s) else { throw fail("\"\(key)\" must be a date YYYY-MM-DD, got \"\(s)\"", at: self[key]) }
    return d
  }

  func bool(_ key: String) throws -> Bool {
    guard let v = self[key] else { return false }
    guard case .scalar(let s) = v, ScalarKind(s) == .bool else { throw fail("\"\(key)\" must be true or false", at: v) }
    return s.string.lowercased() == "true"
  }

  func strings(_ key: String) throws -> [String] {
    guard let v = self[key] else { return [] }
    guard case .sequence(let seq) = v else { throw fail("\"\(key)\" must be a list", at: v) }
    return try seq.map { item in
      guard case .scalar(let s) = item else { throw fail("\"\(key)\" must list text values", at: item) }
      return s.string
    }
  }

  func list(_ key: String) throws -> [Node] {
    guard let v = self[key] else { return [] }
    guard case .sequence(let seq) = v else { throw fail("\"\(key)\" must be a list", at: v) }
    return Array(seq)
  }

  func child(_ n: Node, _ context: String) -> YAMLReader { YAMLReader(file: file, node: n, context: context) }

  /// Converts a YAML node into a JSON-like tree (for test facts).
  static func tree(_ node: Node) -> TreeValue {
    switch node {
    case .scalar(let s):
      switch ScalarKind(s) {
      case .null: return .null
      case .bool: return .bool(s.string.lowercased() == "true")
      case .int, .float: return .number(s.string)
      default: return .string(s.string)
      }
    case .sequence(let seq): return .array(seq.map(tree))
    case .mapping(let m): return .object(m.map { ($0.key.string ?? "", tree($0.value)) })
    case .alias: return .null
    }
  }
}

/// The YAML 1.2 core-schema type of a scalar: plain scalars are typed, quoted ones are text.
enum ScalarKind {
  case null, bool, int, float, string

  init(_ s: Node.Scalar) {
    guard s.style == .plain || s.style == .any else { self = .string; return }
    let t = s.string
    if t.isEmpty || t == "~" || t == "null" || t == "Null" || t == "NULL" { self = .null }
    else if ["true", "false", "True", "False", "TRUE", "FALSE"].contains(t) { self = .bool }
    else if Int(t) != nil { self = .int }
    else if Double(t) != nil, t.contains(where: { $0.isNumber }) { self = .float }
    else { self = .string }
  }
}
