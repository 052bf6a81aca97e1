import BacklogConfig
import Foundation

/// Who may read `/metrics`: by default only the machine itself (loopback), otherwise the
/// configured addresses or networks (`10.0.0.0/8`, `2001:db8::/32`), or anyone presenting the
/// configured token (`Authorization: Bearer ...`).
///
/// Behind a proxy every connection comes from the proxy, so a request carrying
/// `X-Forwarded-For` from a trusted proxy counts as coming from the address the proxy names
/// (the last one it added). A request that came through nginx from far away is thus not
/// "loopback", although its connection is.
public struct MetricsAccess: Sendable {
  public var allowed: [IPRange]
  public var token: String?
  public var trustedProxies: [IPRange]

  public init(
    allowed: [IPRange] = IPRange.loopback, token: String? = nil,
    trustedProxies: [IPRange] = IPRange.loopback
  ) {
    self.allowed = allowed
    self.token = token.flatMap { $0.isEmpty ? nil : $0 }
    self.trustedProxies = trustedProxies
  }

  /// From texts (command line, tests); an empty `allowed` list means loopback only.
  public init(allowed: [String], token: String?, trustedProxies: [String]) throws {
    func parse(_ texts: [String]) throws -> [IPRange] {
      try texts.map { text in
        guard let r = IPRange(text) else { throw AddressRangeError(text: text) }
        return r
      }
    }
    self.init(
      allowed: allowed.isEmpty ? IPRange.loopback : try parse(allowed), token: token,
      trustedProxies: try parse(trustedProxies))
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

extension IPRange {
  /// 127.0.0.0/8 and ::1.
  public static let loopback = [IPRange("127.0.0.0/8"), IPRange("::1")].compactMap { $0 }
}

public struct AddressRangeError: Error, CustomStringConvertible, Sendable {
  public var text: String
  public var description: String { "not an IP address or network: \(text)" }
}
