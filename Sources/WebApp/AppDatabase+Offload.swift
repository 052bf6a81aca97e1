import CaseStore
import Dispatch

extension AppDatabase {
  /// Runs synchronous store calls on a dispatch thread, never on Swift's cooperative pool.
  ///
  /// Why: GRDB's async reads keep their connection while they wait to be resumed on that pool.
  /// A synchronous read blocking a pool thread (there are as many as cores, two here) while all
  /// reader connections wait for resumption is a deadlock; it happened under 20 simulated clerks.
  /// Every handler reaches the store either through GRDB's async calls or through `run`.
  func run<T: Sendable>(_ work: @escaping @Sendable (AppDatabase) throws -> T) async throws -> T {
    let requestID = AuditContext.requestID  // task-locals do not cross onto dispatch threads by themselves
    return try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(with: Result { try AuditContext.$requestID.withValue(requestID) { try work(self) } })
      }
    }
  }
}
