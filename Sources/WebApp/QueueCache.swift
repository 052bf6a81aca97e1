import CaseModel
import CaseStore
import Foundation

/// Keeps what every queue request would otherwise recompute by scanning an office's open files:
/// the group counts of a filter (5 seconds) and the clerk and municipality lists (1 minute).
/// Rows are always read fresh. Writes through this application drop the office's entries at once;
/// writes from elsewhere (import, batch screening) show in the counts within 5 seconds.
actor QueueCache {
  typealias Facets = (clerks: [String], municipalities: [String])
  let database: AppDatabase
  let countsLifetime: TimeInterval
  let facetsLifetime: TimeInterval
  var counts: [QueueFilter: (at: Date, day: Day, counts: QueueCounts)] = [:]
  var facets: [Office: (at: Date, facets: Facets)] = [:]

  init(database: AppDatabase, countsLifetime: TimeInterval = 5, facetsLifetime: TimeInterval = 60) {
    self.database = database
    self.countsLifetime = countsLifetime
    self.facetsLifetime = facetsLifetime
  }

  /// The queue page for a filter, with counts from the cache when fresh.
  func page(_ filter: QueueFilter, today: Day) async throws -> QueuePage {
    var key = filter
    (key.group, key.page, key.pageSize) = (nil, 1, 0)
    let now = Date()
    if let hit = counts[key], hit.day == today, now.timeIntervalSince(hit.at) < countsLifetime {
      return try await database.queuePage(filter, counts: hit.counts, today: today)
    }
    let fresh = try await database.queueCounts(key, today: today)
    if counts.count > 500 { counts.removeAll() }
    counts[key] = (now, today, fresh)
    return try await database.queuePage(filter, counts: fresh, today: today)
  }

  func facets(office: Office) async throws -> Facets {
    if let hit = facets[office], Date().timeIntervalSince(hit.at) < facetsLifetime { return hit.facets }
    let fresh = try await database.queueFacets(office: office)
    facets[office] = (Date(), fresh)
    return fresh
  }

  func invalidate(office: Office) {
    counts = counts.filter { $0.key.office != office }
    facets[office] = nil
  }
}
