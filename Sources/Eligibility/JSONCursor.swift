import CaseModel

/// A forward-only reader over one JSON text for the streaming fast path. It accepts a strict
/// subset of JSON (no escapes in strings, no duplicate keys, RFC 8259 numbers) and throws
/// `GiveUp` on anything else, so the caller can fall back to the full parser and its messages.
struct JSONCursor {
  let b: UnsafeBufferPointer<UInt8>
  var i = 0

  struct GiveUp: Error {}

  init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

  mutating func peek() -> UInt8? {
    while i < b.count {
      let c = b[i]
      if c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 { return c }
      i += 1
    }
    return nil
  }

  mutating func consume(_ c: UInt8) throws {
    guard peek() == c else { throw GiveUp() }
    i += 1
  }

  var atEnd: Bool {
    mutating get { peek() == nil }
  }

  /// `null` is consumed and reported as true.
  mutating func null() -> Bool {
    guard peek() == UInt8(ascii: "n"), i + 4 <= b.count, b[i + 1] == 117, b[i + 2] == 108, b[i + 3] == 108 else { return false }
    i += 4
    return true
  }

  mutating func string() throws -> String {
    try consume(UInt8(ascii: "\""))
    let start = i
    var ascii = true
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "\"") { break }
      if c == UInt8(ascii: "\\") || c < 0x20 { throw GiveUp() }
      if c >= 0x80 { ascii = false }
      i += 1
    }
    guard i < b.count else { throw GiveUp() }
    let slice = UnsafeBufferPointer(rebasing: b[start..<i])
    i += 1
    if ascii { return String(decoding: slice, as: UTF8.self) }
    guard let s = String(validating: slice, as: UTF8.self) else { throw GiveUp() }
    return s
  }

  mutating func bool() throws -> Bool {
    switch peek() {
    case UInt8(ascii: "t")? where i + 4 <= b.count && b[i + 1] == 114 && b[i + 2] == 117 && b[i + 3] == 101:
      i += 4
      return true
    case UInt8(ascii: "f")? where i + 5 <= b.count && b[i + 1] == 97 && b[i + 2] == 108 && b[i + 3] == 115 && b[i + 4] == 101:
      i += 5
      return false
    default: throw GiveUp()
    }
  }

  /// The text of a number in RFC 8259 syntax.
  mutating func numberText() throws -> String {
    guard peek() != nil else { throw GiveUp() }
    let start = i
    func digit(_ at: Int) -> Bool { at < b.count && b[at] >= 48 && b[at] <= 57 }
    if b[i] == UInt8(ascii: "-") { i += 1 }
    guard digit(i) else { throw GiveUp() }
    if b[i] == 48 { i += 1 } else { while digit(i) { i += 1 } }
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      guard digit(i) else { throw GiveUp() }
      while digit(i) { i += 1 }
    }
    if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      i += 1
      if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard digit(i) else { throw GiveUp() }
      while digit(i) { i += 1 }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
  }

  /// Calls `field` for every key of an object; `field` returns the key's slot (0..<64) so that a
  /// duplicate key gives up, or nil for an unknown key (which gives up too).
  mutating func object(_ field: (inout JSONCursor, String) throws -> Int?) throws {
    try consume(UInt8(ascii: "{"))
    if peek() == UInt8(ascii: "}") {
      i += 1
      return
    }
    var seen: UInt64 = 0
    while true {
      let key = try string()
      try consume(UInt8(ascii: ":"))
      guard let slot = try field(&self, key) else { throw GiveUp() }
      let bit: UInt64 = 1 << UInt64(slot)
      if seen & bit != 0 { throw GiveUp() }
      seen |= bit
      guard let c = peek() else { throw GiveUp() }
      i += 1
      if c == UInt8(ascii: "}") { return }
      if c != UInt8(ascii: ",") { throw GiveUp() }
    }
  }

  mutating func array<T>(_ item: (inout JSONCursor) throws -> T) throws -> [T] {
    try consume(UInt8(ascii: "["))
    var out: [T] = []
    if peek() == UInt8(ascii: "]") {
      i += 1
      return out
    }
    while true {
      out.append(try item(&self))
      guard let c = peek() else { throw GiveUp() }
      i += 1
      if c == UInt8(ascii: "]") { return out }
      if c != UInt8(ascii: ",") { throw GiveUp() }
    }
  }

  // MARK: - Typed values (null = nil)

  mutating func optString() throws -> String? { null() ? nil : try string() }
  mutating func optBool() throws -> Bool? { null() ? nil : try bool() }
  mutating func optDay() throws -> Day? {
    guard let s = try optString() else { return nil }
    guard let d = Day(iso: s) else { throw GiveUp() }
    return d
  }
  mutating func optInt() throws -> Int? {
    if null() { return nil }
    guard let v = Int(try numberText()) else { throw GiveUp() }
    return v
  }
  mutating func optDouble() throws -> Double? {
    if null() { return nil }
    guard let v = Double(try numberText()), v.isFinite else { throw GiveUp() }
    return v
  }
  mutating func optEnum<E: FactEnum>(_: E.Type = E.self) throws -> E? {
    guard let s = try optString() else { return nil }
    guard let e = E(rawValue: s) else { throw GiveUp() }
    return e
  }
  mutating func optArray<T>(_ item: (inout JSONCursor) throws -> T) throws -> [T]? { null() ? nil : try array(item) }
  mutating func optObject<T>(_ make: (inout JSONCursor) throws -> T) throws -> T? { null() ? nil : try make(&self) }
}
