import GRDB

extension AppDatabase {
  /// Files the retention run anonymised (left out of exports unless asked for).
  public func anonymisedFileCount() async throws -> Int {
    try await reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM case_file WHERE anonymised_on IS NOT NULL") ?? 0 }
  }

  /// Open files by office and triage group, every group listed (zero included), for the
  /// `backlog_open_files` metric. Counts only: no file, no person.
  public func openFileCounts() async throws -> [(office: String, group: String, count: Int)] {
    let rows = try await reading { db in
      try Row.fetchAll(
        db, sql: "SELECT office, coalesce(queue_group, 'not_screened'), count(*) FROM case_file WHERE is_open = 1 GROUP BY 1, 2"
      ).map { (key: ($0[0] as String) + " " + ($0[1] as String), count: $0[2] as Int) }
    }
    var counts: [String: Int] = [:]
    for row in rows { counts[row.key, default: 0] += row.count }
    var result: [(office: String, group: String, count: Int)] = []
    for office in ["EBH", "ABH"] {
      for group in QueueGroup.allCases {
        result.append((office, group.rawValue, counts[office + " " + group.rawValue] ?? 0))
      }
    }
    return result
  }
}

/// One finished import, recorded as an audit row (`import-run`, no file number, counts only) in
/// the import's own transaction, so the server's `/metrics` can report imports made by the
/// command line (another process) as truthfully as its own.
public struct ImportRuns: Sendable, Equatable {
  public static let action = "import-run"

  /// Where imports come from: the command line (`cli:` actors) or the server (the admin's list upload).
  public enum Source: String, Sendable, CaseIterable { case commandLine = "command_line", server }

  public var source: Source
  public var count = 0
  public var files = 0
  public var seconds = 0.0
  /// Unix seconds of the newest run; nil before the first.
  public var lastAt: Int?

  static func detail(_ summary: ImportSummary, duration: Duration) -> String {
    let ms = Int(duration.components.seconds) * 1000 + Int(duration.components.attoseconds / 1_000_000_000_000_000)
    return "{\"files\":\(summary.added.count + summary.changed.count),\"added\":\(summary.added.count),"
      + "\"changed\":\(summary.changed.count),\"unchanged\":\(summary.unchanged),\"ms\":\(ms)}"
  }
}

extension AppDatabase {
  /// The recorded imports by source (both always listed), read at scrape time for `/metrics`.
  /// Runs leave with the audit rows that record them (`retention.audit_years`).
  public func importRuns() async throws -> [ImportRuns] {
    let rows = try await reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT actor LIKE 'cli:%', count(*), total(json_extract(detail, '$.files')),
                 total(json_extract(detail, '$.ms')), CAST(strftime('%s', max(at)) AS INTEGER)
          FROM audit_log WHERE action = ? GROUP BY 1
          """, arguments: [ImportRuns.action]
      ).map { row in
        var runs = ImportRuns(source: row[0] ? .commandLine : .server)
        runs.count = row[1]
        runs.files = Int(row[2] as Double)
        runs.seconds = (row[3] as Double) / 1000
        runs.lastAt = row[4]
        return runs
      }
    }
    return ImportRuns.Source.allCases.map { source in rows.first { $0.source == source } ?? ImportRuns(source: source) }
  }
}
