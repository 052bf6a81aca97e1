import ArgumentParser
import Foundation
import Logging
import WebApp

/// The operational options of `backlog serve`: scheduled backups, the request log's format and
/// who may read `/metrics`.
struct ServeOperationsOptions: ParsableArguments {
  @Option(help: "Folder for the daily backup (and the backup before a migration); none without it.")
  var backupDir: String?
  @Option(help: "Time of the daily backup, HH:MM in Germany.") var backupAt = "02:30"
  @Option(help: "How many daily backups to keep.") var backupKeep = 14
  @Option(help: "Log format: text or json (one JSON object per line).") var logFormat: LogFormat = .text
  @Option(help: "Address or network that may read /metrics (repeatable; default: loopback only).")
  var metricsAllow: [String] = []
  @Option(help: "Proxy whose X-Forwarded-For is believed (repeatable; default: loopback).")
  var trustedProxy: [String] = []

  enum LogFormat: String, ExpressibleByArgument, Sendable { case text, json }

  func validate() throws {
    guard backupKeep >= 1 else { throw ValidationError("--backup-keep must be at least 1") }
    guard TimeOfDay(backupAt) != nil else { throw ValidationError("--backup-at must be HH:MM, e.g. 02:30") }
  }

  func backupTime() throws -> TimeOfDay {
    guard let t = TimeOfDay(backupAt) else { throw InputError("--backup-at must be HH:MM, e.g. 02:30") }
    return t
  }

  /// The metrics token comes from the environment (`BACKLOG_METRICS_TOKEN`), never the command
  /// line, which every user of the machine can read in the process list.
  func metricsAccess(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> MetricsAccess {
    do {
      return try MetricsAccess(
        allowed: metricsAllow, token: environment["BACKLOG_METRICS_TOKEN"],
        trustedProxies: trustedProxy.isEmpty ? ["127.0.0.1/32", "::1/128"] : trustedProxy)
    } catch {
      throw InputError("serve: \(error)")
    }
  }

  func makeLogger() -> Logger {
    let format = logFormat
    var logger = Logger(label: "backlog") { label in
      format == .json ? JSONLogHandler(label: label) as any LogHandler : StreamLogHandler.standardError(label: label)
    }
    logger.logLevel = .info
    return logger
  }
}
