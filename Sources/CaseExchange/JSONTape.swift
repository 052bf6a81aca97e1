/// A parsed JSON text as a flat list of tokens over the original bytes: no strings, arrays or
/// dictionaries are built while parsing. `JSONReader` reads case files straight from it, which
/// makes import and batch screening several times faster than building a `JSONValue` tree.
public struct JSONTape {
  public enum Kind: UInt8 { case object, array, string, escapedString, number, `true`, `false`, null }

  public struct Token {
    public var kind: Kind
    /// Byte range of the token (for strings: between the quotes).
    public var start: Int32
    public var end: Int32
    /// Index of the token after this value and everything inside it.
    public var next: Int32
  }

  public var tokens: [Token] = []

  public init() {}

  /// Parses one JSON text; throws `JSONSyntaxError` with line and column.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> JSONTape {
    // Token positions are 32-bit.
    guard bytes.count < Int(Int32.max) else { throw JSONSyntaxError(line: 1, column: 1, message: "text over 2 GB") }
    var tape = JSONTape()
    var failure: (any Error)?
    // Every token begins at a byte of its own, so there are at most `bytes.count` of them: the
    // parser writes into that space without a capacity or uniqueness check per token.
    tape.tokens = Array(unsafeUninitializedCapacity: bytes.count + 1) { buf, written in
      var p = TapeParser(bytes: bytes, out: buf.baseAddress!)
      do {
        try p.value(depth: 0)
        p.skipWhitespace()
        if p.pos != bytes.count { throw p.error("unexpected text after the JSON value") }
      } catch {
        failure = error
      }
      written = p.count
    }
    if let failure { throw failure }
    return tape
  }
}

struct TapeParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let out: UnsafeMutablePointer<JSONTape.Token>
  var count = 0
  var pos = 0

  init(bytes: UnsafeBufferPointer<UInt8>, out: UnsafeMutablePointer<JSONTape.Token>) {
    self.bytes = bytes
    self.out = out
  }

  func error(_ message: String) -> JSONSyntaxError {
    var line = 1
    var lineStart = 0
    for i in 0..<min(pos, bytes.count) where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return JSONSyntaxError(line: line, column: pos - lineStart + 1, message: message)
  }

  @inline(__always) mutating func emit(_ kind: JSONTape.Kind, _ start: Int, _ end: Int) {
    out[count] = JSONTape.Token(kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), next: Int32(truncatingIfNeeded: count + 1))
    count += 1
  }

  @inline(__always) mutating func skipWhitespace() {
    while pos < bytes.count {
      let c = bytes[pos]
      guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
      pos += 1
    }
  }

  mutating func value(depth: Int) throws {
    guard depth < 64 else { throw error("nesting too deep") }
    skipWhitespace()
    guard pos < bytes.count else { throw error("unexpected end of input") }
    let here = count
    let start = pos
    switch bytes[pos] {
    case UInt8(ascii: "{"):
      emit(.object, start, start)
      pos += 1
      skipWhitespace()
      if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
        pos += 1
      } else {
        while true {
          skipWhitespace()
          guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw error("expected a field name in quotes") }
          try string()
          skipWhitespace()
          guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw error("expected ':'") }
          pos += 1
          try value(depth: depth + 1)
          skipWhitespace()
          guard pos < bytes.count else { throw error("unterminated object") }
          let c = bytes[pos]
          pos += 1
          if c == UInt8(ascii: "}") { break }
          guard c == UInt8(ascii: ",") else { throw error("expected ',' or '}' in an object") }
        }
      }
    case UInt8(ascii: "["):
      emit(.array, start, start)
      pos += 1
      skipWhitespace()
      if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
        pos += 1
      } else {
        while true {
          try value(depth: depth + 1)
          skipWhitespace()
          guard pos < bytes.count else { throw error("unterminated list") }
          let c = bytes[pos]
          pos += 1
          if c == UInt8(ascii: "]") { break }
          guard c == UInt8(ascii: ",") else { throw error("expected ',' or ']' in a list") }
        }
      }
    case UInt8(ascii: "\""):
      try string()
      return
    case UInt8(ascii: "t"): try literal("true", .true)
    case UInt8(ascii: "f"): try literal("false", .false)
    case UInt8(ascii: "n"): try literal("null", .null)
    default: try number()
    }
    out[here].end = Int32(truncatingIfNeeded: pos)
    out[here].next = Int32(truncatingIfNeeded: count)
  }

  mutating func string() throws {
    let base = bytes.baseAddress!
    let start = pos + 1
    var p = start
    var escaped = false
    while p < bytes.count {
      // Plain text eight bytes at a time, up to the next quote, backslash or control character.
      p += ByteBuffer.cleanPrefix(base + p, bytes.count - p)
      guard p < bytes.count else { break }
      let c = base[p]
      if c == UInt8(ascii: "\"") {
        emit(escaped ? .escapedString : .string, start, p)
        pos = p + 1
        return
      }
      if c == UInt8(ascii: "\\") {
        escaped = true
        p += 2
      } else {
        pos = p
        throw error("control character in text")
      }
    }
    pos = p
    throw error("unterminated text")
  }

  mutating func literal(_ word: StaticString, _ kind: JSONTape.Kind) throws {
    let n = word.utf8CodeUnitCount
    guard pos + n <= bytes.count else { throw error("invalid literal") }
    for i in 0..<n where bytes[pos + i] != word.utf8Start[i] { throw error("invalid literal") }
    emit(kind, pos, pos + n)
    pos += n
  }

  mutating func number() throws {
    let start = pos
    var digits = 0
    while pos < bytes.count {
      let c = bytes[pos]
      if c >= 48 && c <= 57 {
        digits += 1
      } else if !(c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e")
        || c == UInt8(ascii: "E"))
      {
        break
      }
      pos += 1
    }
    guard digits > 0 else { throw error("unexpected character") }
    emit(.number, start, pos)
  }
}

