import CaseModel

/// A type written by hand as a JSON object (see `JSONWriter`).
public protocol JSONWritable {
  func writeFields(to w: inout JSONWriter)
}

/// Writes compact JSON in the order fields are given, omitting nil facts. Deterministic: equal
/// values give equal bytes, which the database uses to tell changed files from unchanged ones.
public struct JSONWriter {
  public internal(set) var bytes: [UInt8] = []
  var first = true

  public init(capacity: Int = 2048) { bytes.reserveCapacity(capacity) }

  public static func encode(_ value: some JSONWritable) -> String {
    var w = JSONWriter()
    w.writeObject(value)
    return String(decoding: w.bytes, as: UTF8.self)
  }

  mutating func writeObject(_ value: some JSONWritable) {
    bytes.append(UInt8(ascii: "{"))
    let outer = first
    first = true
    value.writeFields(to: &self)
    first = outer
    bytes.append(UInt8(ascii: "}"))
  }

  mutating func key(_ k: StaticString) {
    if !first { bytes.append(UInt8(ascii: ",")) }
    first = false
    bytes.append(UInt8(ascii: "\""))
    k.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  mutating func writeString(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    var s = s
    let clean = s.withUTF8 { buf -> Bool in
      guard let p = buf.baseAddress, ByteBuffer.cleanPrefix(p, buf.count) == buf.count else { return buf.isEmpty }
      bytes.append(contentsOf: buf)
      return true
    }
    if !clean {
      for c in s.utf8 {
        switch c {
        case UInt8(ascii: "\""): bytes += [92, 34]
        case UInt8(ascii: "\\"): bytes += [92, 92]
        case 0x0A: bytes += [92, 110]
        case 0x0D: bytes += [92, 114]
        case 0x09: bytes += [92, 116]
        case 0..<0x20:
          let hex = Array("0123456789abcdef".utf8)
          bytes += [92, 117, 48, 48, hex[Int(c >> 4)], hex[Int(c & 15)]]
        default: bytes.append(c)
        }
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  mutating func writeNumber(_ d: Double) {
    if d == d.rounded(), abs(d) < 1e15 {
      bytes.append(contentsOf: String(Int64(d)).utf8)
    } else {
      bytes.append(contentsOf: d.description.utf8)
    }
  }

  // MARK: - Fields (nil is omitted: an unknown fact stays unknown)

  public mutating func field(_ k: StaticString, _ v: String?) {
    guard let v else { return }
    key(k)
    writeString(v)
  }

  public mutating func field(_ k: StaticString, _ v: Bool?) {
    guard let v else { return }
    key(k)
    bytes.append(contentsOf: (v ? "true" : "false").utf8)
  }

  public mutating func field(_ k: StaticString, _ v: Int?) {
    guard let v else { return }
    key(k)
    bytes.append(contentsOf: String(v).utf8)
  }

  public mutating func field(_ k: StaticString, _ v: Double?) {
    guard let v else { return }
    key(k)
    writeNumber(v)
  }

  public mutating func field(_ k: StaticString, _ v: Day?) {
    guard let v else { return }
    key(k)
    let (y, m, d) = v.components
    func digits(_ n: Int, _ width: Int) {
      var divisor = width == 4 ? 1000 : 10
      while divisor > 0 {
        bytes.append(UInt8(48 + (n / divisor) % 10))
        divisor /= 10
      }
    }
    bytes.append(UInt8(ascii: "\""))
    digits(y, 4)
    bytes.append(UInt8(ascii: "-"))
    digits(m, 2)
    bytes.append(UInt8(ascii: "-"))
    digits(d, 2)
    bytes.append(UInt8(ascii: "\""))
  }

  public mutating func field<E: FactEnum>(_ k: StaticString, _ v: E?) {
    guard let v else { return }
    key(k)
    writeString(v.rawValue)
  }

  public mutating func field(_ k: StaticString, _ v: [String]?) {
    guard let v else { return }
    key(k)
    bytes.append(UInt8(ascii: "["))
    for (i, s) in v.enumerated() {
      if i > 0 { bytes.append(UInt8(ascii: ",")) }
      writeString(s)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  public mutating func field<T: JSONWritable>(_ k: StaticString, _ v: T?) {
    guard let v else { return }
    key(k)
    writeObject(v)
  }

  public mutating func field<T: JSONWritable>(_ k: StaticString, _ v: [T]?) {
    guard let v else { return }
    key(k)
    bytes.append(UInt8(ascii: "["))
    for (i, item) in v.enumerated() {
      if i > 0 { bytes.append(UInt8(ascii: ",")) }
      writeObject(item)
    }
    bytes.append(UInt8(ascii: "]"))
  }
}
