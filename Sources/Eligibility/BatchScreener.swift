import CaseExchange
import CaseModel
import Dispatch
import Foundation

/// Screens case files in bulk on all cores: JSON Lines are split into blocks, each block's lines
/// are parsed, decoded, screened and rendered in parallel (`DispatchQueue.concurrentPerform`),
/// and the rendered blocks are handed to `consume` in input order (so memory stays bounded).
///
///     let batch = BatchScreener(engine: engine)
///     let summary = batch.run(jsonLines: bytes, asOf: day, render: ScreeningJSON.encode) { lines in
///       lines.forEach { print($0) }
///     }
public struct BatchScreener: Sendable {
  public let engine: ScreeningEngine
  public var blockSize: Int
  public var workers: Int

  public init(engine: ScreeningEngine, blockSize: Int = 16_384, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
    self.engine = engine
    self.blockSize = blockSize
    self.workers = max(1, workers)
  }

  public struct Summary: Sendable {
    public var files = 0
    public var screenings = 0
    public var verdicts: [Verdict: Int] = [:]
    public var issues: [ImportIssue] = []
  }

  /// Screens every line of a JSON Lines text; `render` runs on the worker threads.
  public func run<T: Sendable>(
    jsonLines bytes: [UInt8], source: String = "input", asOf: Day,
    render: @escaping @Sendable (Screening) -> T, consume: ([T]) -> Void
  ) -> Summary {
    var summary = Summary()
    _ = screenLines(bytes, firstLine: 1, source: source, asOf: asOf, render: render, consume: consume, summary: &summary)
    return summary
  }

  /// Streams a JSON Lines file in chunks of about `chunkBytes`, so a file of a million records
  /// never sits in memory whole.
  public func run<T: Sendable>(
    path: String, asOf: Day, chunkBytes: Int = 64 << 20,
    render: @escaping @Sendable (Screening) -> T, consume: ([T]) -> Void
  ) throws -> Summary {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    defer { try? handle.close() }
    var summary = Summary()
    var carry: [UInt8] = []
    var line = 1
    while true {
      let data = try handle.read(upToCount: chunkBytes) ?? Data()
      var buffer = carry
      buffer.append(contentsOf: data)
      if data.isEmpty {
        if !buffer.isEmpty {
          _ = screenLines(buffer, firstLine: line, source: path, asOf: asOf, render: render, consume: consume, summary: &summary)
        }
        return summary
      }
      guard let lastNewline = buffer.lastIndex(of: 0x0A) else {
        carry = buffer
        continue
      }
      carry = Array(buffer[(lastNewline + 1)...])
      buffer.removeSubrange((lastNewline + 1)...)
      line += screenLines(buffer, firstLine: line, source: path, asOf: asOf, render: render, consume: consume, summary: &summary)
    }
  }

  /// Screens the lines of `bytes` (numbered from `firstLine`); returns the number of newlines seen.
  func screenLines<T: Sendable>(
    _ bytes: [UInt8], firstLine: Int, source: String, asOf: Day,
    render: @escaping @Sendable (Screening) -> T, consume: ([T]) -> Void, summary: inout Summary
  ) -> Int {
    var lines: [(Range<Int>, Int)] = []
    var number = firstLine - 1
    var newlines = 0
    var start = firstLine == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    bytes.withUnsafeBufferPointer { buf in
      var i = start
      while i <= buf.count {
        if i == buf.count || buf[i] == 0x0A {
          number += 1
          if i < buf.count { newlines += 1 }
          var end = i
          if end > start, buf[end - 1] == 0x0D { end -= 1 }
          if buf[start..<end].contains(where: { $0 != 0x20 && $0 != 0x09 }) { lines.append((start..<end, number)) }
          start = i + 1
        }
        i += 1
      }
    }
    var blockStart = 0
    while blockStart < lines.count {
      let block = Array(lines[blockStart..<min(blockStart + blockSize, lines.count)])
      let slots = Slots<LineResult<T>>(count: block.count)
      let chunks = min(block.count, workers * 4)
      bytes.withUnsafeBufferPointer { buf in
        let shared = UncheckedBuffer(buf: buf)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
          var i = c * block.count / chunks
          let end = (c + 1) * block.count / chunks
          while i < end {
            slots.set(i, screenLine(shared.buf, block[i], source: source, asOf: asOf, render: render))
            i += 1
          }
        }
      }
      var rendered: [T] = []
      for r in slots.values {
        switch r {
        case .screened(let out, let verdicts)?:
          summary.files += 1
          summary.screenings += out.count
          for v in verdicts { summary.verdicts[v, default: 0] += 1 }
          rendered += out
        case .invalid(let issues)?: summary.issues += issues
        case nil: break
        }
      }
      consume(rendered)
      blockStart += blockSize
    }
    return newlines
  }

  /// Screens already decoded files in parallel, in input order.
  public func screen(_ files: [CaseFile], asOf: Day) -> [[Screening]] {
    let slots = Slots<[Screening]>(count: files.count)
    DispatchQueue.concurrentPerform(iterations: max(1, min(files.count, workers * 4))) { c in
      let n = max(1, min(files.count, workers * 4))
      for i in (c * files.count / n)..<((c + 1) * files.count / n) { slots.set(i, engine.screen(files[i], asOf: asOf)) }
    }
    return slots.values.map { $0 ?? [] }
  }

  enum LineResult<T> {
    case screened([T], [Verdict])
    case invalid([ImportIssue])
  }

  func screenLine<T>(
    _ buf: UnsafeBufferPointer<UInt8>, _ line: (Range<Int>, Int), source: String, asOf: Day,
    render: (Screening) -> T
  ) -> LineResult<T> {
    let slice = UnsafeBufferPointer(rebasing: buf[line.0])
    let file: CaseFile
    if let fast = StreamingCaseDecoder.decode(slice) {
      file = fast
    } else {
      let location = SourceLocation(file: source, line: line.1)
      var p = JSONParser(bytes: slice)
      let value: JSONValue
      do {
        value = try p.parseValue()
        guard p.peek() == nil else { return .invalid([ImportIssue(location: location, reason: "unexpected text after the record")]) }
      } catch {
        return .invalid([ImportIssue(location: location, reason: "invalid JSON: \(error)")])
      }
      let (decoded, issues) = FastCaseDecoder.decode(value, at: location)
      guard let decoded else { return .invalid(issues) }
      file = decoded
    }
    let screenings = engine.screen(file, asOf: asOf)
    return .screened(screenings.map(render), screenings.map(\.verdict))
  }
}

/// Per-index result slots written by parallel workers (each index by exactly one worker).
final class Slots<T>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<T?>
  private let count: Int
  init(count: Int) {
    self.count = count
    base = .allocate(capacity: max(count, 1))
    base.initialize(repeating: nil, count: count)
  }
  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }
  func set(_ i: Int, _ v: T) { base[i] = v }
  var values: [T?] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

struct UncheckedBuffer: @unchecked Sendable {
  let buf: UnsafeBufferPointer<UInt8>
}
