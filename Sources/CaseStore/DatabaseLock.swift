import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock (`flock`) on `<database>.lock` beside the database file.
///
/// Every process that opens the database through `AppDatabase.open(path:)` holds it shared for
/// its lifetime (`serve` for as long as it runs); `backlog restore` takes it exclusively and
/// refuses while anyone holds it. The kernel releases a `flock` when its process ends, however it
/// ends (killed, crashed), so a stale lock file never blocks a restore: the file's presence means
/// nothing, only a live holder does. (flock is reliable on local file systems; not on NFS.)
public final class DatabaseLock: Sendable {
  public enum Mode: Sendable { case shared, exclusive }

  private let descriptor: Int32
  public let path: String

  /// The lock file of a database file.
  public static func lockPath(forDatabase path: String) -> String { path + ".lock" }

  /// Takes the lock without waiting; `nil` when another process holds it in a conflicting mode.
  public static func acquire(database: String, mode: Mode) throws -> DatabaseLock? {
    let path = lockPath(forDatabase: database)
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw LockError(message: "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
    }
    let operation = (mode == .shared ? LOCK_SH : LOCK_EX) | LOCK_NB
    while flock(fd, operation) != 0 {
      if errno == EINTR { continue }
      let failure = errno
      close(fd)
      if failure == EWOULDBLOCK { return nil }
      throw LockError(message: "cannot lock \(path): \(String(cString: strerror(failure)))")
    }
    return DatabaseLock(descriptor: fd, path: path)
  }

  private init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }

  deinit { close(descriptor) }  // closing the last descriptor releases the flock
}

public struct LockError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var description: String { message }
}
