/// A parsed JSON document. Numbers keep their source text so integers stay exact.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "true/false"
    case .number: return "a number"
    case .string: return "text"
    case .array: return "a list"
    case .object: return "an object"
    }
  }
}

/// A JSON object that keeps its members in source order. Objects of case files are small, so a
/// linear search beats hashing.
public struct JSONObject: Sendable, Equatable {
  public private(set) var keys: [String] = []
  public private(set) var values: [JSONValue] = []

  public init() {}

  public init(_ dictionary: [String: JSONValue]) {
    for (k, v) in dictionary.sorted(by: { $0.key < $1.key }) { _ = append(k, v) }
  }

  public var count: Int { keys.count }

  public func index(of key: String) -> Int? { keys.firstIndex(of: key) }

  public subscript(key: String) -> JSONValue? {
    get { index(of: key).map { values[$0] } }
    set {
      if let i = index(of: key) {
        if let newValue { values[i] = newValue } else {
          keys.remove(at: i)
          values.remove(at: i)
        }
      } else if let newValue {
        keys.append(key)
        values.append(newValue)
      }
    }
  }

  /// Appends a member; false if the key is already there.
  public mutating func append(_ key: String, _ value: JSONValue) -> Bool {
    if keys.contains(key) { return false }
    keys.append(key)
    values.append(value)
    return true
  }

  public var members: Zip2Sequence<[String], [JSONValue]> { zip(keys, values) }

  /// Equal when both have the same members, in any order.
  public static func == (a: JSONObject, b: JSONObject) -> Bool {
    a.count == b.count && a.members.allSatisfy { b[$0.0] == $0.1 }
  }
}

/// A syntax error with its position in the input.
public struct JSONSyntaxError: Error, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var message: String
  public var description: String { "line \(line), column \(column): \(message)" }
}

/// A fast, strict JSON parser over UTF-8 bytes (RFC 8259; duplicate keys are an error).
public struct JSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  var pos = 0
  /// 1-based line of `pos`, counted as the parser passes newlines.
  public private(set) var line = 1
  var lineStart = 0

  public init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// Parses one complete JSON text.
  public static func parse(_ text: String) throws -> JSONValue {
    var copy = text
    return try copy.withUTF8 { buf in
      var p = JSONParser(bytes: buf)
      let v = try p.parseValue()
      p.skipWhitespace()
      guard p.atEnd else { throw p.error("unexpected text after the JSON value") }
      return v
    }
  }

  public var atEnd: Bool { pos >= bytes.count }

  func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(line: line, column: pos - lineStart + 1, message: message)
  }

  public mutating func skipWhitespace() {
    while pos < bytes.count {
      let c = bytes[pos]
      if c == 0x0A {
        line += 1
        lineStart = pos + 1
      } else if c != 0x20 && c != 0x09 && c != 0x0D {
        return
      }
      pos += 1
    }
  }

  /// Skips whitespace and returns the next byte without consuming it.
  public mutating func peek() -> UInt8? {
    skipWhitespace()
    return pos < bytes.count ? bytes[pos] : nil
  }

  public mutating func expect(_ c: UInt8) throws {
    guard peek() == c else {
      throw error("expected '\(Character(Unicode.Scalar(c)))'")
    }
    pos += 1
  }

  public mutating func parseValue(depth: Int = 0) throws -> JSONValue {
    guard depth < 64 else { throw error("nesting too deep") }
    guard let c = peek() else { throw error("unexpected end of input") }
    switch c {
    case UInt8(ascii: "{"): return try parseObject(depth: depth)
    case UInt8(ascii: "["):
      pos += 1
      var items: [JSONValue] = []
      if peek() == UInt8(ascii: "]") {
        pos += 1
        return .array(items)
      }
      while true {
        items.append(try parseValue(depth: depth + 1))
        guard let n = peek() else { throw error("unterminated list") }
        pos += 1
        if n == UInt8(ascii: "]") { return .array(items) }
        guard n == UInt8(ascii: ",") else { throw error("expected ',' or ']' in a list") }
      }
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    default: return try parseNumber()
    }
  }

  mutating func parseObject(depth: Int) throws -> JSONValue {
    pos += 1
    var members = JSONObject()
    if peek() == UInt8(ascii: "}") {
      pos += 1
      return .object(members)
    }
    while true {
      guard peek() == UInt8(ascii: "\"") else { throw error("expected a field name in quotes") }
      let key = try parseString()
      try expect(UInt8(ascii: ":"))
      let value = try parseValue(depth: depth + 1)
      guard members.append(key, value) else { throw error("field \"\(key)\" appears twice") }
      guard let n = peek() else { throw error("unterminated object") }
      pos += 1
      if n == UInt8(ascii: "}") { return .object(members) }
      guard n == UInt8(ascii: ",") else { throw error("expected ',' or '}' in an object") }
    }
  }

  mutating func literal(_ word: StaticString, _ value: JSONValue) throws -> JSONValue {
    let n = word.utf8CodeUnitCount
    guard pos + n <= bytes.count else { throw error("invalid literal") }
    for i in 0..<n where bytes[pos + i] != word.utf8Start[i] { throw error("invalid literal") }
    pos += n
    return value
  }

  mutating func parseNumber() throws -> JSONValue {
    let start = pos
    if pos < bytes.count, bytes[pos] == UInt8(ascii: "-") { pos += 1 }
    var digits = 0
    while pos < bytes.count {
      let c = bytes[pos]
      if (c >= 48 && c <= 57) {
        digits += 1
      } else if c != UInt8(ascii: ".") && c != UInt8(ascii: "e") && c != UInt8(ascii: "E")
        && c != UInt8(ascii: "+") && c != UInt8(ascii: "-")
      {
        break
      }
      pos += 1
    }
    guard digits > 0 else { throw error("unexpected character") }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
    guard Double(text) != nil else { throw error("invalid number \(text)") }
    return .number(text)
  }

  mutating func parseString() throws -> String {
    pos += 1  // opening quote
    let start = pos
    // Fast path: no escapes.
    while pos < bytes.count {
      let c = bytes[pos]
      if c == UInt8(ascii: "\"") {
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        pos += 1
        return s
      }
      if c == UInt8(ascii: "\\") { break }
      if c < 0x20 { throw error("control character in text") }
      pos += 1
    }
    var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<pos]))
    while pos < bytes.count {
      let c = bytes[pos]
      pos += 1
      if c == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
      if c < 0x20 { throw error("control character in text") }
      guard c == UInt8(ascii: "\\") else {
        out.append(c)
        continue
      }
      guard pos < bytes.count else { break }
      let e = bytes[pos]
      pos += 1
      switch e {
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar) {
          guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u")
          else { throw error("unpaired surrogate") }
          pos += 2
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let u = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
        out.append(contentsOf: Array(String(Character(u)).utf8))
      default: throw error("invalid escape")
      }
    }
    throw error("unterminated text")
  }

  mutating func hex4() throws -> UInt32 {
    guard pos + 4 <= bytes.count else { throw error("invalid \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = bytes[pos]
      pos += 1
      let d: UInt8
      switch c {
      case 48...57: d = c - 48
      case 65...70: d = c - 55
      case 97...102: d = c - 87
      default: throw error("invalid \\u escape")
      }
      v = v << 4 | UInt32(d)
    }
    return v
  }
}
