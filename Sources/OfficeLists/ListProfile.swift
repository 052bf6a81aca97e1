import CaseModel
import Foundation
import Yams

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

  public struct ProfileError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { "profile: \(message)" }
  }

  public static func load(path: String) throws -> ListProfile {
    guard let data = FileManager.default.contents(atPath: path), data.count < 1 << 20 else {
      throw ProfileError(message: "cannot read \(path)")
    }
    return try parse(String(decoding: data, as: UTF8.self))
  }

  public static func parse(_ yaml: String) throws -> ListProfile {
    let loaded: Any?
    do { loaded = try Yams.load(yaml: yaml) } catch { throw ProfileError(message: "not valid YAML: \(error)") }
    guard let root = loaded as? [String: Any] else {
      if loaded == nil { return ListProfile() }
      throw ProfileError(message: "expected keys office, route, sheet, header_row, columns, values")
    }
    var p = ListProfile()
    for (key, value) in root {
      switch key {
      case "office":
        guard let s = scalar(value), let o = Office(rawValue: s.uppercased()) else { throw ProfileError(message: "office: EBH or ABH") }
        p.office = o
      case "route":
        guard let s = scalar(value), let r = Route(rawValue: s) else {
          throw ProfileError(message: "route: one of \(Route.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        p.route = r
      case "sheet": p.sheet = scalar(value)
      case "header_row":
        guard let s = scalar(value), let n = Int(s), n > 0 else { throw ProfileError(message: "header_row: a row number") }
        p.headerRow = n
      case "columns":
        guard let map = value as? [String: Any] else { throw ProfileError(message: "columns: header: field") }
        for (header, target) in map {
          guard let t = scalar(target), let field = ListField(rawValue: t) else {
            throw ProfileError(
              message: "columns: \"\(header)\": unknown field \(scalar(target) ?? "?"); fields: \(ListField.allCases.map(\.rawValue).joined(separator: ", "))")
          }
          p.columns[Normalize.compact(header)] = field
        }
      case "values":
        guard let map = value as? [String: Any] else { throw ProfileError(message: "values: field: {word: value}") }
        for (name, words) in map {
          guard let field = ListField(rawValue: name) else { throw ProfileError(message: "values: unknown field \(name)") }
          guard let pairs = words as? [String: Any] else { throw ProfileError(message: "values: \(name): word: value") }
          var table: [String: String] = [:]
          for (word, target) in pairs {
            guard let t = scalar(target) else { throw ProfileError(message: "values: \(name): \"\(word)\" needs a value") }
            if let problem = ValueTarget.check(field, t) {
              throw ProfileError(message: "values: \(name): \"\(word)\": \(problem)")
            }
            table[Normalize.words(word)] = t
          }
          p.values[field] = table
        }
      default:
        throw ProfileError(message: "unknown key \(key); keys: office, route, sheet, header_row, columns, values")
      }
    }
    return p
  }

  static func scalar(_ v: Any) -> String? {
    switch v {
    case let s as String: return s
    case let i as Int: return String(i)
    case let b as Bool: return b ? "true" : "false"
    case let d as Double: return String(d)
    default: return nil
    }
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
