import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who may read `/metrics`: by default only the machine itself (loopback), otherwise the
/// configured addresses or networks (`10.0.0.0/8`, `2001:db8::/32`), or anyone presenting the
/// configured token (`Authorization: Bearer ...`).
///
/// Behind a proxy every connection comes from the proxy, so a request carrying
/// `X-Forwarded-For` from a trusted proxy counts as coming from the address the proxy names
/// (the last one it added). A request that came through nginx from far away is thus not
/// "loopback", although its connection is.
public struct MetricsAccess: Sendable {
  public var allowed: [AddressRange]
  public var token: String?
  public var trustedProxies: [AddressRange]

  public init(
    allowed: [AddressRange] = AddressRange.loopback, token: String? = nil,
    trustedProxies: [AddressRange] = AddressRange.loopback
  ) {
    self.allowed = allowed
    self.token = token.flatMap { $0.isEmpty ? nil : $0 }
    self.trustedProxies = trustedProxies
  }

  /// From the configuration's texts; an empty `allowed` list means loopback only.
  public init(allowed: [String], token: String?, trustedProxies: [String]) throws {
    self.init(
      allowed: allowed.isEmpty ? AddressRange.loopback : try allowed.map { try AddressRange(parsing: $0) }, token: token,
      trustedProxies: try trustedProxies.map { try AddressRange(parsing: $0) })
  }

  /// The client's address: the peer, or what a trusted proxy says the peer was.
  public func client(peer: String?, forwardedFor: String?) -> String? {
    guard let peer else { return nil }
    guard let forwardedFor, trustedProxies.contains(where: { $0.contains(peer) }) else { return peer }
    let hops = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    // Walk back from the hop the trusted proxy added; the first untrusted one is the client.
    for hop in hops.reversed() where !trustedProxies.contains(where: { $0.contains(hop) }) { return hop }
    return hops.first ?? peer
  }

  public func permits(peer: String?, forwardedFor: String?, bearer: String?) -> Bool {
    if let token, let bearer, Self.constantTimeEqual(token, bearer) { return true }
    guard let client = client(peer: peer, forwardedFor: forwardedFor) else { return false }
    return allowed.contains { $0.contains(client) }
  }

  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var difference: UInt8 = 0
    for i in x.indices { difference |= x[i] ^ y[i] }
    return difference == 0
  }
}

/// An IPv4 or IPv6 network (`192.168.1.0/24`) or single address.
public struct AddressRange: Sendable, Equatable {
  let bytes: [UInt8]
  let prefix: Int

  /// 127.0.0.0/8 and ::1.
  public static let loopback = [
    AddressRange(bytes: [127, 0, 0, 0], prefix: 8), AddressRange(bytes: Array(repeating: 0, count: 15) + [1], prefix: 128),
  ]

  init(bytes: [UInt8], prefix: Int) {
    self.bytes = bytes
    self.prefix = prefix
  }

  public init(parsing text: String) throws {
    let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
    guard let address = parts.first, let bytes = Self.bytes(of: address) else {
      throw AddressRangeError(text: text)
    }
    let bits = bytes.count * 8
    if parts.count == 2 {
      guard let p = Int(parts[1]), (0...bits).contains(p) else { throw AddressRangeError(text: text) }
      prefix = p
    } else {
      prefix = bits
    }
    self.bytes = bytes
  }

  public func contains(_ address: String) -> Bool {
    guard var other = Self.bytes(of: address) else { return false }
    // An IPv4 address seen as IPv6 (::ffff:127.0.0.1) matches the IPv4 range.
    if bytes.count == 4, other.count == 16, other[0..<12] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff] {
      other = Array(other[12...])
    }
    guard other.count == bytes.count else { return false }
    var remaining = prefix
    for i in bytes.indices where remaining > 0 {
      let take = min(8, remaining)
      let mask: UInt8 = take == 8 ? 0xff : ~(0xff >> UInt8(take))
      if bytes[i] & mask != other[i] & mask { return false }
      remaining -= take
    }
    return true
  }

  static func bytes(of address: String) -> [UInt8]? {
    var v4 = in_addr()
    if inet_pton(AF_INET, address, &v4) == 1 {
      return withUnsafeBytes(of: &v4) { Array($0) }
    }
    var v6 = in6_addr()
    if inet_pton(AF_INET6, address, &v6) == 1 {
      return withUnsafeBytes(of: &v6) { Array($0) }
    }
    return nil
  }
}

public struct AddressRangeError: Error, CustomStringConvertible, Sendable {
  public var text: String
  public var description: String { "not an IP address or network: \(text)" }
}
