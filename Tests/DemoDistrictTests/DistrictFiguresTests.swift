import CaseModel
import Testing

@testable import DemoDistrict

/// Key figures of the generated district against the evaluation report.
@Suite("District figures") struct DistrictFiguresTests {
  static let today = Day(year: 2026, month: 11, day: 24)!
  static let files = DemoDistrict(seed: 42, today: today).generate()
  var ebh: [CaseFile] { Self.files.filter { $0.office == .EBH } }
  var abh: [CaseFile] { Self.files.filter { $0.office == .ABH } }

  func closures(year: Int) -> [CaseFile] {
    ebh.filter { $0.status.isClosed && $0.history?.last?.at.year == year }
  }

  @Test("the backlog builds up from 2020 and stays between 1,000 and 3,000 files from 2022 on")
  func backlogOverTime() {
    for year in 2022...2026 {
      let end = Day(year: year, month: 12, day: 31)!
      let open = ebh.filter { $0.receivedOn <= end && !($0.status.isClosed && $0.history!.last!.at <= end) }.count
      #expect((1_000...3_000).contains(open), "open at the end of \(year): \(open)")
    }
  }

  @Test("open files include some waiting more than a year")
  func oldFiles() {
    let yearAgo = Self.today.adding(years: -1)
    let old = ebh.filter { !$0.status.isClosed && $0.receivedOn < yearAgo }.count
    #expect(old > 200)
  }

  @Test("the open naturalization backlog is about 2,600")
  func openBacklog() {
    let open = ebh.filter { !$0.status.isClosed }.count
    #expect((2_400...2_800).contains(open))
  }

  @Test("the ABH holds 1,200 to 1,300 Duldung files")
  func duldungFiles() {
    #expect((1_200...1_300).contains(abh.count))
  }

  @Test("yearly intake follows the report within 10 per cent")
  func intake() {
    for (year, figure) in [(2020, 750.0), (2021, 914), (2022, 1_279), (2023, 1_753)] {
      let n = Double(ebh.filter { $0.receivedOn.year == year }.count)
      #expect(abs(n - figure) <= figure * 0.1, "intake \(year): \(n)")
    }
  }

  @Test("closures 2022 and 2023 follow the report, the kim clerks closing about a third in 2023")
  func closuresByTeam() {
    for (year, figure, kim) in [(2022, 864.0, 193.0), (2023, 1_083, 370)] {
      let closed = closures(year: year)
      let byKim = Double(closed.filter { $0.team == .kim }.count)
      #expect(abs(Double(closed.count) - figure) <= figure * 0.1, "closures \(year): \(closed.count)")
      #expect(abs(byKim - kim) <= kim * 0.2, "kim closures \(year): \(byKim)")
    }
  }
}
