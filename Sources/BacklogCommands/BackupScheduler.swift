import CaseStore
import Dispatch
import Foundation
import Logging
import ServiceLifecycle

/// The daily backup of `backlog serve`: at a configured time of day (Europe/Berlin) into the
/// backup folder, keeping the newest N. Failures are logged and retried the next day; they never
/// stop the server. Stops waiting at once on a graceful shutdown.
struct BackupScheduler: Service {
  let folder: BackupFolder
  let database: String
  let at: TimeOfDay
  let now: @Sendable () -> Date
  let logger: Logger

  func run() async throws {
    try await cancelWhenGracefulShutdown {
      while !Task.isCancelled {
        let start = now()
        let next = at.next(after: start)
        try await Task.sleep(for: .seconds(max(1, next.timeIntervalSince(start))))
        await backUpNow()
      }
    }
  }

  func backUpNow() async {
    let (folder, database, now, logger) = (folder, database, now, logger)
    await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
      // Blocking file work off the cooperative pool (two threads on this machine).
      DispatchQueue.global().async {
        do {
          let report = try folder.backUp(database: database, now: now())
          logger.info(
            "backup made",
            metadata: [
              "path": .string(report.path), "bytes": .stringConvertible(report.bytes),
              "case_files": .stringConvertible(report.check.caseFiles),
              "seconds": .stringConvertible(Double(report.duration.components.seconds)),
            ])
        } catch {
          logger.error("backup failed", metadata: ["cause": .string(String(describing: error))])
        }
        done.resume()
      }
    }
  }
}

/// A time of day in Germany (`02:30`), for the daily backup.
struct TimeOfDay: Sendable, Equatable {
  var hour: Int
  var minute: Int

  init(hour: Int, minute: Int) {
    self.hour = hour
    self.minute = minute
  }

  init?(_ text: String) {
    let parts = text.split(separator: ":")
    guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m)
    else { return nil }
    hour = h
    minute = m
  }

  /// The next instant after `date` at this time of day in Europe/Berlin.
  func next(after date: Date) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600)!
    return calendar.nextDate(
      after: date, matching: DateComponents(hour: hour, minute: minute, second: 0), matchingPolicy: .nextTime)
      ?? date.addingTimeInterval(86_400)
  }
}
