import CaseModel

/// Reads the members of one JSON object into typed facts, remembering which members were read so
/// that `finish()` can reject unknown fields. Hand-written per type (see `CaseFile+JSON.swift`)
/// because it is the hot path of import and batch screening: several times faster than `Codable`.
///
/// In `textScalars` mode (CSV) numbers, booleans and `|`-joined lists may arrive as text, with
/// German forms accepted (`1850,50`, `WAHR`/`FALSCH`, `ja`/`nein`).
public struct JSONReader {
  let object: JSONObject
  let path: String
  let textScalars: Bool
  var used: UInt64 = 0
  /// Where the next field is expected: readers ask in the order the writer writes, so for
  /// canonical input the first comparison hits.
  var next = 0

  public init(_ object: JSONObject, path: String = "", textScalars: Bool = false) {
    self.object = object
    self.path = path
    self.textScalars = textScalars
  }

  func fieldPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

  func fail(_ key: String, _ reason: String) -> FieldError { FieldError(path: fieldPath(key), reason: reason) }

  /// The member's value, nil if absent or null; marks it as read.
  mutating func value(_ key: String) -> JSONValue? {
    let i: Int
    if next < object.count, object.keys[next] == key {
      i = next
    } else if let found = object.index(of: key) {
      i = found
    } else {
      return nil
    }
    next = i + 1
    if i < 64 { used |= 1 << UInt64(i) }
    let v = object.values[i]
    if case .null = v { return nil }
    return v
  }

  /// Throws for every member that no reader asked for.
  public func finish() throws {
    var unknown: [String] = []
    for (i, key) in object.keys.enumerated() where i >= 64 || used & (1 << UInt64(i)) == 0 {
      unknown.append(key)
    }
    guard let first = unknown.sorted().first else { return }
    let more = unknown.count > 1 ? " (and \(unknown.sorted().dropFirst().joined(separator: ", ")))" : ""
    throw fail(first, "unknown field\(more)")
  }

  static func describe(_ v: JSONValue) -> String {
    switch v {
    case .string(let s): return "\"\(s)\""
    case .number(let n): return n
    default: return v.typeName
    }
  }

  // MARK: - Scalars

  public mutating func string(_ key: String) throws -> String? {
    guard let v = value(key) else { return nil }
    guard case .string(let s) = v else { throw fail(key, "expected text, got \(v.typeName)") }
    return s
  }

  public mutating func requiredString(_ key: String) throws -> String {
    guard let s = try string(key) else { throw fail(key, "required field is missing") }
    return s
  }

  public mutating func bool(_ key: String) throws -> Bool? {
    guard let v = value(key) else { return nil }
    switch v {
    case .bool(let b): return b
    case .string(let s) where textScalars:
      switch s.lowercased() {
      case "true", "ja", "wahr", "yes", "1": return true
      case "false", "nein", "falsch", "no", "0": return false
      default: break
      }
    default: break
    }
    throw fail(key, "expected true or false, got \(Self.describe(v))")
  }

  func numberText(_ v: JSONValue) -> String? {
    switch v {
    case .number(let n): return n
    case .string(let s) where textScalars: return s.trimmingSpaces().replacingComma()
    default: return nil
    }
  }

  public mutating func int(_ key: String) throws -> Int? {
    guard let v = value(key) else { return nil }
    guard let t = numberText(v), let i = Int(t) ?? Double(t).flatMap({ $0 == $0.rounded() ? Int(exactly: $0) : nil })
    else { throw fail(key, "expected a whole number, got \(Self.describe(v))") }
    return i
  }

  public mutating func double(_ key: String) throws -> Double? {
    guard let v = value(key) else { return nil }
    guard let t = numberText(v), let d = Double(t), d.isFinite else {
      throw fail(key, "expected a number, got \(Self.describe(v))")
    }
    return d
  }

  public mutating func day(_ key: String) throws -> Day? {
    guard let v = value(key) else { return nil }
    guard case .string(let s) = v, let d = Day(iso: s.utf8.count == 10 ? s : s.trimmingSpaces()) else {
      throw fail(key, "expected a date YYYY-MM-DD, got \(Self.describe(v))")
    }
    return d
  }

  public mutating func requiredDay(_ key: String) throws -> Day {
    guard let d = try day(key) else { throw fail(key, "required field is missing") }
    return d
  }

  public mutating func enumValue<E: FactEnum>(_ key: String, _ type: E.Type = E.self) throws -> E? {
    guard let s = try string(key) else { return nil }
    guard let e = E(rawValue: s.trimmingSpaces()) else {
      throw fail(key, "unknown value \"\(s)\"; allowed: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return e
  }

  public mutating func requiredEnum<E: FactEnum>(_ key: String, _ type: E.Type = E.self) throws -> E {
    guard let e = try enumValue(key, type) else { throw fail(key, "required field is missing") }
    return e
  }
}
