import GRDB

extension AppDatabase {
  /// Open files by office and triage group, every group listed (zero included), for the
  /// `backlog_open_files` metric. Counts only: no file, no person.
  public func openFileCounts() throws -> [(office: String, group: String, count: Int)] {
    let rows = try writer.read { db in
      try Row.fetchAll(
        db, sql: "SELECT office, coalesce(queue_group, 'not_screened'), count(*) FROM case_file WHERE is_open = 1 GROUP BY 1, 2")
    }
    var counts: [String: Int] = [:]
    for row in rows { counts[(row[0] as String) + " " + (row[1] as String), default: 0] += row[2] }
    var result: [(office: String, group: String, count: Int)] = []
    for office in ["EBH", "ABH"] {
      for group in QueueGroup.allCases {
        result.append((office, group.rawValue, counts[office + " " + group.rawValue] ?? 0))
      }
    }
    return result
  }
}
