import CaseModel
import CaseStore
import Reports

/// Keeps each office's status histories (every file's, about a million events in a big city)
/// for a short while, so that the overview and the report pages a manager opens one after
/// another read them once. Changes show in the reports within `lifetime`. Two requests that find
/// no fresh entry share one load.
actor ReportCache {
  let database: AppDatabase
  let lifetime: Duration
  var entries: [Office: (at: ContinuousClock.Instant, load: Task<[FileHistory], any Error>)] = [:]

  init(database: AppDatabase, lifetime: Duration = .seconds(30)) {
    self.database = database
    self.lifetime = lifetime
  }

  func histories(_ office: Office) async throws -> [FileHistory] {
    let now = ContinuousClock.now
    if let entry = entries[office], now - entry.at < lifetime, let histories = try? await entry.load.value {
      return histories
    }
    let database = self.database
    let load = Task { try await database.writer.read { db in try HistoryLoader.load(db, office: office) } }
    entries[office] = (now, load)
    do {
      return try await load.value
    } catch {
      entries[office] = nil
      throw error
    }
  }

  /// The report of a query, from the held histories where it reads them; a choice the report
  /// cannot answer is a 422.
  func report(_ query: ReportQuery) async throws -> any ReportContent {
    let histories = query.name.readsHistories(query.request) ? try await histories(query.request.office) : nil
    do {
      return try await database.writer.read { db in
        if let histories { return try ReportMaker.make(query.name, request: query.request, db: db, histories: histories) }
        return try ReportMaker.make(query.name, request: query.request, db: db)
      }
    } catch let error as ReportError {
      throw AppError(.unprocessableContent, error.description, details: [.init(field: error.field, reason: error.description)])
    }
  }

  func overview(office: Office, today: Day) async throws -> ReportOverview {
    let histories = try await histories(office)
    return try await database.writer.read { db in try ReportMaker.overview(office: office, today: today, db: db, histories: histories) }
  }
}
