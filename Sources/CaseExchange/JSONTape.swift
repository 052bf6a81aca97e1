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
      do { try p.parse() } catch { failure = error }
      written = p.count
    }
    if let failure { throw failure }
    return tape
  }
}

/// The parser behind `JSONTape.parse`: one loop with an explicit stack of open containers (at
/// most 64 deep), the position and token count in local variables. Its errors (message and
/// position) are those of the recursive parser it replaced.
struct TapeParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let out: UnsafeMutablePointer<JSONTape.Token>
  var count = 0

  init(bytes: UnsafeBufferPointer<UInt8>, out: UnsafeMutablePointer<JSONTape.Token>) {
    self.bytes = bytes
    self.out = out
  }

  func error(_ message: String, at pos: Int) -> JSONSyntaxError {
    var line = 1
    var lineStart = 0
    for i in 0..<min(pos, bytes.count) where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return JSONSyntaxError(line: line, column: pos - lineStart + 1, message: message)
  }

  mutating func parse() throws {
    let maxDepth = 64
    try withUnsafeTemporaryAllocation(of: Int.self, capacity: maxDepth) { open in
      guard let base = bytes.baseAddress else { throw error("unexpected end of input", at: 0) }
      let end = bytes.count
      var pos = 0
      var n = 0
      var depth = 0
      var needKey = false  // an object's member name comes before the next value
      defer { count = n }
      value: while true {
        if needKey {
          needKey = false
          while pos < end, Self.isSpace(base[pos]) { pos += 1 }
          guard pos < end, base[pos] == UInt8(ascii: "\"") else { throw error("expected a field name in quotes", at: pos) }
          try string(base, end, &pos, &n)
          while pos < end, Self.isSpace(base[pos]) { pos += 1 }
          guard pos < end, base[pos] == UInt8(ascii: ":") else { throw error("expected ':'", at: pos) }
          pos += 1
        }
        // A value at `pos` (inside `depth` containers).
        guard depth < maxDepth else { throw error("nesting too deep", at: pos) }
        while pos < end, Self.isSpace(base[pos]) { pos += 1 }
        guard pos < end else { throw error("unexpected end of input", at: pos) }
        let start = pos
        switch base[pos] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          let object = base[pos] == UInt8(ascii: "{")
          open[depth] = n
          depth += 1
          emit(object ? .object : .array, start, start, &n)
          pos += 1
          while pos < end, Self.isSpace(base[pos]) { pos += 1 }
          if pos < end, base[pos] == (object ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
            pos += 1
            depth -= 1
            close(open[depth], pos, n)
          } else {
            needKey = object
            continue value
          }
        case UInt8(ascii: "\""): try string(base, end, &pos, &n)
        case UInt8(ascii: "t"): try literal("true", .true, &pos, &n)
        case UInt8(ascii: "f"): try literal("false", .false, &pos, &n)
        case UInt8(ascii: "n"): try literal("null", .null, &pos, &n)
        default:
          var digits = 0
          while pos < end {
            let c = base[pos]
            if c >= 48 && c <= 57 {
              digits += 1
            } else if !(c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e")
              || c == UInt8(ascii: "E"))
            {
              break
            }
            pos += 1
          }
          guard digits > 0 else { throw error("unexpected character", at: pos) }
          emit(.number, start, pos, &n)
        }
        // After a value: the next member or item, or the end of containers.
        while depth > 0 {
          let object = out[open[depth - 1]].kind == .object
          while pos < end, Self.isSpace(base[pos]) { pos += 1 }
          guard pos < end else { throw error(object ? "unterminated object" : "unterminated list", at: pos) }
          let c = base[pos]
          pos += 1
          if c == (object ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
            depth -= 1
            close(open[depth], pos, n)
            continue
          }
          guard c == UInt8(ascii: ",") else {
            throw error(object ? "expected ',' or '}' in an object" : "expected ',' or ']' in a list", at: pos)
          }
          needKey = object
          continue value
        }
        while pos < end, Self.isSpace(base[pos]) { pos += 1 }
        guard pos == end else { throw error("unexpected text after the JSON value", at: pos) }
        return
      }
    }
  }

  @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

  @inline(__always) func emit(_ kind: JSONTape.Kind, _ start: Int, _ stop: Int, _ n: inout Int) {
    out[n] = JSONTape.Token(
      kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: stop),
      next: Int32(truncatingIfNeeded: n + 1))
    n += 1
  }

  /// Ends the container whose token is `token`: its bytes end at `pos`, the next value is token `n`.
  @inline(__always) func close(_ token: Int, _ pos: Int, _ n: Int) {
    out[token].end = Int32(truncatingIfNeeded: pos)
    out[token].next = Int32(truncatingIfNeeded: n)
  }

  /// A string whose opening quote is at `pos`.
  @inline(__always) func string(_ base: UnsafePointer<UInt8>, _ end: Int, _ pos: inout Int, _ n: inout Int) throws {
    let start = pos + 1
    var p = start
    var escaped = false
    while p < end {
      p += ByteBuffer.cleanPrefix(base + p, end - p)  // plain text eight bytes at a time
      guard p < end else { break }
      let c = base[p]
      if c == UInt8(ascii: "\"") {
        emit(escaped ? .escapedString : .string, start, p, &n)
        pos = p + 1
        return
      }
      if c == UInt8(ascii: "\\") {
        escaped = true
        p += try escapeLength(base, end, p)
      } else {
        throw error("control character in text", at: p)
      }
    }
    throw error("unterminated text", at: p)
  }

  /// The length of the escape at `p` (a backslash), checked: one of `\" \\ \/ \b \f \n \r \t`,
  /// or `\uXXXX` where a surrogate must come as a high-low pair (a lone `\ud800` is an error, not a
  /// silent U+FFFD).
  func escapeLength(_ base: UnsafePointer<UInt8>, _ end: Int, _ p: Int) throws -> Int {
    guard p + 1 < end else { throw error("unterminated text", at: p) }
    switch base[p + 1] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
      UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      return 2
    case UInt8(ascii: "u"):
      guard let unit = hex4(base, end, p + 2) else { throw error("invalid \\u escape", at: p) }
      if (0xDC00...0xDFFF).contains(unit) { throw error("lone low surrogate \\u\(String(unit, radix: 16))", at: p) }
      guard (0xD800...0xDBFF).contains(unit) else { return 6 }
      guard p + 7 < end, base[p + 6] == UInt8(ascii: "\\"), base[p + 7] == UInt8(ascii: "u"),
        let low = hex4(base, end, p + 8), (0xDC00...0xDFFF).contains(low)
      else { throw error("lone high surrogate \\u\(String(unit, radix: 16)) (not followed by a low one)", at: p) }
      return 12
    default:
      throw error("invalid escape \\\(Character(Unicode.Scalar(base[p + 1])))", at: p)
    }
  }

  func hex4(_ base: UnsafePointer<UInt8>, _ end: Int, _ at: Int) -> UInt32? {
    guard at + 4 <= end else { return nil }
    var v: UInt32 = 0
    for k in at..<at + 4 {
      let c = base[k]
      switch c {
      case 48...57: v = v << 4 | UInt32(c - 48)
      case 65...70: v = v << 4 | UInt32(c - 55)
      case 97...102: v = v << 4 | UInt32(c - 87)
      default: return nil
      }
    }
    return v
  }

  func literal(_ word: StaticString, _ kind: JSONTape.Kind, _ pos: inout Int, _ n: inout Int) throws {
    let w = word.utf8CodeUnitCount
    guard pos + w <= bytes.count else { throw error("invalid literal", at: pos) }
    for i in 0..<w where bytes[pos + i] != word.utf8Start[i] { throw error("invalid literal", at: pos) }
    emit(kind, pos, pos + w, &n)
    pos += w
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
