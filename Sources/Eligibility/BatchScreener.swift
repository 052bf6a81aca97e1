import CaseExchange
import CaseModel
import Dispatch
import Foundation

/// Screens case files in bulk on all cores. JSON Lines are taken a block of bytes at a time; each
/// block is cut at line ends into pieces, and every piece is parsed, decoded, screened and
/// rendered on a worker into a sink of its own (for `screen --json`: one byte buffer, so a block
/// costs no per-file allocation for its output). The sinks are handed to `consume` in input order
/// while the next block is screened, so memory stays bounded, writing overlaps screening and the
/// output keeps the order of the input.
///
///     let batch = BatchScreener(engine: engine)
///     let summary = batch.run(jsonLines: bytes, asOf: day, render: ScreeningJSON.encode) { lines in
///       lines.forEach { print($0) }
///     }
public struct BatchScreener: Sendable {
  public let engine: ScreeningEngine
  /// Bytes of input per block (a block is split into `workers * 4` pieces at line ends).
  public var blockBytes: Int
  public var workers: Int

  let copies = EngineCopies()

  public init(engine: ScreeningEngine, blockBytes: Int = 8 << 20, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
    self.engine = engine
    self.blockBytes = max(1, blockBytes)
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
    bytes.withUnsafeBufferPointer { buf in
      var rest = buf
      return run(
        blocks: {
          guard !rest.isEmpty else { return nil }
          let block = JSONLinesFile.leadingLines(of: rest, atLeast: blockBytes)
          rest = UnsafeBufferPointer(rebasing: rest[block.count...])
          return block
        }, source: source, asOf: asOf, makeSinks: { [[T]](repeating: [], count: pieceCount) },
        add: { $0.append(render($1)) }, consume: { consume($0); $0.removeAll(keepingCapacity: true) })
    }
  }

  /// Streams a JSON Lines file block by block (mapped into memory where possible), so a file of
  /// a million records is never copied whole.
  public func run<T: Sendable>(
    path: String, asOf: Day, render: @escaping @Sendable (Screening) -> T, consume: ([T]) -> Void
  ) throws -> Summary {
    let file = try JSONLinesFile(path: path, blockBytes: blockBytes)
    return try run(
      blocks: file.nextBlock, source: path, asOf: asOf, makeSinks: { [[T]](repeating: [], count: pieceCount) },
      add: { $0.append(render($1)) }, consume: { consume($0); $0.removeAll(keepingCapacity: true) })
  }

  /// Streams a JSON Lines file and hands the rendered bytes of each piece to `write`, in order:
  /// the fast path of `backlog screen --input FILE --json`. `render` appends one screening.
  public func run(
    path: String, asOf: Day, render: @escaping @Sendable (Screening, ByteBuffer) -> Void,
    write: (UnsafeBufferPointer<UInt8>) -> Void
  ) throws -> Summary {
    let file = try JSONLinesFile(path: path, blockBytes: blockBytes)
    return try run(
      blocks: file.nextBlock, source: path, asOf: asOf,
      makeSinks: { (0..<pieceCount).map { _ in ByteBuffer(capacity: 1 << 20) } }, add: { render($1, $0) }
    ) { out in
      write(out.bytes)
      out.removeAll()
    }
  }

  /// Screens the blocks `next` hands out, each block's pieces on all cores. While one block is
  /// screened, the previous block's output goes to `consume` on this thread (in input order), so
  /// writing the output (to a file: seconds of kernel time for a million files) overlaps the
  /// screening. Two sets of sinks take turns; `consume` empties a sink for its next block.
  func run<Sink>(
    blocks next: () throws -> UnsafeBufferPointer<UInt8>?, source: String, asOf: Day, makeSinks: () -> [Sink],
    add: @escaping @Sendable (inout Sink, Screening) -> Void, consume: (inout Sink) -> Void
  ) rethrows -> Summary {
    var summary = Summary()
    var line = 1
    let sets = [SinkSet(makeSinks()), SinkSet(makeSinks())]
    var waiting: (set: SinkSet<Sink>, tallies: [PieceTally])?
    func finish(_ w: (set: SinkSet<Sink>, tallies: [PieceTally])) {
      for p in w.tallies.indices {
        summary.add(w.tallies[p], firstLine: line)
        line += w.tallies[p].newlines
        consume(&w.set.sinks[p])
      }
    }
    var turn = 0
    while let block = try next() {
      let set = sets[turn % 2]
      let result = SinkSet<PieceTally>([])
      let (shared, first) = (UncheckedBuffer(buf: block), turn == 0)
      let screening = DispatchGroup()
      DispatchQueue.global().async(group: screening) {
        result.sinks = screen(shared.buf, first: first, source: source, asOf: asOf, sinks: set, add: add)
      }
      if let w = waiting { finish(w) }
      screening.wait()
      waiting = (set, result.sinks)
      turn += 1
    }
    if let w = waiting { finish(w) }
    return summary
  }

