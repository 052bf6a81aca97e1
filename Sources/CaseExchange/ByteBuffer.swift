import CaseModel

/// A growable byte buffer for bulk output (a million screenings as JSON): an append is a capacity
/// check and a copy, without `Array`'s per-call overhead, and `appendEscaped` looks at eight bytes
/// at a time. Reused between blocks (`removeAll` keeps the memory).
///
///     let out = ByteBuffer()
///     out.append("{\"file_no\":")
///     out.appendQuoted(fileNo)
///     write(fd, out.bytes.baseAddress, out.count)
public final class ByteBuffer: @unchecked Sendable {
  // The state sits behind a pointer the object never replaces, so appends (inlined into other
  // modules) are plain loads and stores: no exclusivity checks on class properties.
  @usableFromInline struct State {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var count: Int
    @usableFromInline var capacity: Int
  }
  @usableFromInline let state: UnsafeMutablePointer<State>

  public init(capacity: Int = 1 << 16) {
    let capacity = max(capacity, 16)
    state = .allocate(capacity: 1)
    state.initialize(to: State(base: .allocate(capacity: capacity), count: 0, capacity: capacity))
  }

  deinit {
    state.pointee.base.deallocate()
    state.deallocate()
  }

  @inlinable public var count: Int { state.pointee.count }
  /// The first byte; valid until the next append that needs more room than `reserve` made.
  @inlinable public var base: UnsafeMutablePointer<UInt8> { state.pointee.base }
  public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: state.pointee.base, count: count) }
  public var string: String { String(decoding: bytes, as: UTF8.self) }
  public func removeAll() { state.pointee.count = 0 }

  /// Room for `n` more bytes; returns where they go.
  @discardableResult @inlinable public func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
    if state.pointee.count + n > state.pointee.capacity { grow(n) }
    return state.pointee.base + state.pointee.count
  }

  @usableFromInline func grow(_ n: Int) {
    let capacity = max(2 * state.pointee.capacity, state.pointee.count + n)
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    bigger.update(from: state.pointee.base, count: state.pointee.count)
    state.pointee.base.deallocate()
    state.pointee.base = bigger
    state.pointee.capacity = capacity
  }

  @inlinable public func append(_ b: UInt8) {
    reserve(1).pointee = b
    state.pointee.count += 1
  }

  @inlinable public func append(_ p: UnsafePointer<UInt8>, count n: Int) {
    reserve(n).update(from: p, count: n)
    state.pointee.count += n
  }

  @inlinable public func append(_ s: StaticString) {
    append(s.utf8Start, count: s.utf8CodeUnitCount)
  }

  public func append(contentsOf s: String) {
    var s = s
    s.withUTF8 { if let p = $0.baseAddress { append(p, count: $0.count) } }
  }

  /// A whole number in decimal.
  public func append(decimal n: Int) {
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { d in
      var v = n.magnitude
      var i = d.count
      repeat {
        i -= 1
        d[i] = UInt8(48 + v % 10)
        v /= 10
      } while v > 0
      if n < 0 {
        i -= 1
        d[i] = UInt8(ascii: "-")
      }
      append(d.baseAddress!.assumingMemoryBound(to: UInt8.self) + i, count: d.count - i)
    }
  }

  /// `YYYY-MM-DD` (`german`: `DD.MM.YYYY`), without quotes.
  public func append(_ d: Day, german: Bool = false) {
    d.write(to: reserve(10), german: german)
    state.pointee.count += 10
  }

  /// A date as JSON: `"YYYY-MM-DD"`, or `null`.
  public func appendJSON(_ d: Day?) {
    guard let d else { return append("null") }
    append(UInt8(ascii: "\""))
    append(d)
    append(UInt8(ascii: "\""))
  }

  /// A JSON string with its quotes.
  @inlinable public func appendQuoted(_ s: String) {
    append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { if let p = $0.baseAddress { appendEscaped(p, count: $0.count) } }
    append(UInt8(ascii: "\""))
  }

  /// The body of a JSON string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or
  /// `\u00XX` (as `JSONWriter` and `ScreeningJSON` always wrote them).
  @inlinable public func appendEscaped(_ p: UnsafePointer<UInt8>, count n: Int) {
    let clean = Self.cleanPrefix(p, n)
    append(p, count: clean)
    if clean < n { appendEscapedSlowly(p, from: clean, to: n) }
  }

  @usableFromInline func appendEscapedSlowly(_ p: UnsafePointer<UInt8>, from clean: Int, to n: Int) {
    let hex: StaticString = "0123456789abcdef"
    for i in clean..<n {
      let b = p[i]
      switch b {
      case UInt8(ascii: "\""): append("\\\"")
      case UInt8(ascii: "\\"): append("\\\\")
      case 0x0A: append("\\n")
      case 0x0D: append("\\r")
      case 0x09: append("\\t")
      case 0..<0x20:
        append("\\u00")
        append(hex.utf8Start[Int(b >> 4)])
        append(hex.utf8Start[Int(b & 15)])
      default: append(b)
      }
    }
  }

  /// How many leading bytes need no escape: eight at a time (in a word, the lowest byte below
  /// 0x20, quote or backslash is found from the lowest set bit of a mask), then byte by byte.
  @inlinable public static func cleanPrefix(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var i = 0
    let raw = UnsafeRawPointer(p)
    while i + 8 <= n {
      let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      let q = x ^ (ones &* 0x22)
      let s = x ^ (ones &* 0x5C)
      let special = (((x &- ones &* 0x20) & ~x) | ((q &- ones) & ~q) | ((s &- ones) & ~s)) & highs
      if special != 0 { return i + special.trailingZeroBitCount >> 3 }
      i += 8
    }
    while i < n {
      let b = p[i]
      if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
      i += 1
    }
    return i
  }
}
