import CaseModel
import GRDB

extension AppDatabase {
  /// The queue sorted by the end of the § 104c permit, read from indexes instead of sorting every
  /// open file: first the permits still running, in the order of their end (the partial index
  /// `case_file_permit_end`, v14-clerkb-queue-indexes), then every other file by receipt (ids from the
  /// covering triage index, the running permits left out by id; the page's rows fetched by id).
  /// The same order as `sortedRows` (ended permits and files without one last, oldest first); the
  /// first pages take about a millisecond at 64,000 open ABH files.
  static func permitEndRows(
    _ db: Database, _ filter: QueueFilter, whereSQL: String, arguments: StatementArguments, limit: Int, offset: Int,
    deadline: String, today: Day
  ) throws -> [QueueRow] {
    var groupSQL = ""
    var args = arguments
    if let group = filter.group {
      groupSQL = group.stored == nil ? " AND queue_group IS NULL" : " AND queue_group = ?"
      if let stored = group.stored { args += [stored] }
    }
    let day = today.iso
    let running = "permit_104c_end >= ?"
    let direction = filter.descending ? "DESC" : "ASC"
    let runningCount = try Int.fetchOne(
      db, sql: "SELECT count(*) FROM case_file WHERE \(whereSQL)\(groupSQL) AND \(running)", arguments: args + [day]) ?? 0
    var rows: [QueueRow] = []
    if offset < runningCount {
      rows = try Row.fetchAll(
        db,
        sql: """
          SELECT \(rowColumns) FROM case_file WHERE \(whereSQL)\(groupSQL) AND \(running)
          ORDER BY permit_104c_end \(direction), received_on, id LIMIT ? OFFSET ?
          """,
        arguments: args + [day, limit, offset]
      ).map { queueRow($0, group: nil, deadline: deadline) }
    }
    let rest = limit - rows.count
    guard rest > 0 else { return rows }
    let ids = try Int64.fetchAll(
      db,
      sql: """
        SELECT id FROM case_file WHERE \(whereSQL)\(groupSQL)
          AND id NOT IN (SELECT id FROM case_file WHERE office = ? AND is_open = 1 AND \(running))
        ORDER BY received_on, id LIMIT ? OFFSET ?
        """,
      arguments: args + [filter.office.rawValue, day, rest, max(0, offset - runningCount)])
    guard !ids.isEmpty else { return rows }
    let fetched = try Row.fetchAll(
      db, sql: "SELECT \(rowColumns), id FROM case_file WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
      arguments: StatementArguments(ids))
    let byId = Dictionary(fetched.map { ($0[15] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
    return rows + ids.compactMap { byId[$0] }.map { queueRow($0, group: nil, deadline: deadline) }
  }
}
