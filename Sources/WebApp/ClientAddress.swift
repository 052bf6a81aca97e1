import BacklogConfig
import Hummingbird

/// The address of the client a request comes from, as login limits count it: the peer of the
/// connection, or, when the peer is one of the configured trusted proxies, the address that
/// proxy reports in `X-Forwarded-For` (the rightmost one that is not itself a trusted proxy; what
/// the client wrote further left can be forged). Without trusted proxies the header is ignored.
enum ClientAddress {
  static let forwardedFor = HTTPFields.Element.Name("X-Forwarded-For")

  static func of(_ request: Request, peer: String?, trustedProxies: [IPRange]) -> String {
    guard let peer, !peer.isEmpty else { return "-" }
    func trusted(_ address: String) -> Bool { trustedProxies.contains { $0.contains(address) } }
    guard trusted(peer), let name = forwardedFor else { return peer }
    let hops = request.headers[values: name].flatMap { $0.split(separator: ",") }
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0.count <= 64 }
    return hops.last(where: { !trusted($0) }) ?? hops.first ?? peer
  }
}