extension JSONTape {
  /// Decodes a string body that contains backslash escapes (already checked by the parser).
  static func unescape(_ s: UnsafeBufferPointer<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var i = 0
    func hex4(_ at: Int) -> UInt32? {
      guard at + 4 <= s.count else { return nil }
      var v: UInt32 = 0
      for k in at..<at + 4 {
        let c = s[k]
        let d: UInt8
        switch c {
        case 48...57: d = c - 48
        case 65...70: d = c - 55
        case 97...102: d = c - 87
        default: return nil
        }
        v = v << 4 | UInt32(d)
      }
      return v
    }
    while i < s.count {
      let c = s[i]
      i += 1
      guard c == UInt8(ascii: "\\"), i < s.count else {
        out.append(c)
        continue
      }
      let e = s[i]
      i += 1
      switch e {
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "u"):
        guard var scalar = hex4(i) else { continue }
        i += 4
        if (0xD800..<0xDC00).contains(scalar), i + 6 <= s.count, s[i] == 92, s[i + 1] == 117, let low = hex4(i + 2) {
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low &- 0xDC00)
          i += 6
        }
        out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
      default: out.append(e)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension JSONValue {
  /// Compact JSON text of this value (used to hand CSV records to the tape reader).
  public var serialized: [UInt8] {
    var out: [UInt8] = []
    write(into: &out)
    return out
  }

  func write(into out: inout [UInt8]) {
    switch self {
    case .null: out += Array("null".utf8)
    case .bool(let b): out += Array((b ? "true" : "false").utf8)
    case .number(let n): out += Array(n.utf8)
    case .string(let s):
      var w = JSONWriter(capacity: s.utf8.count + 2)
      w.writeString(s)
      out += w.bytes
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (i, v) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        v.write(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let o):
      out.append(UInt8(ascii: "{"))
      for (i, (k, v)) in o.members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSONValue.string(k).write(into: &out)
        out.append(UInt8(ascii: ":"))
        v.write(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }
}
