import CaseModel
import Foundation

/// Reads case files from JSON arrays, JSON Lines and CSV (spec sections 1-3). Reading never stops
/// at the first bad record: every record is decoded and validated, and every problem reported.
public struct CaseFileReader: Sendable {
  public var issueCap: Int

  public init(issueCap: Int = 50) { self.issueCap = issueCap }

  public enum Format: Sendable { case json, jsonLines, csv }

  public static func format(of path: String) -> Format? {
    let lower = path.lowercased()
    if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonLines }
    if lower.hasSuffix(".json") { return .json }
    if lower.hasSuffix(".csv") { return .csv }
    return nil
  }

  /// Reads all sources; CSV files given together form one data set (main file plus group files).
  public func read(paths: [String]) -> CaseFileBatch {
    var batch = CaseFileBatch(issueCap: issueCap)
    var csvPaths: [String] = []
    for path in paths {
      switch Self.format(of: path) {
      case .json, .jsonLines:
        guard let bytes = Self.load(path, into: &batch) else { continue }
        if Self.format(of: path) == .json {
          readJSON(bytes, source: path, into: &batch)
        } else {
          readJSONLines(bytes, source: path, into: &batch)
        }
      case .csv: csvPaths.append(path)
      case nil:
        batch.report(
          ImportIssue(location: nil, reason: .unknownFormat(path: path)))
      }
    }
    if !csvPaths.isEmpty { CSVCaseReader(paths: csvPaths).read(into: &batch) }
    Self.rejectDuplicates(&batch)
    return batch
  }

  static func load(_ path: String, into batch: inout CaseFileBatch) -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: path) else {
      batch.report(ImportIssue(location: nil, reason: .cannotReadFile(path: path)))
      return nil
    }
    return [UInt8](data)
  }

  /// A JSON array of case files (or a single object).
  func readJSON(_ bytes: [UInt8], source: String, into batch: inout CaseFileBatch) {
    bytes.withUnsafeBufferPointer { buf in
      let tape: JSONTape
      do { tape = try JSONTape.parse(buf) } catch let e as JSONSyntaxError {
        batch.report(
          ImportIssue(
            location: SourceLocation(file: source, line: e.line),
            reason: .invalidJSON(column: e.column, message: e.message, nothingRead: true)))
        return
      } catch { return }
      var records: [Int] = []
      switch tape.tokens.first?.kind {
      case .object: records = [0]
      case .array:
        var k = 1
        while k < Int(tape.tokens[0].next) {
          records.append(k)
          k = Int(tape.tokens[k].next)
        }
      default:
        batch.report(ImportIssue(location: SourceLocation(file: source, line: 1), reason: .expectedCaseFileList))
        return
      }
      var line = 1
      var scanned = 0
      for k in records {
        let start = Int(tape.tokens[k].start)
        for i in scanned..<start where buf[i] == 0x0A { line += 1 }
        scanned = start
        let location = SourceLocation(file: source, line: line)
        let (file, issues) = Self.decode(tape: tape, object: k, bytes: buf, textScalars: false, at: location)
        if let file { batch.files.append(SourcedCaseFile(file: file, location: location)) }
        issues.forEach { batch.report($0) }
      }
    }
  }

  /// One JSON object per line; blank lines are skipped; a bad line does not stop the others.
  /// Lines are parsed and validated in parallel; results keep the input order.
  func readJSONLines(_ bytes: [UInt8], source: String, into batch: inout CaseFileBatch) {
    var lines: [(ArraySlice<UInt8>, Int)] = []
    Self.forEachLine(bytes) { lines.append(($0, $1)) }
    let chunk = Self.decodeLines(lines, source: source)
    batch.files += chunk.files
    chunk.issues.forEach { batch.report($0) }
  }

  /// Parses, decodes and validates a run of JSON Lines on all cores, keeping their order.
  static func decodeLines(_ lines: [(ArraySlice<UInt8>, Int)], source: String) -> ImportChunk {
    let results = Parallel.map(lines) { line, number in decodeLine(line, at: SourceLocation(file: source, line: number)) }
    var chunk = ImportChunk(files: [], issues: [])
    for ((file, issues), (_, number)) in zip(results, lines) {
      if let file { chunk.files.append(SourcedCaseFile(file: file, location: SourceLocation(file: source, line: number))) }
      chunk.issues += issues
    }
    return chunk
  }

  /// Parses, decodes and validates one JSON Lines record.
  public static func decodeLine(_ line: ArraySlice<UInt8>, at location: SourceLocation)
    -> (CaseFile?, [ImportIssue])
  {
    line.withUnsafeBufferPointer { decode(json: $0, textScalars: false, at: location) }
  }

  /// Parses, decodes and validates one JSON text holding one case file.
  public static func decode(json buf: UnsafeBufferPointer<UInt8>, textScalars: Bool, at location: SourceLocation)
    -> (CaseFile?, [ImportIssue])
  {
    do {
      let tape = try JSONTape.parse(buf)
      return decode(tape: tape, object: 0, bytes: buf, textScalars: textScalars, at: location)
    } catch let e as JSONSyntaxError {
      return (nil, [ImportIssue(location: location, reason: .invalidJSON(column: e.column, message: e.message, nothingRead: false))])
    } catch {
      return (nil, [ImportIssue(location: location, reason: .described("\(error)"))])
    }
  }

  /// Calls `body` with every non-blank line (without its newline) and its 1-based number.
  public static func forEachLine(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>, Int) -> Void) {
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    _ = bytes.withUnsafeBufferPointer { buf in
      forEachLine(in: UnsafeBufferPointer(rebasing: buf[bom...])) { line, number in
        let start = buf.baseAddress!.distance(to: line.baseAddress!)
        body(bytes[start..<start + line.count], number)
      }
    }
  }

  /// Calls `body` with every line of `buf` that is not blank (without its newline and a carriage
  /// return before it) and its 1-based number in `buf`; returns the number of newlines.
  @discardableResult
  public static func forEachLine(in buf: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) -> Int {
    guard let base = buf.baseAddress else { return 0 }
    var start = 0
    var number = 0
    while start <= buf.count {
      let nl = start < buf.count ? memchr(base + start, 0x0A, buf.count - start) : nil
      let stop = nl.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? buf.count
      number += 1
      var end = stop
      if end > start, base[end - 1] == 0x0D { end -= 1 }
      if (start..<end).contains(where: { base[$0] != 0x20 && base[$0] != 0x09 }) {
        body(UnsafeBufferPointer(start: base + start, count: end - start), number)
      }
      guard nl != nil else { return number - 1 }
      start = stop + 1
    }
    return number
  }

  static func accept(_ value: JSONValue, at location: SourceLocation, into batch: inout CaseFileBatch) {
    let (file, issues) = decode(value, textScalars: false, at: location)
    if let file { batch.files.append(SourcedCaseFile(file: file, location: location)) }
    issues.forEach { batch.report($0) }
  }

  /// Decodes and validates one record given as a value tree (the CSV path).
  public static func decode(_ value: JSONValue, textScalars: Bool, at location: SourceLocation)
    -> (CaseFile?, [ImportIssue])
  {
    value.serialized.withUnsafeBufferPointer { decode(json: $0, textScalars: textScalars, at: location) }
  }

  /// Decodes and validates the case file at token `object` of a tape.
  static func decode(
    tape: JSONTape, object: Int, bytes: UnsafeBufferPointer<UInt8>, textScalars: Bool, at location: SourceLocation
  ) -> (CaseFile?, [ImportIssue]) {
    guard tape.tokens[object].kind == .object else {
      return (nil, [ImportIssue(location: location, reason: .expectedCaseFileObject)])
    }
    // The file number for the messages, read only when there is something to report.
    var fileNo: String? {
      tape.tokens.withUnsafeBufferPointer { tokens in
        var probe = JSONReader(bytes: bytes, tokens: tokens, object: object, textScalars: textScalars)
        return try? probe.string("file_no")
      }
    }
    do {
      let file = try JSONReader.read(CaseFile.self, bytes: bytes, tape: tape, object: object, textScalars: textScalars)
      let errors = file.validate()
      if errors.isEmpty { return (file, []) }
      let no = fileNo
      return (nil, errors.map { ImportIssue(location: location, fileNo: no, field: $0.path, reason: $0.reason) })
    } catch let e as FieldError {
      return (nil, [ImportIssue(location: location, fileNo: fileNo, field: e.path, reason: e.reason)])
    } catch {
      return (nil, [ImportIssue(location: location, fileNo: fileNo, reason: .described("\(error)"))])
    }
  }

  static func rejectDuplicates(_ batch: inout CaseFileBatch) {
    var seen: [String: SourceLocation] = [:]
    for f in batch.files {
      if let first = seen[f.file.fileNo] {
        batch.report(
          ImportIssue(
            location: f.location, fileNo: f.file.fileNo, field: "file_no",
            reason: .appearsTwiceInImport(first: "\(first)")))
      } else {
        seen[f.file.fileNo] = f.location
      }
    }
  }
}
