import Foundation
import CaseExchange
import CaseModel

/// `backlog screen --input FILE... [--as-of DATE] [--json] [--compare DATE]` in one call, so the
/// subcommand only parses its options and hands over:
///
///     let code = ScreenInput.run(.init(paths: paths, asOf: day, json: json), engine: engine,
///                                out: { print($0, terminator: "") }, err: { FileHandle.standardError.write(...) })
///     throw ExitCode(code)
///
/// JSON Lines inputs are streamed in parallel (one screening object per line of output with
/// `--json`); `.json` and `.csv` inputs are read with `CaseFileReader`. Bad records are reported
/// on `err` and make the exit code 1; the good ones are still screened.
public enum ScreenInput {
  public struct Options: Sendable {
    public var paths: [String]
    public var asOf: Day
    public var json: Bool
    public var compareWith: Day?
    public var language: ScreeningTable.Language

    public init(paths: [String], asOf: Day, json: Bool = false, compareWith: Day? = nil, language: ScreeningTable.Language = .de) {
      self.paths = paths
      self.asOf = asOf
      self.json = json
      self.compareWith = compareWith
      self.language = language
    }
  }

  /// `write`, if given, takes the JSON Lines output as bytes (no `String` per block): the bulk path.
  public static func run(
    _ o: Options, engine: ScreeningEngine, out: (String) -> Void, err: (String) -> Void,
    write: ((UnsafeRawBufferPointer) -> Void)? = nil
  ) -> Int32 {
    var issues: [ImportIssue] = []
    let batch = BatchScreener(engine: engine)
    if let other = o.compareWith {
      let files = read(o.paths, issues: &issues)
      let changes = VerdictComparison.compare(files, engine: engine, asOf: o.asOf, with: other)
      if o.json {
        for c in changes { out(VerdictComparison.json(c) + "\n") }
      } else {
        out(VerdictComparison.render(changes, from: o.asOf, to: other))
      }
    } else if o.json {
      for path in o.paths where CaseFileReader.format(of: path) == .jsonLines {
        do {
          let summary = try batch.run(path: path, asOf: o.asOf, render: { s, out in
            ScreeningJSON.encode(s, into: out)
            out.append(0x0A)
          }) { bytes in
            if let write { write(UnsafeRawBufferPointer(bytes)) } else { out(String(decoding: bytes, as: UTF8.self)) }
          }
          issues += summary.issues
        } catch {
          issues.append(ImportIssue(location: nil, reason: .cannotReadFile(path: path)))
        }
      }
      let others = o.paths.filter { CaseFileReader.format(of: $0) != .jsonLines }
      if !others.isEmpty {
        for s in batch.screen(read(others, issues: &issues), asOf: o.asOf).joined() { out(ScreeningJSON.encode(s) + "\n") }
      }
    } else {
      // The table is streamed like the JSON: rows are rendered on the workers into byte buffers
      // and written block by block (fixed column widths), never held whole in memory.
      let language = o.language
      out(ScreeningTable.streamedHeader(language: language))
      var counts: [Verdict: Int] = [:]
      var total = 0
      for path in o.paths where CaseFileReader.format(of: path) == .jsonLines {
        do {
          let summary = try batch.run(path: path, asOf: o.asOf, render: { s, out in
            out.append(contentsOf: ScreeningTable.streamedRow(s, language: language))
          }) { bytes in
            if let write { write(UnsafeRawBufferPointer(bytes)) } else { out(String(decoding: bytes, as: UTF8.self)) }
          }
          issues += summary.issues
          total += summary.screenings
          for (v, n) in summary.verdicts { counts[v, default: 0] += n }
        } catch {
          issues.append(ImportIssue(location: nil, reason: .cannotReadFile(path: path)))
        }
      }
      let others = o.paths.filter { CaseFileReader.format(of: $0) != .jsonLines }
      if !others.isEmpty {
        for s in batch.screen(read(others, issues: &issues), asOf: o.asOf).joined() {
          out(ScreeningTable.streamedRow(s, language: language))
          total += 1
          counts[s.verdict, default: 0] += 1
        }
      }
      out(ScreeningTable.streamedSummary(counts: counts, total: total, language: language))
    }
    for i in issues { err(i.description + "\n") }
    return issues.isEmpty ? 0 : 1
  }

  /// Decodes every input file: JSON Lines with the streaming path, the rest with `CaseFileReader`.
  public static func read(_ paths: [String], issues: inout [ImportIssue]) -> [CaseFile] {
    var files: [CaseFile] = []
    var other: [String] = []
    for path in paths {
      guard CaseFileReader.format(of: path) == .jsonLines else {
        other.append(path)
        continue
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        issues.append(ImportIssue(location: nil, reason: .cannotReadFile(path: path)))
        continue
      }
      CaseFileReader.forEachLine([UInt8](data)) { line, n in
        let (f, problems) = CaseFileReader.decodeLine(line, at: SourceLocation(file: path, line: n))
        if let f { files.append(f) }
        issues += problems
      }
    }
    if !other.isEmpty {
      let batch = CaseFileReader().read(paths: other)
      files += batch.files.map(\.file)
      issues += batch.issues
    }
    return files
  }
}
