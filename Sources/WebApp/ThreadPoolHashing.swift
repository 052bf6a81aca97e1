import CaseStore
import HummingbirdBcrypt
import NIOPosix

extension PasswordHashing {
  /// bcrypt on NIO's thread pool, as the Hummingbird examples do (`NIOThreadPool.singleton`):
  /// a flood of logins keeps the pool busy, not the cooperative threads that serve every page.
  public static let threadPool = PasswordHashing(
    hash: { password, cost in try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) } },
    verify: { password, hash in try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) } })
}
