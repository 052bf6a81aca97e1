import CaseModel
import CaseStore
import Foundation
import Reports
import Testing

/// A hand-made district of two towns: every report's figures with and without the filter.
@Suite("Reports of one municipality")
struct MunicipalityFilterTests {
  static let today = day("2026-06-30")

  static func file(
    _ no: String, _ place: String?, received: String, _ steps: [(String, CaseStatus)] = [], office: Office = .EBH, clerk: String? = nil
  ) -> CaseFile {
    var f = CaseFile(
      fileNo: no, office: office, receivedOn: day(received), status: steps.last?.1 ?? .received,
      person: Person(familyName: "Name" + no, givenNames: "G"))
    f.person.municipality = place
    f.clerk = clerk
    f.team = .regular
    f.history = [StatusChange(at: day(received), status: .received)] + steps.map { StatusChange(at: day($0.0), status: $0.1) }
    return f
  }

  /// Siegburg: 3 files (one granted in March, two open); Hennef: 2 files (one refused in April,
  /// one open); one file without a municipality (open); ABH: one open file in each town.
  static let store: AppDatabase = {
    let store = try! AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_782_777_600) })
    try! store.importCaseFiles(
      [
        file("S-1", "Siegburg", received: "2026-01-10", [("2026-02-01", .inReview), ("2026-03-10", .decisionPending), ("2026-03-15", .granted)], clerk: "a"),
        file("S-2", "Siegburg", received: "2026-02-05", [("2026-03-01", .inReview)]),
        file("S-3", "Siegburg", received: "2026-04-20"),
        file("H-1", "Hennef", received: "2026-01-20", [("2026-02-10", .inReview), ("2026-04-01", .decisionPending), ("2026-04-10", .refused)], clerk: "b"),
        file("H-2", "Hennef", received: "2026-05-02"),
        file("X-1", nil, received: "2026-03-03"),
        file("AS-1", "Siegburg", received: "2026-01-05", office: .ABH),
        file("AH-1", "Hennef", received: "2026-02-05", office: .ABH),
      ], actor: "test")
    return store
  }()

  func request(_ municipality: String?, office: Office = .EBH) -> ReportRequest {
    ReportRequest(office: office, from: day("2026-01-01"), to: Self.today, municipality: municipality, today: Self.today)
  }

  func make<T>(_ name: ReportName, _ municipality: String?, office: Office = .EBH) async throws -> T {
    try #require(try await ReportMaker.make(name, request: request(municipality, office: office), store: Self.store) as? T)
  }

  @Test("flow: received, closed and open files count only the town's files; the towns and the rest add up")
  func throughput() async throws {
    let all: ThroughputReport = try await make(.throughput, nil)
    let siegburg: ThroughputReport = try await make(.throughput, "Siegburg")
    let hennef: ThroughputReport = try await make(.throughput, "Hennef")
    #expect(all.total(2026, \.received) == 6 && siegburg.total(2026, \.received) == 3 && hennef.total(2026, \.received) == 2)
    #expect(all.total(2026, \.closed) == 2 && siegburg.total(2026, \.granted) == 1 && siegburg.total(2026, \.refused) == 0)
    #expect(hennef.total(2026, \.refused) == 1)
    #expect(all.months.last?.openAtEnd == 4 && siegburg.months.last?.openAtEnd == 2 && hennef.months.last?.openAtEnd == 1)
    let nowhere: ThroughputReport = try await make(.throughput, "Lohmar")
    #expect(nowhere.total(2026, \.received) == 0)
  }

  @Test("backlog, forecast, cycle time and the screening snapshot of one town")
  func snapshots() async throws {
    #expect((try await make(.backlog, nil) as BacklogReport).open == 4)
    #expect((try await make(.backlog, "Siegburg") as BacklogReport).open == 2)
    #expect((try await make(.forecast, "Hennef") as ForecastReport).open == 1)
    #expect((try await make(.forecast, nil) as ForecastReport).open == 4)
    #expect((try await make(.cycleTime, "Siegburg") as CycleTimeReport).overall.count == 1)
    #expect((try await make(.screening, nil) as ScreeningReport).open == 4)
    #expect((try await make(.screening, "Siegburg") as ScreeningReport).open == 2)
    var then = request("Siegburg")
    then.to = day("2026-03-31")
    then.asOf = then.to
    let asOf = try #require(try await ReportMaker.make(.screening, request: then, store: Self.store) as? ScreeningReport)
    #expect(asOf.open == 1)  // S-2 (S-1 granted in March, S-3 not yet received)
    #expect((try await make(.abh, nil, office: .ABH) as AbhReport).open == 2)
    #expect((try await make(.abh, "Hennef", office: .ABH) as AbhReport).open == 1)
  }

  @Test("a defined report names the town in its subtitle, JSON and CSV; the linter accepts the filter on every report")
  func definedReport() async throws {
    let committee = try #require(Shipped.catalog.report("committee"))
    #expect(committee.offersMunicipality)
    let report = try await ReportMaker.make(committee, request: request("Siegburg"), store: Self.store)
    let doc = report.document(.de)
    #expect(doc.subtitle.contains("Kommune Siegburg"))
    #expect(CSVRenderer().render(doc).hasPrefix("\u{FEFF}Kommune: Siegburg\r\n\r\n"))
    #expect(report.json.contains(#""municipality":"Siegburg""#))
    let throughput = try await ReportMaker.make(try #require(Shipped.catalog.report("throughput")), request: request("Hennef"), store: Self.store)
    #expect(throughput.json.contains(#""municipality":"Hennef""#) && throughput.json.contains(#""report":"throughput""#))
    let unfiltered = try await ReportMaker.make(committee, request: request(nil), store: Self.store)
    #expect(!unfiltered.json.contains("municipality") && !CSVRenderer().render(unfiltered.document(.de)).contains("Kommune:"))
    #expect(ReportLinter.lint(Shipped.catalog).isEmpty)
    for name in ["throughput", "backlog", "cycle-time", "forecast", "screening", "referrals", "abh", "committee"] {
      #expect(Shipped.catalog.report(name)?.offersMunicipality == true, "\(name)")
    }
  }

  @Test("the municipalities the data names, and the filter's choices with the configured ones first")
  func names() async throws {
    let names = try await Self.store.reportReads { try MunicipalityLoader.names($0, office: .EBH) }
    #expect(names == ["Hennef", "Siegburg"])
    #expect(MunicipalityLoader.choices(configured: ["Siegburg", "Lohmar"], inData: names) == ["Siegburg", "Lohmar", "Hennef"])
  }

  @Test("a published report records the municipality it was limited to")
  func published() async throws {
    let store = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_782_777_600) })
    try store.importCaseFiles([Self.file("S-1", "Siegburg", received: "2026-01-10")], actor: "test")
    let definition = try #require(Shipped.catalog.report("backlog"))
    let r = try await ReportMaker.publish(definition, request: request("Siegburg"), store: store, actor: "leitung")
    let list = try await store.publishedReports()
    #expect(list.first?.municipality == "Siegburg" && r.municipality == "Siegburg")
    #expect(try await store.publishedReport(id: r.id, actor: "leitung")?.municipality == "Siegburg")
    #expect(try await store.publishedReport(id: r.id, actor: "leitung")?.csv.contains("Kommune: Siegburg") == true)
  }
}
