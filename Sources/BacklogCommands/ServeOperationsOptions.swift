import ArgumentParser
import BacklogConfig
import CaseStore
import Foundation
import Logging
import WebApp

/// The operational options of `backlog serve`: scheduled backups, the request log's format and
/// who may read `/metrics`.
struct ServeOperationsOptions: ParsableArguments {
  @Option(help: "Folder for the daily backup and the backup before a migration (default: the configuration's backups.folder; none without).")
  var backupDir: String?
  @Option(help: "Time of the daily backup, HH:MM in Germany (default: backups.time, else 02:30).") var backupAt: String?
  @Option(help: "How many daily backups to keep (default: backups.keep, else 14).") var backupKeep: Int?
  @Option(help: "Log format: text or json, one JSON object per line (default: logging.format, else text).")
  var logFormat: LogFormat?
  @Option(help: "Address or network that may read /metrics (repeatable; default: loopback only).")
  var metricsAllow: [String] = []

  enum LogFormat: String, ExpressibleByArgument, Sendable { case text, json }

  func validate() throws {
    if let k = backupKeep, k < 1 { throw ValidationError("--backup-keep must be at least 1") }
    if let t = backupAt, TimeOfDay(t) == nil { throw ValidationError("--backup-at must be HH:MM, e.g. 02:30") }
  }

  /// The command line over the configuration file over the defaults.
  struct Resolved: Sendable {
    var backups: BackupFolder?
    var backupAt: TimeOfDay
    var logger: Logger
    var metricsAccess: MetricsAccess
  }

  func resolve(_ settings: BacklogConfiguration) throws -> Resolved {
    let folder = backupDir ?? settings.backups.folder
    let at = backupAt.flatMap(TimeOfDay.init) ?? TimeOfDay(hour: settings.backups.hour, minute: settings.backups.minute)
    var token = ProcessInfo.processInfo.environment["BACKLOG_METRICS_TOKEN"]
    if token == nil, let file = settings.metrics.tokenFile {
      do {
        token = try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
      } catch {
        throw InputError("serve: cannot read metrics.token_file \(file): \(error.localizedDescription)")
      }
    }
    var access = try metricsAccess(token: token)
    if metricsAllow.isEmpty, !settings.metrics.allow.isEmpty { access.allowed = settings.metrics.allow }
    let format = logFormat ?? (settings.logging.format == .json ? .json : .text)
    return Resolved(
      backups: folder.map { BackupFolder(path: $0, keep: backupKeep ?? settings.backups.keep) }, backupAt: at,
      logger: makeLogger(format: format, level: Logger.Level(rawValue: settings.logging.level) ?? .info),
      metricsAccess: access)
  }

  /// The metrics token comes from `BACKLOG_METRICS_TOKEN` or the configuration's `token_file`,
  /// never the command line, which every user of the machine can read in the process list.
  func metricsAccess(token: String?) throws -> MetricsAccess {
    do {
      return try MetricsAccess(
        allowed: metricsAllow, token: token,
        trustedProxies: ["127.0.0.1/32", "::1/128"])
    } catch {
      throw InputError("serve: \(error)")
    }
  }

  func makeLogger(format: LogFormat, level: Logger.Level) -> Logger {
    var logger = Logger(label: "backlog") { label in
      format == .json ? JSONLogHandler(label: label) as any LogHandler : StreamLogHandler.standardError(label: label)
    }
    logger.logLevel = level
    return logger
  }
}
