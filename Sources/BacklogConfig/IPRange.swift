#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An IPv4 or IPv6 address or CIDR range (`10.0.0.0/8`, `::1`), for trusted proxies and the
/// addresses allowed to read metrics. Parsed with the C library's `inet_pton`.
public struct IPRange: Sendable, Equatable, CustomStringConvertible {
  /// 4 or 16 bytes, the network part only.
  public let bytes: [UInt8]
  public let prefix: Int

  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2, let address = IPRange.parse(String(parts[0])) else { return nil }
    let bits = address.count * 8
    var prefix = bits
    if parts.count == 2 {
      guard let p = Int(parts[1]), (0...bits).contains(p) else { return nil }
      prefix = p
    }
    self.prefix = prefix
    self.bytes = IPRange.masked(address, prefix: prefix)
  }

  /// Whether `address` (a textual IPv4 or IPv6 address) lies in this range. IPv4-mapped IPv6
  /// addresses (`::ffff:10.1.2.3`) count as their IPv4 address.
  public func contains(_ address: String) -> Bool {
    guard var a = IPRange.parse(address) else { return false }
    if a.count == 16, bytes.count == 4, a[0..<10].allSatisfy({ $0 == 0 }), a[10] == 0xFF, a[11] == 0xFF {
      a = Array(a[12...])
    }
    return a.count == bytes.count && IPRange.masked(a, prefix: prefix) == bytes
  }

  public var description: String {
    let text: String
    if bytes.count == 4 {
      text = bytes.map(String.init).joined(separator: ".")
    } else {
      text = stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
        .joined(separator: ":")
    }
    return prefix == bytes.count * 8 ? text : "\(text)/\(prefix)"
  }

  static func parse(_ text: String) -> [UInt8]? {
    guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
    var v4 = in_addr()
    if inet_pton(AF_INET, text, &v4) == 1 {
      return withUnsafeBytes(of: &v4) { Array($0) }
    }
    var v6 = in6_addr()
    if inet_pton(AF_INET6, text, &v6) == 1 {
      return withUnsafeBytes(of: &v6) { Array($0) }
    }
    return nil
  }

  static func masked(_ address: [UInt8], prefix: Int) -> [UInt8] {
    address.enumerated().map { i, b in
      let keep = max(0, min(8, prefix - i * 8))
      return keep == 8 ? b : b & UInt8(truncatingIfNeeded: 0xFF << (8 - keep))
    }
  }
}
