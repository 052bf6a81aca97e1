import Dispatch

/// CPU-heavy work a request needs (screening many files, a list import), run on a dispatch
/// thread while the request waits suspended.
///
/// Why: Swift's cooperative pool has as many threads as cores (two here) and serves every
/// request; seconds of computation on it stall every page. Database access does not belong
/// here: the store's async methods already run on GRDB's own queues.
public enum CPUWork {
  public static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    let requestID = AuditContext.requestID  // task-locals do not cross onto dispatch threads by themselves
    return try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(with: Result { try AuditContext.$requestID.withValue(requestID) { try work() } })
      }
    }
  }
}
