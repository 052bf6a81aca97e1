import CaseModel

/// A type read by hand from a JSON object (see `JSONReader`).
public protocol JSONReadable {
  init(json: inout JSONReader) throws
}

extension JSONReader {
  public mutating func string(_ key: StaticString) throws -> String? {
    guard let i = member(key) else { return nil }
    guard isText(i) else { throw fail(key, .expected(.text, got: describe(i))) }
    return text(tokens[i])
  }

  public mutating func requiredString(_ key: StaticString) throws -> String {
    guard let s = try string(key) else { throw fail(key, .requiredFieldMissing) }
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
    throw fail(key, .expected(.bool, got: describe(i)))
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
    else { throw fail(key, .expected(.wholeNumber, got: describe(i))) }
    return n
  }

  public mutating func double(_ key: StaticString) throws -> Double? {
    guard let i = member(key) else { return nil }
    guard let t = numberText(i), let d = Double(t), d.isFinite else {
      throw fail(key, .expected(.number, got: describe(i)))
    }
    return d
  }

  public mutating func day(_ key: StaticString) throws -> Day? {
    guard let i = member(key) else { return nil }
    let t = tokens[i]
    if t.kind == .string, let d = Day(isoBytes: UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])) {
      return d
    }
    guard isText(i), let d = Day(iso: text(tokens[i]).trimmingSpaces()) else {
      throw fail(key, .expected(.date, got: describe(i)))
    }
    return d
  }

  public mutating func requiredDay(_ key: StaticString) throws -> Day {
    guard let d = try day(key) else { throw fail(key, .requiredFieldMissing) }
    return d
  }

  public mutating func enumValue<E: FactEnum>(_ key: StaticString, _ type: E.Type = E.self) throws -> E? {
    guard let i = member(key) else { return nil }
    let t = tokens[i]
    if t.kind == .string {
      // The common case, compared byte by byte against the raw values: no `String` is made.
      let value = UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])
      for e in E.allCases where Self.equal(e.rawValue, value) { return e }
    }
    guard isText(i) else { throw fail(key, .expected(.text, got: describe(i))) }
    let s = text(t)
    guard let e = E(rawValue: textScalars ? s.trimmingSpaces() : s) else {
      throw fail(key, .unknownValue(s, allowed: E.allCases.map(\.rawValue).joined(separator: ", ")))
    }
    return e
  }

  static func equal(_ raw: String, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
    guard raw.utf8.count == value.count else { return false }
    var raw = raw
    return raw.withUTF8 { r in
      for i in 0..<r.count where r[i] != value[i] { return false }
      return true
    }
  }

  public mutating func requiredEnum<E: FactEnum>(_ key: StaticString, _ type: E.Type = E.self) throws -> E {
    guard let e = try enumValue(key, type) else { throw fail(key, .requiredFieldMissing) }
    return e
  }

  // MARK: - Nested objects and lists

  func nested<T: JSONReadable>(_ type: T.Type, at i: Int, key: StaticString, index: Int = -1) throws -> T {
    var r = JSONReader(
      bytes: bytes, tokens: tokens, object: i, parentPath: path, key: key, index: index, textScalars: textScalars)
    let t = try T(json: &r)
    try r.finish()
    return t
  }

  public mutating func object<T: JSONReadable>(_ key: StaticString, _ type: T.Type = T.self) throws -> T? {
    guard let i = member(key) else { return nil }
    guard tokens[i].kind == .object else { throw fail(key, .expected(.object, got: describe(i))) }
    return try nested(T.self, at: i, key: key)
  }

  public mutating func requiredObject<T: JSONReadable>(_ key: StaticString, _ type: T.Type = T.self) throws -> T {
    guard let t = try object(key, type) else { throw fail(key, .requiredFieldMissing) }
    return t
  }

  /// The number of items of the list at token `i`.
  func itemCount(_ i: Int) -> Int {
    var n = 0
    var k = i + 1
    while k < Int(tokens[i].next) {
      n += 1
      k = Int(tokens[k].next)
    }
    return n
  }

  public mutating func list<T: JSONReadable>(_ key: StaticString, _ type: T.Type = T.self) throws -> [T]? {
    guard let i = member(key) else { return nil }
    guard tokens[i].kind == .array else { throw fail(key, .expected(.list, got: describe(i))) }
    var out: [T] = []
    out.reserveCapacity(itemCount(i))
    var k = i + 1
    var n = 0
    while k < Int(tokens[i].next) {
      guard tokens[k].kind == .object else {
        throw FieldError(path: "\(fieldPath(key))[\(n)]", reason: .expected(.object, got: describe(k)))
      }
      out.append(try nested(T.self, at: k, key: key, index: n))
      k = Int(tokens[k].next)
      n += 1
    }
    return out
  }

  /// A list of text values; in CSV joined with `|`.
  public mutating func stringList(_ key: StaticString) throws -> [String]? {
    guard let i = member(key) else { return nil }
    if tokens[i].kind == .array {
      var out: [String] = []
      out.reserveCapacity(itemCount(i))
      var k = i + 1
      while k < Int(tokens[i].next) {
        guard isText(k) else { throw FieldError(path: "\(fieldPath(key))[\(out.count)]", reason: .expected(.text, got: describe(k))) }
        out.append(text(tokens[k]))
        k = Int(tokens[k].next)
      }
      return out
    }
    guard textScalars, isText(i) else { throw fail(key, .expected(.list, got: describe(i))) }
    return text(tokens[i]).split(separator: "|", omittingEmptySubsequences: true).map { String($0).trimmingSpaces() }
  }

  /// Reads a whole object of the tape (the entry point).
  public static func read<T: JSONReadable>(
    _ type: T.Type, bytes: UnsafeBufferPointer<UInt8>, tape: JSONTape, object: Int = 0, textScalars: Bool = false
  ) throws -> T {
    try tape.tokens.withUnsafeBufferPointer { tokens in
      var r = JSONReader(bytes: bytes, tokens: tokens, object: object, textScalars: textScalars)
      let t = try T(json: &r)
      try r.finish()
      return t
    }
  }
}
