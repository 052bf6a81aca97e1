/// The values of a template (a page, a part of one, a row): a struct whose stored properties are
/// the template's keys, rendered through `TemplateTree`.
protocol TemplateValues: Encodable, Sendable {}

/// Values a template reads as if they were its own, not under the property's name: a part several
/// pages show (the referral page reads the `ReferralSummary` of a list row as `{{id}}`, `{{due}}`).
struct Inline<Values: TemplateValues>: TemplateValues, InlineValues {
  let values: Values
  func encodeInline(to encoder: any Encoder) { try? values.encode(to: encoder) }
}

protocol InlineValues {
  func encodeInline(to encoder: any Encoder)
}

/// Turns a view model into the values swift-mustache reads: a struct into a dictionary by its
/// property names (a nil optional left out, so a lookup goes on to the enclosing values, as for
/// a missing key), a list into an array, a number, text or truth value as itself, the texts
/// (`Texts`) as they are. It runs the `Encodable` conformance the compiler writes: nothing is
/// reflected on (swift-mustache's own reading of structs by `Mirror` made the queue page take
/// twice as long to render).
enum TemplateTree {
  static func make<T: Encodable>(_ value: T) -> Any {
    if let texts = value as? Texts { return texts }
    let encoder = TreeEncoder()
    try? value.encode(to: encoder)
    return encoder.node.value
  }
}

private final class Node {
  var keyed: [String: Any]?
  var unkeyed: [Any]?
  var single: Any?

  var value: Any { keyed ?? unkeyed ?? single ?? [String: Any]() }
}

private struct TreeEncoder: Encoder {
  var node = Node()
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if node.keyed == nil { node.keyed = [:] }
    return KeyedEncodingContainer(Keyed<Key>(node: node))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if node.unkeyed == nil { node.unkeyed = [] }
    return Unkeyed(node: node)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node) }
}

private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: Node
  var codingPath: [any CodingKey] { [] }

  func put(_ value: Any, _ key: Key) { node.keyed?[key.stringValue] = value }

  mutating func encodeNil(forKey key: Key) {}
  mutating func encode(_ value: Bool, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: String, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: Double, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: Float, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: Int, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: Int8, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: Int16, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: Int32, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: Int64, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: UInt, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: UInt8, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: UInt16, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: UInt32, forKey key: Key) { put(value, key) }
  mutating func encode(_ value: UInt64, forKey key: Key) { put(value, key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
    guard let inline = value as? any InlineValues else { return put(TemplateTree.make(value), key) }
    inline.encodeInline(to: TreeEncoder(node: node))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = TreeEncoder()
    defer { put(child.node.value, key) }
    return child.container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = TreeEncoder()
    defer { put(child.node.value, key) }
    return child.unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder() }
  mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder() }
}

private struct Unkeyed: UnkeyedEncodingContainer {
  let node: Node
  var codingPath: [any CodingKey] { [] }
  var count: Int { node.unkeyed?.count ?? 0 }

  func add(_ value: Any) { node.unkeyed?.append(value) }

  mutating func encodeNil() {}
  mutating func encode(_ value: Bool) { add(value) }
  mutating func encode(_ value: String) { add(value) }
  mutating func encode(_ value: Double) { add(value) }
  mutating func encode(_ value: Float) { add(value) }
  mutating func encode(_ value: Int) { add(value) }
  mutating func encode(_ value: Int8) { add(value) }
  mutating func encode(_ value: Int16) { add(value) }
  mutating func encode(_ value: Int32) { add(value) }
  mutating func encode(_ value: Int64) { add(value) }
  mutating func encode(_ value: UInt) { add(value) }
  mutating func encode(_ value: UInt8) { add(value) }
  mutating func encode(_ value: UInt16) { add(value) }
  mutating func encode(_ value: UInt32) { add(value) }
  mutating func encode(_ value: UInt64) { add(value) }
  mutating func encode<T: Encodable>(_ value: T) { add(TemplateTree.make(value)) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    let child = TreeEncoder()
    defer { add(child.node.value) }
    return child.container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = TreeEncoder()
    defer { add(child.node.value) }
    return child.unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder() }
}

private struct Single: SingleValueEncodingContainer {
  let node: Node
  var codingPath: [any CodingKey] { [] }

  func set(_ value: Any) { node.single = value }

  mutating func encodeNil() {}
  mutating func encode(_ value: Bool) { set(value) }
  mutating func encode(_ value: String) { set(value) }
  mutating func encode(_ value: Double) { set(value) }
  mutating func encode(_ value: Float) { set(value) }
  mutating func encode(_ value: Int) { set(value) }
  mutating func encode(_ value: Int8) { set(value) }
  mutating func encode(_ value: Int16) { set(value) }
  mutating func encode(_ value: Int32) { set(value) }
  mutating func encode(_ value: Int64) { set(value) }
  mutating func encode(_ value: UInt) { set(value) }
  mutating func encode(_ value: UInt8) { set(value) }
  mutating func encode(_ value: UInt16) { set(value) }
  mutating func encode(_ value: UInt32) { set(value) }
  mutating func encode(_ value: UInt64) { set(value) }
  mutating func encode<T: Encodable>(_ value: T) { set(TemplateTree.make(value)) }
}
