import CaseStore
import Foundation

/// What the operational routes need from the configuration: who may read `/metrics`, where the
/// scheduled backups are (for the backup-age metric), and the clock for that age.
public struct OperationsSettings: Sendable {
  public var metricsAccess: MetricsAccess
  public var backupFolder: BackupFolder?
  public var now: @Sendable () -> Date

  public init(
    metricsAccess: MetricsAccess, backupFolder: BackupFolder? = nil, now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.metricsAccess = metricsAccess
    self.backupFolder = backupFolder
    self.now = now
  }

  /// Loopback only, no backup folder.
  public static var loopback: OperationsSettings { OperationsSettings(metricsAccess: MetricsAccess()) }
}
