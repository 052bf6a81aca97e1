@testable import CaseStore
import Foundation
import GRDB
import Testing

/// Seeded, bounded fuzzing of the real `backlog` binary (issue 12: "no input kills a process"):
/// valid case files are mutated (absurd dates and numbers, wrong types, deleted and duplicated
/// members, broken escapes, cut text) and fed to `backlog import` and `backlog screen --input` as
/// child processes. Whatever the input, the process must end with exit code 0 or 1, never by a
/// signal (a Swift trap ends it with SIGILL/SIGTRAP, exit 132/133 in a shell).
@Suite("Fuzzing the import with mutated case files", .serialized)
struct ImportFuzzTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let seeds = root.appendingPathComponent("Tests/Fixtures/fuzz-seeds.jsonl").path
  static let checklists = root.appendingPathComponent("checklists").path

  /// The debug binary next to the test bundle (`swift test` builds it), else `.build/debug`.
  static var binary: String {
    let beside = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("backlog").path
    if let beside, FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return root.appendingPathComponent(".build/debug/backlog").path
  }

  let dir: String = {
    let d = NSTemporaryDirectory() + "backlog-fuzz-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
  }()

  /// Runs the binary with a time limit; returns how it ended.
  static func run(_ args: [String], limit: TimeInterval = 60) throws -> (reason: Process.TerminationReason, status: Int32, stderr: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = args
    p.environment = ["BACKLOG_CHECKLISTS": checklists, "PATH": "/usr/bin:/bin"]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let deadline = Date().addingTimeInterval(limit)
    var collected = Data()
    while p.isRunning {
      if Date() > deadline { p.terminate() }
      Thread.sleep(forTimeInterval: 0.01)
    }
    collected = err.fileHandleForReading.readDataToEndOfFile()
    return (p.terminationReason, p.terminationStatus, String(decoding: collected.prefix(2000), as: UTF8.self))
  }

  @Test("400 mutated case files: import and screening end with exit 0 or 1, never by a signal")
  func mutatedImports() throws {
    let seeds = try String(contentsOfFile: Self.seeds, encoding: .utf8).split(separator: "\n").map(String.init)
    #expect(seeds.count >= 5)
    var fuzzer = CaseFileMutator(seed: 0x5EED_2026_1207)
    let batches = 40
    let perBatch = 10
    let started = Date()
    var runs = 0
    for batch in 0..<batches {
      // bounded: stop early rather than slow CI down on a loaded machine
      if Date().timeIntervalSince(started) > 150 { break }
      let lines = (0..<perBatch).map { _ in fuzzer.mutate(seeds[fuzzer.below(seeds.count)]) }
      let path = dir + "/batch-\(batch).jsonl"
      try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
      for args in [
        ["import", path, "--db", dir + "/fuzz.sqlite"],
        ["screen", "--input", path, "--json", "--as-of", "2026-11-24"],
      ] {
        let r = try Self.run(args)
        runs += 1
        #expect(r.reason == .exit, "\(args[0]) of \(path) died by signal \(r.status): \(r.stderr)")
        #expect(r.reason != .exit || [0, 1].contains(r.status), "\(args[0]) of \(path) exited \(r.status): \(r.stderr)")
        if r.reason != .exit { return }  // keep the batch file for a look
      }
      try? FileManager.default.removeItem(atPath: path)
    }
    #expect(runs >= 20, "the fuzzing ran too few processes (\(runs)) in its time")
  }

  @Test("a file stored with absurd facts (before today's validation) does not crash screen --all or the reports")
  func storedAbsurdFile() throws {
    let db = dir + "/stored.sqlite"
    let seed = try String(contentsOfFile: Self.seeds, encoding: .utf8).split(separator: "\n")[0]
    try String(seed).write(toFile: dir + "/one.jsonl", atomically: true, encoding: .utf8)
    #expect(try Self.run(["import", dir + "/one.jsonl", "--db", db]).status == 0)
    // write the facts a file stored under the old validation could hold, straight into the row
    let store = try AppDatabase.open(path: db, now: { Date() })
    try store.writer.write { d in
      guard var facts = try String.fetchOne(d, sql: "SELECT facts FROM case_file LIMIT 1") else { return }
      facts = facts.replacingOccurrences(of: "\"received_on\":", with: """
        "married_to_german_since":"9999-12-31","absences":[{"from":"0001-01-01","to":"9999-12-31"}],\
        "convictions":[{"on":"2020-01-01","kind":"prison_suspended","months":9223372036854775807,"remitted":true}],\
        "received_on":
        """)
      facts = facts.replacingOccurrences(of: "\"income_monthly\":3400", with: "\"income_monthly\":1e21")
      try d.execute(sql: "UPDATE case_file SET facts = ?, ruleset_version = 'old', birth_date = '9999-01-01'", arguments: [facts])
    }
    for args in [
      ["screen", "--all", "--db", db, "--as-of", "2026-11-24"],
      ["report", "throughput", "--db", db, "--from", "1900-01-01", "--to", "2100-12-31", "--format", "csv"],
      ["report", "backlog", "--db", db, "--format", "json"],
    ] {
      let r = try Self.run(args)
      #expect(r.reason == .exit && [0, 1].contains(r.status), "\(args.joined(separator: " ")) ended \(r.reason) \(r.status): \(r.stderr)")
    }
  }
}

