import CaseModel
import Foundation
import StrictYAML

/// What an office tells about a list the recognition does not know: columns by their header,
/// value words per field, the office and route where the list does not say them, the sheet and
/// the header row. The dry run prints a profile of what it recognised, so one can be written
/// from it:
///
/// ```yaml
/// office: EBH
/// route: StAG-10
/// columns:
///   "Akte": file_no
///   "Bemerkung": ignore
/// values:
///   status:
///     "Wartet auf Pass": documents_requested
///   person.nationalities:
///     "Kosovare": XKX
/// ```
public struct ListProfile: Sendable, Equatable {
  public var office: Office?
  public var route: Route?
  public var sheet: String?
  /// 1-based row (line) of the header; otherwise the row with the most known headers.
  public var headerRow: Int?
  /// Header (compact normalized form) -> field.
  public var columns: [String: ListField] = [:]
  /// Field -> normalized word -> the contract's value.
  public var values: [ListField: [String: String]] = [:]

  public init() {}

  /// What is wrong with a profile: every problem found, in file order.
  public struct ProfileError: Error, Sendable, CustomStringConvertible {
    public var messages: [String]
    public init(message: String) { messages = [message] }
    init(messages: [String]) { self.messages = messages }
    public var description: String { messages.map { "profile: \($0)" }.joined(separator: "\n") }
  }

  public static func load(path: String) throws -> ListProfile {
    guard let data = FileManager.default.contents(atPath: path), data.count < 1 << 20 else {
      throw ProfileError(message: "cannot read \(path)")
    }
    return try parse(String(decoding: data, as: UTF8.self))
  }

  static let keys = ["office", "route", "sheet", "header_row", "columns", "values"]

  public static func parse(_ yaml: String) throws -> ListProfile {
    let log = ProblemLog()
    guard let root = YAMLValue.parse(yaml, log: log), !root.isNull else {
      if case .notValidYAML(let error) = log.problems.first?.fault { throw ProfileError(message: "not valid YAML: \(error)") }
      return ListProfile()
    }
    guard let entries = root.entries else { throw ProfileError(message: "expected keys \(keys.joined(separator: ", "))") }
    var p = ListProfile()
    var problems: [String] = []
    for (key, value) in entries {
      let text = value.isNull ? nil : value.scalar?.text
      switch key {
      case "office":
        p.office = text.flatMap { Office(rawValue: $0.uppercased()) }
        if p.office == nil { problems.append("office: EBH or ABH") }
      case "route":
        p.route = text.flatMap(Route.init(rawValue:))
        if p.route == nil { problems.append("route: one of \(Route.allCases.map(\.rawValue).joined(separator: ", "))") }
      case "sheet": p.sheet = text
      case "header_row":
        guard let n = text.flatMap({ Int($0) }), n > 0 else {
          problems.append("header_row: a row number")
          continue
        }
        p.headerRow = n
      case "columns":
        guard let map = value.entries else {
          problems.append("columns: header: field")
          continue
        }
        for (header, target) in map {
          guard let field = target.scalar.flatMap({ ListField(rawValue: $0.text) }) else {
            problems.append(
              "columns: \"\(header)\": unknown field \(target.scalar?.text ?? "?"); fields: \(ListField.allCases.map(\.rawValue).joined(separator: ", "))")
            continue
          }
          p.columns[Normalize.compact(header)] = field
        }
      case "values":
        guard let map = value.entries else {
          problems.append("values: field: {word: value}")
          continue
        }
        for (name, words) in map {
          if let table = valueTable(name, words, &problems) { p.values[table.0] = table.1 }
        }
      default:
        problems.append("unknown key \(key); keys: \(keys.joined(separator: ", "))")
      }
    }
    if !problems.isEmpty { throw ProfileError(messages: problems) }
    return p
  }

  /// `field: {word: value}` of `values:`.
  static func valueTable(_ name: String, _ words: YAMLValue, _ problems: inout [String]) -> (ListField, [String: String])? {
    guard let field = ListField(rawValue: name) else {
      problems.append("values: unknown field \(name)")
      return nil
    }
    guard let pairs = words.entries else {
      problems.append("values: \(name): word: value")
      return nil
    }
    var table: [String: String] = [:]
    for (word, target) in pairs {
      guard !target.isNull, let t = target.scalar?.text else {
        problems.append("values: \(name): \"\(word)\" needs a value")
        continue
      }
      if let problem = ValueTarget.check(field, t) {
        problems.append("values: \(name): \"\(word)\": \(problem)")
        continue
      }
      table[Normalize.words(word)] = t
    }
    return (field, table)
  }

  /// The profile's value for a cell of a field, if it names one.
  func value(_ field: ListField, _ cell: String) -> String? { values[field]?[Normalize.words(cell)] }
}

/// What a profile value must be for each field.
enum ValueTarget {
  static func check(_ field: ListField, _ value: String) -> String? {
    switch field {
    case .stage:
      return CaseStatus(rawValue: value) == nil ? "one of \(CaseStatus.allCases.map(\.rawValue).joined(separator: ", "))" : nil
    case .nationality:
      return value.split(separator: "|").allSatisfy { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
        ? nil : "ISO 3166 alpha-3 codes such as SYR (several with |)"
    case .procedure, .office, .route: return procedure(value) == nil ? "EBH, ABH or a route such as StAG-10, AufenthG-25b" : nil
    case .team: return Team(rawValue: value) == nil ? "kim or regular" : nil
    default: return nil
    }
  }

  /// "EBH", "ABH", "StAG-10", "EBH StAG-10".
  static func procedure(_ value: String) -> Procedure? {
    var office: Office?
    var route: Route?
    for part in value.split(whereSeparator: { $0 == " " || $0 == "," }) {
      if let o = Office(rawValue: String(part).uppercased()) { office = o } else if let r = Route(rawValue: String(part)) { route = r } else { return nil }
    }
    if let route {
      if let office, office != route.office { return nil }
      return Procedure(office: route.office, route: route)
    }
    return office.map { Procedure(office: $0) }
  }
}
