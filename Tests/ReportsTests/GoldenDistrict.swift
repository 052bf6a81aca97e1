import CaseModel
import CaseStore
import DemoDistrict
import Foundation

/// The fixed district of the golden tests: seed 42, today 2026-11-24, imported once.
enum GoldenDistrict {
  static let today = Day(iso: "2026-11-24")!
  static let store: AppDatabase = {
    let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_795_507_200) }
    let store = try! AppDatabase.inMemory(now: clock)
    try! store.importCaseFiles(DemoDistrict(seed: 42, today: today).generate(), actor: "test")
    return store
  }()
}
