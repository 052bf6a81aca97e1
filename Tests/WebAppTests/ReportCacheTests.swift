import CaseModel
import CaseStore
import Testing

@testable import WebApp

@Suite("Report cache")
struct ReportCacheTests {
  func addFile(_ world: TestWorld) throws {
    var f = CaseFile(fileNo: "EBH-2026-00009", office: .EBH, receivedOn: Day(iso: "2026-11-02")!, status: .received, person: Person(familyName: "Neu"))
    f.history = [StatusChange(at: Day(iso: "2026-11-02")!, status: .received)]
    try world.database.importCaseFiles([f], actor: "test")
  }

  @Test("the histories are read once and held for their lifetime; a change shows once it has passed")
  func lifetime() async throws {
    let world = try await TestWorld()
    let held = ReportCache(database: world.database, directory: TestWorld.reportsDirectory, lifetime: .seconds(3600))
    let fresh = ReportCache(database: world.database, directory: TestWorld.reportsDirectory, lifetime: .zero)
    #expect(try await held.histories(.EBH).count == 3)
    try addFile(world)
    #expect(try await held.histories(.EBH).count == 3)
    #expect(try await fresh.histories(.EBH).count == 4)
    #expect(try await held.histories(.ABH).count == 1)
  }
}
