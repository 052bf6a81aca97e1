import CaseModel

/// Scalars of the strict decoder. Text from CSV may stand for numbers and booleans: `3400,50` and
/// `3400.50` are numbers; `true`/`false`, `ja`/`nein`, `WAHR`/`FALSCH` (German Excel) are booleans.
struct SingleValue: SingleValueDecodingContainer {
  let decoder: ValueDecoder
  var codingPath: [any CodingKey] { decoder.codingPath }
  var value: JSONValue { decoder.value }

  func decodeNil() -> Bool { value == .null }

  func decode(_ type: Bool.Type) throws -> Bool {
    switch value {
    case .bool(let b): return b
    case .string(let s) where decoder.textScalars:
      switch s.lowercased() {
      case "true", "ja", "wahr", "yes", "1": return true
      case "false", "nein", "falsch", "no", "0": return false
      default: break
      }
    default: break
    }
    throw decoder.fail("expected true or false, got \(describe())")
  }

  func decode(_ type: String.Type) throws -> String {
    if case .string(let s) = value { return s }
    throw decoder.fail("expected text, got \(value.typeName)")
  }

  func numberText() -> String? {
    switch value {
    case .number(let text): return text
    case .string(let s) where decoder.textScalars:
      return s.trimmingSpaces().replacingComma()
    default: return nil
    }
  }

  func describe() -> String {
    switch value {
    case .string(let s): return "\"\(s)\""
    case .number(let n): return n
    default: return value.typeName
    }
  }

  func decode(_ type: Double.Type) throws -> Double {
    guard let t = numberText(), let d = Double(t), d.isFinite else {
      throw decoder.fail("expected a number, got \(describe())")
    }
    return d
  }

  func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

  func decode(_ type: Int.Type) throws -> Int {
    guard let t = numberText(), let i = Int(t) else {
      throw decoder.fail("expected a whole number, got \(describe())")
    }
    return i
  }

  func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    let i = try decode(Int.self)
    guard let v = T(exactly: i) else { throw decoder.fail("number \(i) out of range") }
    return v
  }

  func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }
}

extension String {
  /// German decimal comma to point, only for a single comma and no point.
  func replacingComma() -> String {
    guard !contains("."), let i = firstIndex(of: ","), lastIndex(of: ",") == i else { return self }
    var s = self
    s.replaceSubrange(i...i, with: ".")
    return s
  }
}
