import CaseModel

/// Decodes `Decodable` values from a `JSONValue` tree and rejects every field the type does not
/// know, so a typo never drops a fact silently. Errors are `FieldError`s with the dotted path.
///
/// In `textScalars` mode (used for CSV) numbers, booleans and `|`-joined lists may arrive as text.
public struct StrictDecoder {
  public var textScalars = false

  public init(textScalars: Bool = false) { self.textScalars = textScalars }

  public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
    let d = ValueDecoder(value: value, path: [], textScalars: textScalars)
    let result = try T(from: d)
    try d.checkAllKeysUsed()
    return result
  }
}

struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
}

/// Remembers which fields of an object a type asked for.
final class KeyTracker {
  var used = Set<String>()
}

final class ValueDecoder: Decoder {
  let value: JSONValue
  let codingPath: [any CodingKey]
  let textScalars: Bool
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  var tracker: KeyTracker?

  init(value: JSONValue, path: [any CodingKey], textScalars: Bool) {
    self.value = value
    self.codingPath = path
    self.textScalars = textScalars
  }

  func fail(_ reason: String) -> FieldError { FieldError.invalid(path: codingPath, reason: reason) }

  func checkAllKeysUsed() throws {
    guard let tracker, case .object(let members) = value else { return }
    let unknown = members.keys.filter { !tracker.used.contains($0) }.sorted()
    if let first = unknown.first {
      let path = FieldError.dottedPath(codingPath + [AnyKey(stringValue: first)])
      let more = unknown.count > 1 ? " (and \(unknown.dropFirst().joined(separator: ", ")))" : ""
      throw FieldError(path: path, reason: "unknown field\(more)")
    }
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = value else { throw fail("expected an object, got \(value.typeName)") }
    let t = tracker ?? KeyTracker()
    tracker = t
    return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self, members: members, tracker: t))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    switch value {
    case .array(let items): return UnkeyedContainer(decoder: self, items: items)
    case .string(let text) where textScalars:
      let items = text.split(separator: "|", omittingEmptySubsequences: true).map {
        JSONValue.string(String($0).trimmingSpaces())
      }
      return UnkeyedContainer(decoder: self, items: items)
    default: throw fail("expected a list, got \(value.typeName)")
    }
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValue(decoder: self) }

  func child(_ value: JSONValue, key: any CodingKey) -> ValueDecoder {
    ValueDecoder(value: value, path: codingPath + [key], textScalars: textScalars)
  }

  func decodeChild<T: Decodable>(_ type: T.Type, _ value: JSONValue, key: any CodingKey) throws -> T {
    let d = child(value, key: key)
    let result = try T(from: d)
    try d.checkAllKeysUsed()
    return result
  }
}

extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}

struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: ValueDecoder
  let members: [String: JSONValue]
  let tracker: KeyTracker

  var codingPath: [any CodingKey] { decoder.codingPath }
  var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool {
    tracker.used.insert(key.stringValue)
    return members[key.stringValue] != nil
  }

  func value(_ key: Key) throws -> JSONValue {
    tracker.used.insert(key.stringValue)
    guard let v = members[key.stringValue], v != .null else {
      throw FieldError.invalid(path: codingPath + [key], reason: "required field is missing")
    }
    return v
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    tracker.used.insert(key.stringValue)
    return (members[key.stringValue] ?? .null) == .null
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decoder.decodeChild(type, try value(key), key: key)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    tracker.used.insert(key.stringValue)
    guard let v = members[key.stringValue], v != .null else { return nil }
    return try decoder.decodeChild(type, v, key: key)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try decoder.child(try value(key), key: key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try decoder.child(try value(key), key: key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { decoder }
  func superDecoder(forKey key: Key) throws -> any Decoder { decoder.child(try value(key), key: key) }
}

struct UnkeyedContainer: UnkeyedDecodingContainer {
  let decoder: ValueDecoder
  let items: [JSONValue]
  var currentIndex = 0

  init(decoder: ValueDecoder, items: [JSONValue]) {
    self.decoder = decoder
    self.items = items
  }

  var codingPath: [any CodingKey] { decoder.codingPath }
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  mutating func next() throws -> (JSONValue, AnyKey) {
    guard !isAtEnd else { throw decoder.fail("list ended early") }
    defer { currentIndex += 1 }
    return (items[currentIndex], AnyKey(intValue: currentIndex))
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, items[currentIndex] == .null else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let (v, key) = try next()
    return try decoder.decodeChild(type, v, key: key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    let (v, key) = try next()
    return try decoder.child(v, key: key).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let (v, key) = try next()
    return try decoder.child(v, key: key).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder {
    let (v, key) = try next()
    return decoder.child(v, key: key)
  }
}
