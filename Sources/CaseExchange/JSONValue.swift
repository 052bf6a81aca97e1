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

/// Parses JSON texts into `JSONValue` trees (through `JSONTape`, the one JSON parser of the
/// project); duplicate keys are an error.
public enum JSONParser {
  public static func parse(_ text: String) throws -> JSONValue {
    var copy = text
    return try copy.withUTF8 { try parse(bytes: $0) }
  }

  public static func parse(bytes: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
    let tape = try JSONTape.parse(bytes)
    return try value(tape, 0, bytes)
  }

  static func value(_ tape: JSONTape, _ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
    let t = tape.tokens[i]
    func text() -> String {
      let slice = UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])
      return t.kind == .escapedString ? JSONTape.unescape(slice) : String(decoding: slice, as: UTF8.self)
    }
    switch t.kind {
    case .null: return .null
    case .true: return .bool(true)
    case .false: return .bool(false)
    case .number: return .number(text())
    case .string, .escapedString: return .string(text())
    case .array:
      var items: [JSONValue] = []
      var k = i + 1
      while k < Int(t.next) {
        items.append(try value(tape, k, bytes))
        k = Int(tape.tokens[k].next)
      }
      return .array(items)
    case .object:
      var o = JSONObject()
      var k = i + 1
      while k < Int(t.next) {
        guard case .string(let key) = try value(tape, k, bytes) else { break }
        guard o.append(key, try value(tape, k + 1, bytes)) else {
          throw JSONSyntaxError(line: 1, column: Int(tape.tokens[k].start) + 1, message: "field \"\(key)\" appears twice")
        }
        k = Int(tape.tokens[k + 1].next)
      }
      return .object(o)
    }
  }
}
