import CaseExchange
import CaseStore
import Dispatch
import Foundation

/// A report made while the database connection is held, or what the database gives it already
/// read and the rest left as work that needs no connection (and so can run on another thread).
enum Job {
  case made(any ReportContent)
  case work(@Sendable () -> any ReportContent)

  func content() -> any ReportContent {
    switch self {
    case .made(let content): content
    case .work(let work): work()
    }
  }
}

extension ReportName {
  /// Made from the status histories alone once they are read (`ReportMaker.job` leaves them as
  /// work): throughput, cycle time, forecast.
  var leavesWork: Bool { self == .throughput || self == .cycleTime || self == .forecast }
}

extension ReportMaker {
  /// Several reports of one read transaction. This thread, which holds the connection, does every
  /// read; the work of the reports made from the histories alone starts on other threads as soon
  /// as their reads are done, beside the other reports' reads and making (both cores on the
  /// committee report and the overview; figures in the README's benchmarks).
  static func make(_ sets: [(ReportName, ReportRequest)], db: ReportReads, histories: SharedHistories) throws -> [ReportName: any ReportContent] {
    let results = Collected<ReportName, any ReportContent>()
    let group = DispatchGroup()
    var made: [ReportName: any ReportContent] = [:]
    do {
      for (name, request) in sets.filter({ $0.0.leavesWork }) + sets.filter({ !$0.0.leavesWork }) {
        switch try job(name, request: request, db: db, histories: histories.load) {
        case .made(let content): made[name] = content
        case .work(let work): DispatchQueue.global().async(group: group) { results.set(name, work()) }
        }
      }
    } catch {
      group.wait()  // nothing outlives the read transaction
      throw error
    }
    group.wait()
    return made.merging(results.all) { mine, _ in mine }
  }
}