  var pieceCount: Int { workers * 4 }

  /// An engine per piece, each compiled on its own (`ScreeningEngine.independentCopy`): pieces
  /// run on different cores at the same time, and objects shared by cores cost a wait on every
  /// retain and release. Made once per screener (a few milliseconds).
  func engines(_ count: Int) -> [ScreeningEngine] {
    copies.engines(count, from: engine)
  }

  /// Screens the lines of one block, its pieces in parallel, each into its own sink; returns what
  /// each piece found (line numbers relative to the piece). A byte-order mark may open the first.
  func screen<Sink>(
    _ block: UnsafeBufferPointer<UInt8>, first: Bool, source: String, asOf: Day, sinks: SinkSet<Sink>,
    add: @escaping @Sendable (inout Sink, Screening) -> Void
  ) -> [PieceTally] {
    let bom = first && block.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let cuts = JSONLinesFile.cuts(UnsafeBufferPointer(rebasing: block[bom...]), pieces: sinks.sinks.count).map { $0 + bom }
    var tallies = [PieceTally](repeating: PieceTally(), count: sinks.sinks.count)
    let shared = UncheckedBuffer(buf: block)
    // (Copies pay off for large inputs only: compiling one costs a few milliseconds.)
    let engines = block.count > 1 << 20 ? self.engines(sinks.sinks.count) : Array(repeating: engine, count: sinks.sinks.count)
    sinks.sinks.withUnsafeMutableBufferPointer { sinkBuf in
      tallies.withUnsafeMutableBufferPointer { tallyBuf in
        nonisolated(unsafe) let (sinkBuf, tallyBuf) = (sinkBuf, tallyBuf)
        DispatchQueue.concurrentPerform(iterations: sinkBuf.count) { p in
          let piece = UnsafeBufferPointer(rebasing: shared.buf[cuts[p]..<cuts[p + 1]])
          tallyBuf[p] = screenPiece(piece, engine: engines[p], source: source, asOf: asOf, sink: &sinkBuf[p], add: add)
        }
      }
    }
    return tallies
  }

  /// What one piece found: counts, and the problems with line numbers relative to the piece.
  struct PieceTally {
    var newlines = 0
    var files = 0
    var screenings = 0
    var verdicts = [Int](repeating: 0, count: Verdict.allCases.count)
    var issues: [ImportIssue] = []
  }

  func screenPiece<Sink>(
    _ piece: UnsafeBufferPointer<UInt8>, engine: ScreeningEngine, source: String, asOf: Day, sink: inout Sink,
    add: (inout Sink, Screening) -> Void
  ) -> PieceTally {
    var tally = PieceTally()
    let source = String(decoding: Array(source.utf8), as: UTF8.self)  // this thread's own (see `engines`)
    tally.newlines = CaseFileReader.forEachLine(in: piece) { line, index in
      let (file, issues) = CaseFileReader.decode(json: line, textScalars: false, at: SourceLocation(file: source, line: index))
      guard let file else {
        tally.issues += issues
        return
      }
      tally.files += 1
      for s in engine.screen(file, asOf: asOf) {
        tally.screenings += 1
        tally.verdicts[s.verdict.index] += 1
        add(&sink, s)
      }
    }
    return tally
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
}

extension BatchScreener.Summary {
  /// Adds a piece's counts; its problems' line numbers are made absolute (`firstLine` is the
  /// number of the piece's first line).
  mutating func add(_ t: BatchScreener.PieceTally, firstLine: Int) {
    files += t.files
    screenings += t.screenings
    for (v, n) in zip(Verdict.allCases, t.verdicts) where n > 0 { verdicts[v, default: 0] += n }
    for var issue in t.issues {
      issue.location?.line += firstLine - 1
      issues.append(issue)
    }
  }
}

extension Verdict {
  var index: Int {
    switch self {
    case .excluded: 0
    case .suspended: 1
    case .gaps: 2
    case .incomplete: 3
    case .review: 4
    case .eligible: 5
    }
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

/// The engine copies of a `BatchScreener`, made on first use.
final class EngineCopies: @unchecked Sendable {
  private let lock = NSLock()
  private var made: [ScreeningEngine] = []

  func engines(_ count: Int, from engine: ScreeningEngine) -> [ScreeningEngine] {
    lock.lock()
    defer { lock.unlock() }
    while made.count < count { made.append(engine.independentCopy()) }
    return Array(made.prefix(count))
  }
}

/// Values handed between the thread that screens a block and the one that consumes the last.
final class SinkSet<Sink>: @unchecked Sendable {
  var sinks: [Sink]
  init(_ sinks: [Sink]) { self.sinks = sinks }
}
