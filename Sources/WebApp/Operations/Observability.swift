import CaseModel
import CaseStore
import Eligibility
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus

/// The metrics and the request log of one running application. Metrics go through swift-metrics
/// into a Prometheus registry of their own (not the process-wide `MetricsSystem`, so tests can
/// build many applications), served by `/metrics`.
public final class Observability: Sendable {
  public let registry: PrometheusCollectorRegistry
  let factory: PrometheusMetricsFactory
  let logger: Logger

  public init(logger: Logger) {
    registry = PrometheusCollectorRegistry()
    var factory = PrometheusMetricsFactory(registry: registry)
    factory.defaultDurationHistogramBuckets = [
      .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
      .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
    ]
    self.factory = factory
    self.logger = logger
  }

  /// One finished request: a counter and a duration by route template, method and status, and
  /// one log line (method, route template, status, duration, user, request id; never the path
  /// itself, which may carry a file number, nor any body).
  func requestFinished(
    method: String, route: String, status: Int, duration: Duration, info: RequestInfo
  ) {
    let statusText = String(status)
    Counter(
      label: "http_requests_total", dimensions: [("route", route), ("method", method), ("status", statusText)],
      factory: factory
    ).increment()
    Metrics.Timer(label: "http_request_duration_seconds", dimensions: [("route", route), ("method", method)], factory: factory)
      .record(duration: duration)
    var metadata: Logger.Metadata = [
      "request_id": .string(info.id), "method": .string(method), "route": .string(route),
      "status": .stringConvertible(status), "duration_ms": .stringConvertible(duration.milliseconds),
    ]
    if let user = info.user { metadata["user"] = .string(user) }
    if let failure = info.failure, status >= 400 {
      metadata["cause"] = .string(failure)
      logger.log(level: status >= 500 ? .error : .warning, "request failed", metadata: metadata)
    } else {
      logger.info("request", metadata: metadata)
    }
  }

  /// Counts and times each screening of a saved file (handed to `Casework`).
  func screeningObserver() -> @Sendable (ContinuousClock.Duration) -> Void {
    let counter = Counter(label: "backlog_screenings_total", factory: factory)
    let timer = Metrics.Timer(label: "backlog_screening_duration_seconds", factory: factory)
    return { duration in
      counter.increment()
      timer.record(duration: duration)
    }
  }

  /// One import through this server (the admin's list upload), fed directly: counted since start.
  /// Imports of the command line run in other processes; `importRuns` reports them from the database.
  func imported(files: Int, duration: Duration) {
    Counter(label: "backlog_imports_total", factory: factory).increment()
    Counter(label: "backlog_imported_files_total", factory: factory).increment(by: files)
    Metrics.Timer(label: "backlog_import_duration_seconds", factory: factory).record(duration: duration)
  }

  /// Values read at scrape time: open files by office and triage group, the backup age, and the
  /// imports recorded in the database by source (command line and server alike).
  func refreshGauges(
    openFiles: [(office: String, group: String, count: Int)], backupAge: Duration?, imports: [ImportRuns] = []
  ) {
    for row in openFiles {
      Gauge(label: "backlog_open_files", dimensions: [("office", row.office), ("queue_group", row.group)], factory: factory)
        .record(row.count)
    }
    // No backup yet counts as infinitely old, so an alert on the age fires.
    let age = backupAge.map { Double($0.components.seconds) } ?? Double.infinity
    Gauge(label: "backlog_backup_age_seconds", factory: factory).record(age)
    for runs in imports {
      let source = [("source", runs.source.rawValue)]
      Gauge(label: "backlog_recorded_imports", dimensions: source, factory: factory).record(runs.count)
      Gauge(label: "backlog_recorded_imported_files", dimensions: source, factory: factory).record(runs.files)
      Gauge(label: "backlog_recorded_import_seconds", dimensions: source, factory: factory).record(runs.seconds)
      // 0 before the first import (the Prometheus convention for "never").
      Gauge(label: "backlog_last_import_timestamp_seconds", dimensions: source, factory: factory)
        .record(runs.lastAt ?? 0)
    }
  }

  /// The Prometheus text exposition of everything recorded.
  func exposition() -> String {
    var bytes: [UInt8] = []
    registry.emit(into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Duration {
  var milliseconds: Int { Int(components.seconds) * 1000 + Int(components.attoseconds / 1_000_000_000_000_000) }
}
