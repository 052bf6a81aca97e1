import HummingbirdBcrypt

/// Where bcrypt runs. A check costs about 250 ms of CPU at cost 12: on the server it must run on
/// a thread pool (NIO's, `WebConfiguration.hashing`), never on the two cooperative threads every
/// request shares, or a login flood stalls every page. The command line and tests run it inline.
public struct PasswordHashing: Sendable {
  public var hash: @Sendable (_ password: String, _ cost: UInt8) async throws -> String
  public var verify: @Sendable (_ password: String, _ hash: String) async throws -> Bool

  public init(
    hash: @escaping @Sendable (String, UInt8) async throws -> String,
    verify: @escaping @Sendable (String, String) async throws -> Bool
  ) {
    self.hash = hash
    self.verify = verify
  }

  /// bcrypt on the calling thread (command line, tests).
  public static let inline = PasswordHashing(
    hash: { Bcrypt.hash($0, cost: $1) }, verify: { Bcrypt.verify($0, hash: $1) })
}
