import CaseModel
import CaseStore

/// Keeps what every queue request would otherwise recompute by scanning an office's open files:
/// the group counts of a filter (5 seconds) and the clerk and municipality lists (1 minute).
/// Rows are always read fresh. Writes through this application drop the office's entries at once;
/// writes from elsewhere (import, batch screening) show in the counts within 5 seconds.
///
/// No stampede: concurrent requests for counts being computed wait for that one computation, and
/// counts past their lifetime are served while one refresh runs (a 100-clerk office once saw 6 s
/// at p99 when every request recomputed the expired counts at the same time). Ages are measured
/// on the monotonic clock, so a change of the wall clock cannot freeze or flush the cache.
actor QueueCache {
  typealias Facets = (clerks: [String], municipalities: [String])
  typealias Instant = ContinuousClock.Instant
  struct Counts {
    var at: Instant
    var day: Day
    var counts: QueueCounts
  }

  let database: AppDatabase
  let countsLifetime: Duration
  let facetsLifetime: Duration
  let clock = ContinuousClock()
  var counts: [QueueFilter: Counts] = [:]
  var refreshing: [QueueFilter: Task<QueueCounts, any Error>] = [:]
  var facets: [Office: (at: Instant, facets: Facets)] = [:]
  /// Counts up at every invalidation: a refresh started before a write does not store its result.
  var generation: [Office: Int] = [:]

  init(database: AppDatabase, countsLifetime: Duration = .seconds(5), facetsLifetime: Duration = .seconds(60)) {
    self.database = database
    self.countsLifetime = countsLifetime
    self.facetsLifetime = facetsLifetime
  }

  /// The queue page for a filter, with counts from the cache when fresh (or being refreshed).
  func page(_ filter: QueueFilter, today: Day) async throws -> QueuePage {
    var key = filter
    (key.group, key.page, key.pageSize) = (nil, 1, 0)
    let shown: QueueCounts
    if let hit = counts[key], hit.day == today {
      if clock.now - hit.at >= countsLifetime, refreshing[key] == nil {
        Task { _ = try? await self.refresh(key, today: today) }
      }
      shown = hit.counts
    } else {
      shown = try await refresh(key, today: today)
    }
    return try await database.queuePage(filter, counts: shown, today: today)
  }

  /// Computes the counts once, however many requests ask meanwhile.
  func refresh(_ key: QueueFilter, today: Day) async throws -> QueueCounts {
    if let running = refreshing[key] { return try await running.value }
    let started = generation[key.office, default: 0]
    let task = Task { [database] in try await database.queueCounts(key, today: today) }
    refreshing[key] = task
    defer { if refreshing[key] == task { refreshing[key] = nil } }
    let fresh = try await task.value
    if generation[key.office, default: 0] == started {
      if counts.count > 500 { counts.removeAll() }
      counts[key] = Counts(at: clock.now, day: today, counts: fresh)
    }
    return fresh
  }

  func facets(office: Office) async throws -> Facets {
    if let hit = facets[office], clock.now - hit.at < facetsLifetime { return hit.facets }
    let fresh = try await database.queueFacets(office: office)
    facets[office] = (clock.now, fresh)
    return fresh
  }

  func invalidate(office: Office) {
    generation[office, default: 0] += 1
    refreshing = refreshing.filter { $0.key.office != office }
    counts = counts.filter { $0.key.office != office }
    facets[office] = nil
  }
}
