import CaseStore
import Foundation

/// Output helpers: messages on stderr, a progress line only when stderr is a terminal.
enum Terminal {
  static let isInteractive = isatty(STDERR_FILENO) != 0

  static func error(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
  }

  static func out(_ message: String) {
    FileHandle.standardOutput.write(Data((message + "\n").utf8))
  }

  /// Writes all of `bytes` to a file descriptor (standard output: `STDOUT_FILENO`), without
  /// the copies of `FileHandle.write(Data)`: the bulk output of `screen --input --json`.
  static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
    var done = 0
    while done < bytes.count {
      let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { return }
      done += n
    }
  }

  static func write(_ fd: Int32, _ text: String) {
    var text = text
    text.withUTF8 { write(fd, UnsafeRawBufferPointer($0)) }
  }

  /// Redraws one line on stderr: `Importing 45.000 / 100.000 files (45 %)`.
  static func progress(_ label: String, _ done: Int, _ total: Int) {
    guard isInteractive, total > 0 else { return }
    let percent = done * 100 / total
    let line = "\r\(label) \(grouped(done)) / \(grouped(total)) (\(percent) %)"
    FileHandle.standardError.write(Data((done == total ? line + "\n" : line).utf8))
  }

  /// 100000 -> "100,000".
  static func grouped(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, ch) in s.reversed().enumerated() {
      if i > 0, i % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return String(out.reversed())
  }

  static func seconds(_ d: Duration) -> String {
    let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
    return String(format: "%.2f s", Double(ms) / 1000)
  }

  static func rate(_ count: Int, _ d: Duration) -> String {
    let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    return grouped(s > 0 ? Int(Double(count) / s) : count)
  }

  /// The user running the command, for the audit log: `cli:alice`.
  static var actor: String {
    "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? "unknown")
  }
}

enum AppDatabasePath {
  static func resolve() -> String { AppDatabase.defaultPath() }
}
