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

/// Results of work that runs on other threads (`DispatchQueue.global().async(group:)`), kept by
/// key under a lock until the caller has waited for the group and takes them all.
public final class Collected<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Key: Value] = [:]

  public init() {}

  public func set(_ key: Key, _ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    values[key] = value
  }

  public var all: [Key: Value] {
    lock.lock()
    defer { lock.unlock() }
    return values
  }
}
