import CaseExchange
import CaseModel
import Foundation

/// The speed benchmark behind `backlog bench` (not a timed test): screening a JSON Lines file end
/// to end (parse, decode, screen, render JSON) on all cores, and re-screening decoded files.
///
///     let r = try ScreeningBenchmark.run(checklistsDirectory: "checklists", files: 1_000_000)
///     r.forEach { print($0) }
public enum ScreeningBenchmark {
  public struct Result: Sendable, CustomStringConvertible {
    public var phase: String
    public var files: Int
    public var screenings: Int
    public var seconds: Double
    public var outputBytes: Int
    public var filesPerSecond: Double { seconds > 0 ? Double(files) / seconds : 0 }
    public var description: String {
      "\(phase): \(files) files, \(screenings) screenings in \(String(format: "%.2f", seconds)) s = \(Int(filesPerSecond)) files/s, \(outputBytes / 1_000_000) MB output"
    }
  }

  /// `count` synthetic case files as JSON Lines: `distinct` varied templates, repeated with new
  /// file numbers.
  public static func generate(count: Int, seed: UInt64 = 42, distinct: Int = 5_000) -> [UInt8] {
    var gen = SyntheticCases(seed: seed)
    let writer = CaseFileWriter()
    let templates: [(prefix: [UInt8], suffix: [UInt8], stem: String)] = (0..<min(distinct, max(count, 1))).map { i in
      let f = gen.file(number: i)
      let text = writer.canonicalJSON(f)
      let marker = "\"file_no\":\"" + f.fileNo + "\""
      let parts = text.components(separatedBy: marker)
      return (Array((parts[0] + "\"file_no\":\"").utf8), Array(("\"" + (parts.count > 1 ? parts[1] : "")).utf8),
              String(f.fileNo.prefix(8)))
    }
    var out: [UInt8] = []
    out.reserveCapacity(count * ((templates.first?.prefix.count ?? 0) + (templates.first?.suffix.count ?? 0) + 20))
    for i in 0..<count {
      let t = templates[i % templates.count]
      out += t.prefix
      out += Array((t.stem + String(i)).utf8)
      out += t.suffix
      out.append(0x0A)
    }
    return out
  }

  /// Parse + decode + screen + render JSON for every line, on all cores.
  public static func screenJSONLines(_ bytes: [UInt8], engine: ScreeningEngine, asOf: Day) -> Result {
    let clock = ContinuousClock()
    var outputBytes = 0
    var summary = BatchScreener.Summary()
    let elapsed = clock.measure {
      summary = BatchScreener(engine: engine).run(jsonLines: bytes, asOf: asOf, render: { s -> Int in
        var o: [UInt8] = []
        ScreeningJSON.encode(s, into: &o)
        return o.count + 1
      }) {
        outputBytes += $0.reduce(0, +)
      }
    }
    return Result(phase: "screen JSON Lines (parse, decode, screen, render)", files: summary.files,
                  screenings: summary.screenings, seconds: seconds(elapsed), outputBytes: outputBytes)
  }

  /// Streams a JSON Lines file from disk (e.g. the demo generator's output) end to end.
  public static func screenFile(path: String, engine: ScreeningEngine, asOf: Day) throws -> Result {
    let clock = ContinuousClock()
    var outputBytes = 0
    var summary = BatchScreener.Summary()
    let elapsed = try clock.measure {
      summary = try BatchScreener(engine: engine).run(path: path, asOf: asOf, render: { s -> Int in
        var o: [UInt8] = []
        ScreeningJSON.encode(s, into: &o)
        return o.count + 1
      }) { outputBytes += $0.reduce(0, +) }
    }
    return Result(phase: "screen \(path)", files: summary.files, screenings: summary.screenings,
                  seconds: seconds(elapsed), outputBytes: outputBytes)
  }

  /// Screening of already decoded files (the re-screen of stored files after a checklist change).
  public static func rescreen(_ files: [CaseFile], engine: ScreeningEngine, asOf: Day) -> Result {
    let clock = ContinuousClock()
    var count = 0
    let elapsed = clock.measure { count = BatchScreener(engine: engine).screen(files, asOf: asOf).reduce(0) { $0 + $1.count } }
    return Result(phase: "re-screen decoded files", files: files.count, screenings: count, seconds: seconds(elapsed), outputBytes: 0)
  }

  /// Generates input, then runs both measurements.
  public static func run(checklistsDirectory: String, files: Int = 1_000_000, rescreenFiles: Int = 50_000,
                         asOf: Day = Day(year: 2026, month: 11, day: 24)!) throws -> [Result] {
    let engine = try ScreeningEngine(checklists: ChecklistLoader.load(directory: checklistsDirectory))
    let bytes = generate(count: files)
    var results = [screenJSONLines(bytes, engine: engine, asOf: asOf)]
    var gen = SyntheticCases(seed: 7)
    let decoded = (0..<rescreenFiles).map { gen.file(number: $0) }
    results.append(rescreen(decoded, engine: engine, asOf: asOf))
    return results
  }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }
}

// MARK: - Phases

extension ScreeningBenchmark {
  /// Single-threaded time per phase for `bytes` (parse, decode, screen, render), to see where time goes.
  public static func phases(_ bytes: [UInt8], engine: ScreeningEngine, asOf: Day) -> [String] {
    let clock = ContinuousClock()
    var lines: [ArraySlice<UInt8>] = []
    let tParse = clock.measure { CaseFileReader.forEachLine(bytes) { line, _ in lines.append(line) } }
    var files: [CaseFile] = []
    let tDecode = clock.measure {
      for (i, line) in lines.enumerated() {
        if let f = CaseFileReader.decodeLine(line, at: SourceLocation(file: "bench", line: i)).0 { files.append(f) }
      }
    }
    var screenings: [Screening] = []
    let tScreen = clock.measure { for f in files { screenings += engine.screen(f, asOf: asOf) } }
    var n = 0
    let tRender = clock.measure {
      var o: [UInt8] = []
      for s in screenings {
        o.removeAll(keepingCapacity: true)
        ScreeningJSON.encode(s, into: &o)
        n += o.count
      }
    }
    let per = { (d: Duration) in String(format: "%.1f µs/file", seconds(d) * 1e6 / Double(max(files.count, 1))) }
    return ["split lines \(per(tParse))", "parse and decode \(per(tDecode))", "screen \(per(tScreen))", "render \(per(tRender)) (\(n / max(files.count, 1)) bytes/file)"]
  }
}
