import CaseModel
import Foundation

/// A slice of an import: the files read from a run of lines, and the problems found there.
public struct ImportChunk: Sendable {
  public var files: [SourcedCaseFile]
  public var issues: [ImportIssue]
  public init(files: [SourcedCaseFile], issues: [ImportIssue]) {
    self.files = files
    self.issues = issues
  }
}

public typealias ChunkChannel = Channel<ImportChunk>

/// A bounded hand-over between one producing and one consuming thread; `nil` ends the stream.
public final class Channel<Item: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var items: [Item?] = []
  private let capacity: Int

  public init(capacity: Int = 2) { self.capacity = capacity }

  public func send(_ chunk: Item?) {
    condition.lock()
    while items.count >= capacity { condition.wait() }
    items.append(chunk)
    condition.broadcast()
    condition.unlock()
  }

  public func receive() -> Item? {
    condition.lock()
    while items.isEmpty { condition.wait() }
    let item = items.removeFirst()
    condition.broadcast()
    condition.unlock()
    return item
  }
}

extension CaseFileReader {
  /// Reads JSON Lines files chunk by chunk on a background thread (each chunk parsed on all
  /// cores) and sends the chunks into the returned channel, ending with nil. Lets an import store
  /// one chunk while the next is parsed.
  public static func streamJSONLines(paths: [String], linesPerChunk: Int = 2048) -> ChunkChannel {
    let channel = ChunkChannel()
    let thread = Thread {
      for path in paths {
        guard let data = FileManager.default.contents(atPath: path) else {
          channel.send(ImportChunk(files: [], issues: [ImportIssue(location: nil, reason: .cannotReadFile(path: path))]))
          continue
        }
        let bytes = [UInt8](data)
        var lines: [(ArraySlice<UInt8>, Int)] = []
        lines.reserveCapacity(linesPerChunk)
        func flush() {
          channel.send(decodeLines(lines, source: path))
          lines.removeAll(keepingCapacity: true)
        }
        forEachLine(bytes) { line, number in
          lines.append((line, number))
          if lines.count == linesPerChunk { flush() }
        }
        if !lines.isEmpty { flush() }
      }
      channel.send(nil)
    }
    thread.stackSize = 8 << 20
    thread.start()
    return channel
  }
}
