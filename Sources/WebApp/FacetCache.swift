import CaseModel
import CaseStore
import Foundation

/// The clerk and municipality lists of the queue's filters change rarely but cost two scans of
/// the office's open files; they are kept for a minute (and dropped after an assignment).
actor FacetCache {
  typealias Facets = (clerks: [String], municipalities: [String])
  let database: AppDatabase
  let lifetime: TimeInterval
  var entries: [Office: (at: Date, facets: Facets)] = [:]

  init(database: AppDatabase, lifetime: TimeInterval = 60) {
    self.database = database
    self.lifetime = lifetime
  }

  func facets(office: Office) async throws -> Facets {
    if let hit = entries[office], Date().timeIntervalSince(hit.at) < lifetime { return hit.facets }
    let fresh = try await database.queueFacets(office: office)
    entries[office] = (Date(), fresh)
    return fresh
  }

  func invalidate(office: Office) { entries[office] = nil }
}
