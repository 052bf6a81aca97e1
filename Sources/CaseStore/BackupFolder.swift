import Foundation

/// The folder of scheduled backups: `backlog-YYYYMMDDTHHMMSSZ.sqlite`, newest kept.
public struct BackupFolder: Sendable {
  public var path: String
  /// How many backups to keep (the oldest beyond this go after each new one).
  public var keep: Int

  public init(path: String, keep: Int = 14) {
    self.path = path
    self.keep = max(1, keep)
  }

  static let prefix = "backlog-"
  static let suffix = ".sqlite"

  /// Makes a backup named after `now`, then removes the oldest beyond `keep`.
  @discardableResult
  public func backUp(database: String, now: Date) throws -> BackupReport {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let name = Self.prefix + DatabaseRestore.stamp(now) + Self.suffix
    let report = try DatabaseBackup.make(from: database, to: (path as NSString).appendingPathComponent(name))
    try prune()
    return report
  }

  /// The backups in the folder, oldest first (names sort by time).
  public func backups() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { $0.hasPrefix(Self.prefix) && $0.hasSuffix(Self.suffix) }.sorted()
      .map { (path as NSString).appendingPathComponent($0) }
  }

  /// The time of the newest backup (its file's modification time), for the backup-age metric.
  public func newestBackupDate() -> Date? {
    guard let newest = backups().last else { return nil }
    return (try? FileManager.default.attributesOfItem(atPath: newest))?[.modificationDate] as? Date
  }

  func prune() throws {
    let all = backups()
    for old in all.dropLast(keep) { try FileManager.default.removeItem(atPath: old) }
  }
}
