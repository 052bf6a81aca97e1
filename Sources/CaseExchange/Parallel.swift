import Dispatch
import Foundation

/// Order-preserving parallel map over all cores, for pure per-record work (parsing, encoding,
/// screening). Work is split into chunks so scheduling costs stay small.
public enum Parallel {
  public static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  public static func map<T: Sendable, R: Sendable>(
    _ items: [T], chunkSize: Int = 512, _ transform: @Sendable (T) -> R
  ) -> [R] {
    if items.count <= chunkSize || coreCount == 1 { return items.map(transform) }
    let chunks = (items.count + chunkSize - 1) / chunkSize
    var results = [[R]](repeating: [], count: chunks)
    results.withUnsafeMutableBufferPointer { out in
      nonisolated(unsafe) let out = out
      DispatchQueue.concurrentPerform(iterations: chunks) { c in
        let range = c * chunkSize..<min(items.count, (c + 1) * chunkSize)
        out[c] = items[range].map(transform)
      }
    }
    return results.flatMap { $0 }
  }
}
