import CaseModel

/// Reads the members of one JSON object (on a `JSONTape`) into typed facts, remembering which
/// members were read so that `finish()` can reject unknown fields. Hand-written per type (see
/// `CaseFile+JSON.swift`): it is the hot path of import and batch screening, and reading straight
/// from the bytes is several times faster than `Codable` or a `JSONValue` tree.
///
/// In `textScalars` mode (CSV) numbers, booleans and `|`-joined lists may arrive as text, with
/// German forms accepted (`1850,50`, `WAHR`/`FALSCH`, `ja`/`nein`).
public struct JSONReader {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [JSONTape.Token]
  let object: Int
  let path: String
  let textScalars: Bool
  var used: UInt64 = 0
  /// Token of the key expected next: readers ask in the order the writer writes, so for
  /// canonical input the first comparison hits.
  var cursor: Int
  var cursorMember = 0

  init(bytes: UnsafeBufferPointer<UInt8>, tokens: [JSONTape.Token], object: Int, path: String, textScalars: Bool) {
    self.bytes = bytes
    self.tokens = tokens
    self.object = object
    self.path = path
    self.textScalars = textScalars
    self.cursor = object + 1
  }

  var end: Int { Int(tokens[object].next) }

  func fieldPath(_ key: StaticString) -> String { path.isEmpty ? "\(key)" : path + ".\(key)" }
  func fail(_ key: StaticString, _ reason: String) -> FieldError { FieldError(path: fieldPath(key), reason: reason) }

  func keyEquals(_ t: JSONTape.Token, _ key: StaticString) -> Bool {
    let n = Int(t.end - t.start)
    if t.kind == .escapedString { return text(t) == "\(key)" }
    guard n == key.utf8CodeUnitCount else { return false }
    let s = Int(t.start)
    for i in 0..<n where bytes[s + i] != key.utf8Start[i] { return false }
    return true
  }

  /// The token index of the member's value, nil if absent or null; marks it as read.
  mutating func member(_ key: StaticString) -> Int? {
    var k = cursor
    var m = cursorMember
    if !(k < end && keyEquals(tokens[k], key)) {
      k = object + 1
      m = 0
      while k < end, !keyEquals(tokens[k], key) {
        k = Int(tokens[k + 1].next)
        m += 1
      }
      guard k < end else { return nil }
    }
    if m < 64 { used |= 1 << UInt64(m) }
    cursor = Int(tokens[k + 1].next)
    cursorMember = m + 1
    return tokens[k + 1].kind == .null ? nil : k + 1
  }

  /// Throws for every member that no reader asked for.
  public func finish() throws {
    var unknown: [String] = []
    var k = object + 1
    var m = 0
    while k < end {
      if m >= 64 || used & (1 << UInt64(m)) == 0 { unknown.append(text(tokens[k])) }
      k = Int(tokens[k + 1].next)
      m += 1
    }
    guard !unknown.isEmpty else { return }
    // A member that was not read although its name was: the field is given twice.
    var known = Set<String>()
    k = object + 1
    m = 0
    while k < end {
      if m < 64, used & (1 << UInt64(m)) != 0 { known.insert(text(tokens[k])) }
      k = Int(tokens[k + 1].next)
      m += 1
    }
    if let twice = unknown.first(where: known.contains) {
      throw FieldError(path: path.isEmpty ? twice : path + "." + twice, reason: "appears twice")
    }
    guard let first = unknown.sorted().first else { return }
    let more = unknown.count > 1 ? " (and \(unknown.sorted().dropFirst().joined(separator: ", ")))" : ""
    throw FieldError(path: path.isEmpty ? first : path + "." + first, reason: "unknown field\(more)")
  }

  // MARK: - Token contents

  func text(_ t: JSONTape.Token) -> String {
    let slice = UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])
    return t.kind == .escapedString ? JSONTape.unescape(slice) : String(decoding: slice, as: UTF8.self)
  }

  func describe(_ i: Int) -> String {
    let t = tokens[i]
    switch t.kind {
    case .string, .escapedString: return "\"\(text(t))\""
    case .number: return text(t)
    case .object: return "an object"
    case .array: return "a list"
    case .true, .false: return "true/false"
    case .null: return "null"
    }
  }

  func isText(_ i: Int) -> Bool { tokens[i].kind == .string || tokens[i].kind == .escapedString }
}
