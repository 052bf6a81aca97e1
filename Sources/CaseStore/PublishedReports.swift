import GRDB

/// A report as it was published: the rendered outputs and what they were made of.
public struct PublishedReport: Sendable, Equatable {
  public var id: Int64
  public var report: String
  public var title: String
  public var office: String
  public var team: String?
  /// The municipality the report was limited to (nil: all files).
  public var municipality: String?
  public var from: String
  public var to: String
  public var asOf: String
  public var language: String
  public var rulesetVersion: String?
  /// When the figures were read from the database (UTC, ISO 8601).
  public var dataAsOf: String
  public var publishedAt: String
  public var publishedBy: String
  public var html: String
  public var csv: String
  public var csvPlain: String
  public var json: String

  public init(
    id: Int64 = 0, report: String, title: String, office: String, team: String?, municipality: String? = nil, from: String, to: String, asOf: String,
    language: String,
    rulesetVersion: String? = nil, dataAsOf: String = "", publishedAt: String = "", publishedBy: String = "", html: String, csv: String,
    csvPlain: String, json: String
  ) {
    self.id = id
    self.report = report
    self.title = title
    self.office = office
    self.team = team
    self.municipality = municipality
    self.from = from
    self.to = to
    self.asOf = asOf
    self.language = language
    self.rulesetVersion = rulesetVersion
    self.dataAsOf = dataAsOf
    self.publishedAt = publishedAt
    self.publishedBy = publishedBy
    self.html = html
    self.csv = csv
    self.csvPlain = csvPlain
    self.json = json
  }
}

extension AppDatabase {
  static let publishedColumns =
    "id, report, title, office, team, period_from, period_to, as_of, language, ruleset_version, data_as_of, published_at, published_by, municipality"

  /// Makes a report and stores it as published in one transaction, so the figures are those of
  /// one moment: `render` reads the database inside the write transaction. Records the
  /// rule-set version the stored screenings were made with, the time, the publisher, and an
  /// audit entry.
  public func publishReport(actor: String, render: @Sendable (ReportReads) throws -> PublishedReport) async throws -> PublishedReport {
    let stamp = timestamp()
    return try await writing { db in
      var r = try render(ReportReads(db: db))
      r.rulesetVersion = try Self.setting("ruleset_version", db: db)
        ?? String.fetchOne(db, sql: "SELECT ruleset_version FROM screening ORDER BY as_of DESC LIMIT 1")
      r.dataAsOf = stamp
      r.publishedAt = stamp
      r.publishedBy = actor
      try db.execute(
        sql: """
          INSERT INTO published_report (report, title, office, team, period_from, period_to, as_of, language, ruleset_version,
            data_as_of, published_at, published_by, html, csv, csv_plain, json, municipality) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
          """,
        arguments: [
          r.report, r.title, r.office, r.team, r.from, r.to, r.asOf, r.language, r.rulesetVersion, r.dataAsOf, r.publishedAt, r.publishedBy,
          r.html, r.csv, r.csvPlain, r.json, r.municipality,
        ])
      r.id = db.lastInsertedRowID
      try CaseFileWrites(db: db, timestamp: stamp).audit(
        actor: actor, action: "report-publish", fileNo: nil, detail: "\(r.report) #\(r.id) \(r.office)\(r.municipality.map { " " + $0 } ?? "") \(r.from)..\(r.to)")
      return r
    }
  }

  /// The published reports, newest first, without their contents (a list to choose from).
  public func publishedReports(report: String? = nil, limit: Int = 200) async throws -> [PublishedReport] {
    try await reading { db in
      var sql = "SELECT \(Self.publishedColumns) FROM published_report"
      var args: [any DatabaseValueConvertible] = []
      if let report {
        sql += " WHERE report = ?"
        args.append(report)
      }
      args.append(limit)
      return try Row.fetchAll(db, sql: sql + " ORDER BY id DESC LIMIT ?", arguments: StatementArguments(args)).map { Self.published($0) }
    }
  }

  /// One published report with its contents; the read is audited (who opened or downloaded it).
  public func publishedReport(id: Int64, actor: String, purpose: String = "open") async throws -> PublishedReport? {
    let stamp = timestamp()
    return try await writing { db in
      guard let row = try Row.fetchOne(
        db, sql: "SELECT \(Self.publishedColumns), html, csv, csv_plain, json FROM published_report WHERE id = ?", arguments: [id])
      else { return nil }
      var r = Self.published(row)
      (r.html, r.csv, r.csvPlain, r.json) = (row[14], row[15], row[16], row[17])
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: "report-read", fileNo: nil, detail: "\(r.report) #\(id) \(purpose)")
      return r
    }
  }

  static func published(_ row: Row) -> PublishedReport {
    PublishedReport(
      id: row[0], report: row[1], title: row[2], office: row[3], team: row[4], municipality: row[13], from: row[5], to: row[6], asOf: row[7], language: row[8],
      rulesetVersion: row[9], dataAsOf: row[10], publishedAt: row[11], publishedBy: row[12], html: "", csv: "", csvPlain: "", json: "")
  }
}

extension AppDatabase {
  /// One audit entry for a read that is not of one file (a statistic, a list of files to complete).
  public func recordAudit(actor: String, action: String, detail: String) async throws {
    let stamp = timestamp()
    try await writing { db in try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: action, fileNo: nil, detail: detail) }
  }
}
