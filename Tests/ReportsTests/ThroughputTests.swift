import CaseModel
import CaseStore
import Reports
import Testing

@Suite("Throughput per month")
struct ThroughputTests {
  func months(_ files: [FileHistory], _ from: String = "2022-01-01", _ to: String = "2022-06-30") -> [ThroughputReport.MonthRow] {
    ThroughputReport(files, request: request(from, to)).months
  }

  @Test("a file received on 31 January and granted on 1 February is open at the end of January only")
  func monthBoundary() {
    let m = months([file("2022-01-31", ("2022-02-01", .granted))])
    #expect(m[0].received == 1 && m[0].openAtEnd == 1 && m[0].closed == 0)
    #expect(m[1].closed == 1 && m[1].granted == 1 && m[1].openAtEnd == 0)
  }

  @Test("a reopened file counts as open again and its second closure counts again")
  func reopened() {
    let m = months([file("2022-01-10", ("2022-02-15", .granted), ("2022-03-01", .inReview), ("2022-05-20", .refused))])
    #expect(m.map(\.closed) == [0, 1, 0, 0, 1, 0])
    #expect(m.map(\.openAtEnd) == [1, 0, 1, 1, 0, 0])
    #expect(m[4].refused == 1 && m[1].granted == 1)
  }

  @Test("a file closed and reopened within one month is open at that month's end")
  func reopenedSameMonth() {
    let m = months([file("2022-01-10", ("2022-02-03", .withdrawn), ("2022-02-20", .inReview))])
    #expect(m[1].closed == 1 && m[1].withdrawn == 1 && m[1].openAtEnd == 1)
  }

  @Test("a withdrawn file is closed but not granted")
  func withdrawn() {
    let m = months([file("2022-01-10", ("2022-03-03", .withdrawn))])
    #expect(m[2].closed == 1 && m[2].granted == 0 && m[2].withdrawn == 1 && m[2].openAtEnd == 0)
  }

  @Test("a correction from granted to refused is not a second closure")
  func correction() {
    let m = months([file("2022-01-10", ("2022-03-03", .granted), ("2022-04-01", .refused))])
    #expect(m.map(\.closed) == [0, 0, 1, 0, 0, 0])
    #expect(m.map(\.openAtEnd) == [1, 1, 0, 0, 0, 0])
  }

  @Test("files received before the period count as open until they close; later closures are outside")
  func beforeAndAfter() {
    let m = months([file("2020-05-01", ("2022-02-10", .granted)), file("2021-12-31", ("2023-01-01", .granted))])
    #expect(m.map(\.received) == [0, 0, 0, 0, 0, 0])
    #expect(m.map(\.openAtEnd) == [2, 1, 1, 1, 1, 1])
    #expect(m.map(\.closed).reduce(0, +) == 1)
  }

  @Test("a file closed before the period is neither open nor closed in it")
  func closedBefore() {
    let m = months([file("2020-05-01", ("2021-02-10", .granted))])
    #expect(m.allSatisfy { $0.openAtEnd == 0 && $0.closed == 0 })
  }

  @Test("closures split by team; a file without a team counts in closed only")
  func teams() {
    let m = months([
      file("2022-01-02", ("2022-01-20", .granted), team: .kim),
      file("2022-01-02", ("2022-01-21", .refused), team: .regular),
      file("2022-01-02", ("2022-01-22", .granted), team: nil),
    ])
    #expect(m[0].closed == 3 && m[0].closedByTeam.kim == 1 && m[0].closedByTeam.regular == 1)
  }

  @Test("a file received on 29 February 2024 counts in February")
  func leapDay() {
    let m = months([file("2024-02-29")], "2024-01-01", "2024-03-31")
    #expect(m.map(\.received) == [0, 1, 0])
    #expect(m.map(\.openAtEnd) == [0, 1, 1])
  }

  @Test("a file received after the period is left out")
  func receivedAfter() {
    let m = months([file("2022-07-01")])
    #expect(m.allSatisfy { $0.received == 0 && $0.openAtEnd == 0 })
  }

  @Test("the months run from the month of --from to the month of --to")
  func monthLabels() {
    let r = ThroughputReport([], request: request("2022-01-15", "2022-03-02"))
    #expect(r.months.map(\.month) == ["2022-01", "2022-02", "2022-03"])
    #expect(r.from == "2022-01-15" && r.to == "2022-03-02" && r.report == "throughput" && r.office == "EBH")
  }
}
