extension JSONValue {
  /// The value as compact JSON text (members in their order; numbers as read).
  public var jsonText: String {
    var w = JSONWriter(capacity: 256)
    w.writeValue(self)
    return String(decoding: w.bytes, as: UTF8.self)
  }
}

extension JSONWriter {
  mutating func writeValue(_ value: JSONValue) {
    switch value {
    case .null: bytes += Array("null".utf8)
    case .bool(let b): bytes += Array((b ? "true" : "false").utf8)
    case .number(let text): bytes += Array(text.utf8)
    case .string(let s): writeString(s)
    case .array(let items):
      bytes.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { bytes.append(UInt8(ascii: ",")) }
        writeValue(item)
      }
      bytes.append(UInt8(ascii: "]"))
    case .object(let object):
      bytes.append(UInt8(ascii: "{"))
      for (i, (key, item)) in object.members.enumerated() {
        if i > 0 { bytes.append(UInt8(ascii: ",")) }
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        writeValue(item)
      }
      bytes.append(UInt8(ascii: "}"))
    }
  }
}