/// Mutations of a case file's JSON text, deterministic for a seed.
struct CaseFileMutator {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

  /// Values that passed a type check but broke the screening or reports once, and others.
  nonisolated(unsafe) static let extremes: [Any] = [
    "9999-12-31", "0001-01-01", "1900-01-01", "2100-12-31", "2023-02-29", "", "x", String(repeating: "A", count: 5000),
    9_223_372_036_854_775_807 as Int, -9_223_372_036_854_775_807 as Int, 1e21, -1, 0, 1e308, 2_147_483_648 as Int,
    3_000_000_000 as Int, 0.5, true, false, NSNull(), [Any](), [String: Any](), ["on": "9999-12-31"], [["from": "0001-01-01", "to": "9999-12-31"]],
    "=HYPERLINK(\"x\")", "+49 2241 13-0", "32.1-17/2024 Müller", "\"\u{301} autofocus",
  ]

  mutating func mutate(_ text: String) -> String {
    // keep file numbers apart so one batch does not update the same file twice
    var out = text.replacingOccurrences(of: "\"file_no\": \"", with: "\"file_no\": \"F\(below(1_000_000))-")
    for _ in 0..<(1 + below(3)) {
      if below(5) == 0 { out = raw(out) } else { out = structured(out) }
    }
    return out
  }

  /// A change of the parsed object: a value replaced, removed or added somewhere in the tree.
  mutating func structured(_ text: String) -> String {
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return text }
    let changed = change(object, depth: 0)
    guard JSONSerialization.isValidJSONObject(changed),
      let data = try? JSONSerialization.data(withJSONObject: changed, options: [.fragmentsAllowed])
    else { return text }
    return String(decoding: data, as: UTF8.self)
  }

  mutating func change(_ value: Any, depth: Int) -> Any {
    if var object = value as? [String: Any], !object.isEmpty {
      let keys = object.keys.sorted()
      let key = keys[below(keys.count)]
      switch below(10) {
      case 0: object[key] = nil
      case 1: object[["months", "income_monthly", "on", "to", "from", "birth_date", "zzz"][below(7)]] = pick()
      case 2...4 where depth < 4: object[key] = change(object[key]!, depth: depth + 1)
      default: object[key] = pick()
      }
      return object
    }
    if var list = value as? [Any], !list.isEmpty {
      let i = below(list.count)
      if below(4) == 0 { list.append(list[i]) } else { list[i] = change(list[i], depth: depth + 1) }
      return list
    }
    return pick()
  }

  mutating func pick() -> Any { Self.extremes[below(Self.extremes.count)] }

  /// A change of the text itself: a lone surrogate, a broken escape, a cut, a doubled member.
  mutating func raw(_ text: String) -> String {
    var bytes = Array(text.utf8)
    guard bytes.count > 10 else { return text }
    let at = below(bytes.count)
    switch below(6) {
    case 0: bytes.insert(contentsOf: Array("\\ud800".utf8), at: bytes.firstIndex(of: UInt8(ascii: "\""), after: at) ?? 1)
    case 1: bytes.insert(contentsOf: Array("\\x".utf8), at: bytes.firstIndex(of: UInt8(ascii: "\""), after: at) ?? 1)
    case 2: bytes = Array(bytes.prefix(at))
    case 3: bytes.insert(contentsOf: Array("\"status\": \"granted\", ".utf8), at: 1)
    case 4: bytes[at] = UInt8(ascii: "9")
    default: bytes.insert(contentsOf: Array(String(repeating: "[", count: 300).utf8), at: at)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Array where Element == UInt8 {
  /// The index just after the next `byte` at or after `from`.
  func firstIndex(of byte: UInt8, after from: Int) -> Int? {
    var i = from
    while i < count {
      if self[i] == byte { return i + 1 }
      i += 1
    }
    return nil
  }
}
