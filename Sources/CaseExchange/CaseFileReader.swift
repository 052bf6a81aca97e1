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
          ImportIssue(location: nil, reason: "\(path): unknown format; use .json, .jsonl or .csv"))
      }
    }
    if !csvPaths.isEmpty { CSVCaseReader(paths: csvPaths).read(into: &batch) }
    Self.rejectDuplicates(&batch)
    return batch
  }

  static func load(_ path: String, into batch: inout CaseFileBatch) -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: path) else {
      batch.report(ImportIssue(location: nil, reason: "\(path): cannot read the file"))
      return nil
    }
    return [UInt8](data)
  }

  /// A JSON array of case files (or a single object).
  func readJSON(_ bytes: [UInt8], source: String, into batch: inout CaseFileBatch) {
    bytes.withUnsafeBufferPointer { buf in
      var p = JSONParser(bytes: buf)
      do {
        if p.peek() == UInt8(ascii: "{") {
          let line = p.line
          let value = try p.parseValue()
          Self.accept(value, at: SourceLocation(file: source, line: line), into: &batch)
          return
        }
        try p.expect(UInt8(ascii: "["))
        if p.peek() == UInt8(ascii: "]") { return }
        while true {
          _ = p.peek()
          let line = p.line
          let value = try p.parseValue()
          Self.accept(value, at: SourceLocation(file: source, line: line), into: &batch)
          guard let next = p.peek() else { throw p.error("the list is never closed") }
          try p.expect(next)
          if next == UInt8(ascii: "]") { break }
          guard next == UInt8(ascii: ",") else { throw p.error("expected ',' between records") }
        }
        guard p.peek() == nil else { throw p.error("unexpected text after the list") }
      } catch let e as JSONSyntaxError {
        batch.report(
          ImportIssue(
            location: SourceLocation(file: source, line: e.line),
            reason: "invalid JSON at column \(e.column): \(e.message); nothing after it was read"))
      } catch {
        batch.report(ImportIssue(location: SourceLocation(file: source, line: p.line), reason: "\(error)"))
      }
    }
  }

  /// One JSON object per line; blank lines are skipped; a bad line does not stop the others.
  /// Lines are parsed and validated in parallel; results keep the input order.
  func readJSONLines(_ bytes: [UInt8], source: String, into batch: inout CaseFileBatch) {
    var lines: [(ArraySlice<UInt8>, Int)] = []
    Self.forEachLine(bytes) { lines.append(($0, $1)) }
    let results = Parallel.map(lines) { line, number in
      Self.decodeLine(line, at: SourceLocation(file: source, line: number))
    }
    for ((file, issues), (_, number)) in zip(results, lines) {
      if let file { batch.files.append(SourcedCaseFile(file: file, location: SourceLocation(file: source, line: number))) }
      issues.forEach { batch.report($0) }
    }
  }

  /// Parses, decodes and validates one JSON Lines record.
  public static func decodeLine(_ line: ArraySlice<UInt8>, at location: SourceLocation)
    -> (CaseFile?, [ImportIssue])
  {
    do {
      let value = try line.withUnsafeBufferPointer { buf -> JSONValue in
        var p = JSONParser(bytes: buf)
        let v = try p.parseValue()
        guard p.peek() == nil else { throw p.error("unexpected text after the record") }
        return v
      }
      return decode(value, textScalars: false, at: location)
    } catch let e as JSONSyntaxError {
      return (nil, [ImportIssue(location: location, reason: "invalid JSON at column \(e.column): \(e.message)")])
    } catch {
      return (nil, [ImportIssue(location: location, reason: "\(error)")])
    }
  }

  /// Calls `body` with every non-blank line (without its newline) and its 1-based number.
  public static func forEachLine(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>, Int) -> Void) {
    var start = 0
    var number = 1
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    var i = start
    while i <= bytes.count {
      if i == bytes.count || bytes[i] == 0x0A {
        var end = i
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        let slice = bytes[start..<end]
        if slice.contains(where: { $0 != 0x20 && $0 != 0x09 }) { body(slice, number) }
        number += 1
        start = i + 1
      }
      i += 1
    }
  }

  static func accept(_ value: JSONValue, at location: SourceLocation, into batch: inout CaseFileBatch) {
    let (file, issues) = decode(value, textScalars: false, at: location)
    if let file { batch.files.append(SourcedCaseFile(file: file, location: location)) }
    issues.forEach { batch.report($0) }
  }

  /// Decodes and validates one record; on failure returns every problem found.
  public static func decode(_ value: JSONValue, textScalars: Bool, at location: SourceLocation)
    -> (CaseFile?, [ImportIssue])
  {
    var fileNo: String?
    if case .object(let members) = value, case .string(let s)? = members["file_no"] { fileNo = s }
    do {
      guard case .object(let o) = value else {
        return (nil, [ImportIssue(location: location, reason: "expected a case file object, got \(value.typeName)")])
      }
      let file = try JSONReader.read(CaseFile.self, o, path: "", textScalars: textScalars)
      let errors = file.validate()
      if errors.isEmpty { return (file, []) }
      return (nil, errors.map { ImportIssue(location: location, fileNo: fileNo, field: $0.path, reason: $0.reason) })
    } catch let e as FieldError {
      return (nil, [ImportIssue(location: location, fileNo: fileNo, field: e.path, reason: e.reason)])
    } catch {
      return (nil, [ImportIssue(location: location, fileNo: fileNo, reason: "\(error)")])
    }
  }

  static func rejectDuplicates(_ batch: inout CaseFileBatch) {
    var seen: [String: SourceLocation] = [:]
    for f in batch.files {
      if let first = seen[f.file.fileNo] {
        batch.report(
          ImportIssue(
            location: f.location, fileNo: f.file.fileNo, field: "file_no",
            reason: "appears twice in this import (first at \(first))"))
      } else {
        seen[f.file.fileNo] = f.location
      }
    }
  }
}
