import CaseModel
import CaseStore
import Foundation
import Reports

/// Keeps each office's status histories (every file's, about a million events in a big city)
/// for a short while, so that the overview and the report pages a manager opens one after
/// another read them once. Changes show in the reports within `lifetime`. Two requests that find
/// no fresh entry share one load. Also holds the report definitions of `reports/`, read again
/// when a file there changes, so a new YAML file appears on the reports page without a restart.
actor ReportCache {
  let database: AppDatabase
  let lifetime: Duration
  let directory: String
  var entries: [Office: (at: ContinuousClock.Instant, load: Task<[FileHistory], any Error>)] = [:]
  var held: (signature: [String], catalog: ReportCatalog)?
  var places: [Office: (at: ContinuousClock.Instant, names: [String])] = [:]

  init(database: AppDatabase, directory: String, lifetime: Duration = .seconds(30)) {
    self.database = database
    self.directory = directory
    self.lifetime = lifetime
  }

  /// The definitions, read again when a file's name, size or modification time changed.
  func catalog() -> ReportCatalog {
    let fm = FileManager.default
    let signature = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).sorted().map { name -> String in
      let a = try? fm.attributesOfItem(atPath: directory + "/" + name)
      return "\(name)|\((a?[.size] as? NSNumber)?.intValue ?? -1)|\((a?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
    }
    if let held, held.signature == signature { return held.catalog }
    let catalog = ReportCatalog.load(directory: directory)
    held = (signature, catalog)
    return catalog
  }

  /// A report's definition by name, or 404.
  func definition(_ name: String) throws -> ReportDefinition {
    let catalog = catalog()
    guard let d = catalog.report(name) else { throw AppError(.notFound, "no report \(name); reports: \(catalog.names)") }
    return d
  }

  func histories(_ office: Office) async throws -> [FileHistory] {
    let now = ContinuousClock.now
    if let entry = entries[office], now - entry.at < lifetime, let histories = try? await entry.load.value {
      return histories
    }
    let database = self.database
    let load = Task { try await database.reportReads { db in try db.statusHistories(office: office) } }
    entries[office] = (now, load)
    do {
      return try await load.value
    } catch {
      entries[office] = nil
      throw error
    }
  }

  /// The municipalities the office's files name (for the municipality filter), read again after
  /// `lifetime`.
  func municipalities(_ office: Office) async throws -> [String] {
    let now = ContinuousClock.now
    if let held = places[office], now - held.at < lifetime { return held.names }
    let names = try await database.reportReads { db in try MunicipalityLoader.names(db, office: office) }
    places[office] = (now, names)
    return names
  }

  /// The report of a query, from the held histories where it reads them; a choice the report
  /// cannot answer is a 422.
  func report(_ query: ReportQuery, cover: ReportCover? = nil) async throws -> DefinedReport {
    let definition = query.definition
    let histories = definition.readsHistories(query.request) ? try await histories(query.request.office) : nil
    do {
      return try await database.reportReads { db in
        try ReportMaker.make(definition, request: query.request, db: db, histories: histories, cover: cover)
      }
    } catch let error as ReportError {
      throw AppError(.unprocessableContent, error.description, details: [.init(field: error.field, .described(error.description))])
    }
  }

  /// Publishes ("freezes") a report with its cover, audited (made and rendered in the store's
  /// write transaction, on GRDB's writer queue: off the cooperative pool).
  nonisolated func publish(
    _ definition: ReportDefinition, request: ReportRequest, actor: String, language: Reports.Language, cover: ReportCover
  ) async throws -> PublishedReport {
    try await ReportMaker.publish(definition, request: request, store: database, actor: actor, language: language, cover: cover)
  }

  /// The published reports, newest first.
  nonisolated func published() async throws -> [PublishedReport] {
    try await database.publishedReports()
  }

  /// One published report; opening it is audited with its purpose.
  nonisolated func published(id: Int64, actor: String, purpose: String) async throws -> PublishedReport? {
    try await database.publishedReport(id: id, actor: actor, purpose: purpose)
  }

  func overview(office: Office, today: Day, target: ForecastTarget = .default, municipality: String? = nil) async throws -> ReportOverview {
    let histories = try await histories(office)
    return try await database.reportReads { db in
      try ReportMaker.overview(office: office, today: today, db: db, histories: histories, target: target, municipality: municipality)
    }
  }
}
