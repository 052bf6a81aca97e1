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
  /// The tape's tokens; the tape outlives every reader over it (see `read`).
  let tokens: UnsafeBufferPointer<JSONTape.Token>
  let object: Int
  /// The path of this object, built only for messages: the parent's path, the member's name and,
  /// for an item of a list, its index (`stays[2]`).
  let parentPath: String
  let key: StaticString?
  let index: Int
  let textScalars: Bool
  let end: Int
  var used: UInt64 = 0
  /// Members read past the 64th (a bit each in `used` for the first 64); empty sets allocate nothing.
  var usedBeyond64: Set<Int> = []
  /// One bit per hash of each member name (`nameHash`): a name whose bit is not set is absent,
  /// which answers the many optional fields a file leaves out without scanning its members.
  let names: UInt64
  /// Token of the key expected next: readers ask in the order the writer writes, so for
  /// canonical input the first comparison hits.
  var cursor: Int
  var cursorMember = 0

  init(
    bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<JSONTape.Token>, object: Int, parentPath: String = "",
    key: StaticString? = nil, index: Int = -1, textScalars: Bool
  ) {
    self.bytes = bytes
    self.tokens = tokens
    self.object = object
    self.parentPath = parentPath
    self.key = key
    self.index = index
    self.textScalars = textScalars
    self.cursor = object + 1
    end = Int(tokens[object].next)
    var names: UInt64 = 0
    var k = object + 1
    while k < end {
      let t = tokens[k]
      names |= t.kind == .escapedString ? ~0 : 1 << Self.nameHash(bytes.baseAddress! + Int(t.start), Int(t.end - t.start))
      k = Int(tokens[k + 1].next)
    }
    self.names = names
  }

  /// The path of this object (`person`, `stays[2]`, `identity.efforts[0]`).
  var path: String {
    var p = parentPath
    if let key { p += p.isEmpty ? "\(key)" : ".\(key)" }
    if index >= 0 { p += "[\(index)]" }
    return p
  }

  static func nameHash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    guard n > 0 else { return 0 }
    return UInt64(truncatingIfNeeded: n &* 7 &+ Int(p[0]) &* 3 &+ Int(p[n - 1])) & 63
  }

  func fieldPath(_ key: StaticString) -> String {
    let path = path
    return path.isEmpty ? "\(key)" : path + ".\(key)"
  }
  func fail(_ key: StaticString, _ reason: Reason) -> FieldError { FieldError(path: fieldPath(key), reason: reason) }

  @inline(__always) func keyEquals(_ t: JSONTape.Token, _ key: StaticString) -> Bool {
    let n = Int(t.end - t.start)
    if t.kind == .escapedString { return text(t) == "\(key)" }
    guard n == key.utf8CodeUnitCount else { return false }
    let (a, b) = (UnsafeRawPointer(bytes.baseAddress! + Int(t.start)), UnsafeRawPointer(key.utf8Start))
    var i = 0
    while i + 8 <= n {
      if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
      i += 8
    }
    while i < n {
      if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
      i += 1
    }
    return true
  }

  /// The token index of the member's value, nil if absent or null; marks it as read.
  mutating func member(_ key: StaticString) -> Int? {
    var k = cursor
    var m = cursorMember
    if !(k < end && keyEquals(tokens[k], key)) {
      guard names & (1 << Self.nameHash(key.utf8Start, key.utf8CodeUnitCount)) != 0 else { return nil }
      k = object + 1
      m = 0
      while k < end, !keyEquals(tokens[k], key) {
        k = Int(tokens[k + 1].next)
        m += 1
      }
      guard k < end else { return nil }
    }
    if m < 64 { used |= 1 << UInt64(m) } else { usedBeyond64.insert(m) }
    cursor = Int(tokens[k + 1].next)
    cursorMember = m + 1
    return tokens[k + 1].kind == .null ? nil : k + 1
  }

  func wasRead(_ member: Int) -> Bool {
    member < 64 ? used & (1 << UInt64(member)) != 0 : usedBeyond64.contains(member)
  }

  /// Throws for every member that no reader asked for.
  public func finish() throws {
    var unknown: [String] = []
    var k = object + 1
    var m = 0
    while k < end {
      if !wasRead(m) { unknown.append(text(tokens[k])) }
      k = Int(tokens[k + 1].next)
      m += 1
    }
    guard !unknown.isEmpty else { return }
    // A member that was not read although its name was: the field is given twice.
    var known = Set<String>()
    k = object + 1
    m = 0
    while k < end {
      if wasRead(m) { known.insert(text(tokens[k])) }
      k = Int(tokens[k + 1].next)
      m += 1
    }
    if let twice = unknown.first(where: known.contains) {
      let path = path
      throw FieldError(path: path.isEmpty ? twice : path + "." + twice, reason: .appearsTwice)
    }
    guard let first = unknown.sorted().first else { return }
    let path = path
    throw FieldError(path: path.isEmpty ? first : path + "." + first, reason: .unknownField(others: Array(unknown.sorted().dropFirst())))
  }

  // MARK: - Token contents

  func text(_ t: JSONTape.Token) -> String {
    let slice = UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])
    return t.kind == .escapedString ? JSONTape.unescape(slice) : String(decoding: slice, as: UTF8.self)
  }

  func describe(_ i: Int) -> Reason.Found {
    let t = tokens[i]
    switch t.kind {
    case .string, .escapedString: return .text(text(t))
    case .number: return .number(text(t))
    case .object: return .object
    case .array: return .list
    case .true, .false: return .bool
    case .null: return .null
    }
  }

  func isText(_ i: Int) -> Bool { tokens[i].kind == .string || tokens[i].kind == .escapedString }
}
