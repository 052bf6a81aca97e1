import CaseModel

/// A type read by hand from a JSON object (see `JSONReader`).
public protocol JSONReadable {
  init(json: inout JSONReader) throws
}

extension JSONReader {
  public mutating func string(_ key: StaticString) throws -> String? {
    guard let i = member(key) else { return nil }
    guard isText(i) else { throw fail(key, "expected text, got \(describe(i))") }
    return text(tokens[i])
  }

  public mutating func requiredString(_ key: StaticString) throws -> String {
    guard let s = try string(key) else { throw fail(key, "required field is missing") }
    return s
  }

  public mutating func bool(_ key: StaticString) throws -> Bool? {
    guard let i = member(key) else { return nil }
    switch tokens[i].kind {
    case .true: return true
    case .false: return false
    case .string where textScalars, .escapedString where textScalars:
      switch text(tokens[i]).trimmingSpaces().lowercased() {
      case "true", "ja", "wahr", "yes", "1": return true
      case "false", "nein", "falsch", "no", "0": return false
      default: break
      }
    default: break
    }
    throw fail(key, "expected true or false, got \(describe(i))")
  }

  func numberText(_ i: Int) -> String? {
    switch tokens[i].kind {
    case .number: return text(tokens[i])
    case .string where textScalars, .escapedString where textScalars: return text(tokens[i]).trimmingSpaces().replacingComma()
    default: return nil
    }
  }

  public mutating func int(_ key: StaticString) throws -> Int? {
    guard let i = member(key) else { return nil }
    guard let t = numberText(i),
      let n = Int(t) ?? Double(t).flatMap({ $0 == $0.rounded() ? Int(exactly: $0) : nil })
    else { throw fail(key, "expected a whole number, got \(describe(i))") }
    return n
  }

  public mutating func double(_ key: StaticString) throws -> Double? {
    guard let i = member(key) else { return nil }
    guard let t = numberText(i), let d = Double(t), d.isFinite else {
      throw fail(key, "expected a number, got \(describe(i))")
    }
    return d
  }

  public mutating func day(_ key: StaticString) throws -> Day? {
    guard let i = member(key) else { return nil }
    guard isText(i), let d = Day(iso: text(tokens[i]).trimmingSpaces()) else {
      throw fail(key, "expected a date YYYY-MM-DD, got \(describe(i))")
    }
    return d
  }

  public mutating func requiredDay(_ key: StaticString) throws -> Day {
    guard let d = try day(key) else { throw fail(key, "required field is missing") }
    return d
  }

  public mutating func enumValue<E: FactEnum>(_ key: StaticString, _ type: E.Type = E.self) throws -> E? {
    guard let s = try string(key) else { return nil }
    guard let e = E(rawValue: textScalars ? s.trimmingSpaces() : s) else {
      throw fail(key, "unknown value \"\(s)\"; allowed: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return e
  }

  public mutating func requiredEnum<E: FactEnum>(_ key: StaticString, _ type: E.Type = E.self) throws -> E {
    guard let e = try enumValue(key, type) else { throw fail(key, "required field is missing") }
    return e
  }

  // MARK: - Nested objects and lists

  func nested<T: JSONReadable>(_ type: T.Type, at i: Int, path: String) throws -> T {
    var r = JSONReader(bytes: bytes, tokens: tokens, object: i, path: path, textScalars: textScalars)
    let t = try T(json: &r)
    try r.finish()
    return t
  }

  public mutating func object<T: JSONReadable>(_ key: StaticString, _ type: T.Type = T.self) throws -> T? {
    guard let i = member(key) else { return nil }
    guard tokens[i].kind == .object else { throw fail(key, "expected an object, got \(describe(i))") }
    return try nested(T.self, at: i, path: fieldPath(key))
  }

  public mutating func requiredObject<T: JSONReadable>(_ key: StaticString, _ type: T.Type = T.self) throws -> T {
    guard let t = try object(key, type) else { throw fail(key, "required field is missing") }
    return t
  }

  /// The token indexes of a list's items.
  func items(of i: Int) -> [Int] {
    var out: [Int] = []
    var k = i + 1
    while k < Int(tokens[i].next) {
      out.append(k)
      k = Int(tokens[k].next)
    }
    return out
  }

  public mutating func list<T: JSONReadable>(_ key: StaticString, _ type: T.Type = T.self) throws -> [T]? {
    guard let i = member(key) else { return nil }
    guard tokens[i].kind == .array else { throw fail(key, "expected a list, got \(describe(i))") }
    return try items(of: i).enumerated().map { n, k in
      let p = "\(fieldPath(key))[\(n)]"
      guard tokens[k].kind == .object else { throw FieldError(path: p, reason: "expected an object, got \(describe(k))") }
      return try nested(T.self, at: k, path: p)
    }
  }

  /// A list of text values; in CSV joined with `|`.
  public mutating func stringList(_ key: StaticString) throws -> [String]? {
    guard let i = member(key) else { return nil }
    if tokens[i].kind == .array {
      return try items(of: i).enumerated().map { n, k in
        guard isText(k) else { throw FieldError(path: "\(fieldPath(key))[\(n)]", reason: "expected text, got \(describe(k))") }
        return text(tokens[k])
      }
    }
    guard textScalars, isText(i) else { throw fail(key, "expected a list, got \(describe(i))") }
    return text(tokens[i]).split(separator: "|", omittingEmptySubsequences: true).map { String($0).trimmingSpaces() }
  }

  /// Reads a whole object of the tape (the entry point).
  public static func read<T: JSONReadable>(
    _ type: T.Type, bytes: UnsafeBufferPointer<UInt8>, tape: JSONTape, object: Int = 0, textScalars: Bool = false
  ) throws -> T {
    var r = JSONReader(bytes: bytes, tokens: tape.tokens, object: object, path: "", textScalars: textScalars)
    let t = try T(json: &r)
    try r.finish()
    return t
  }
}
