import CaseModel
import Foundation
import Testing

@Suite("Today in Germany")
struct BerlinDayTests {
  @Test("after 23:00 UTC in winter it is already the next day in Berlin")
  func winter() {
    #expect(Day(inBerlinAt: Date(timeIntervalSince1970: 1_795_563_000)).iso == "2026-11-25")  // 2026-11-24T23:30Z
    #expect(Day(inBerlinAt: Date(timeIntervalSince1970: 1_795_559_400)).iso == "2026-11-24")  // 2026-11-24T22:30Z
  }

  @Test("in summer Berlin is two hours ahead")
  func summer() {
    #expect(Day(inBerlinAt: Date(timeIntervalSince1970: 1_782_945_000)).iso == "2026-07-02")  // 2026-07-01T22:30Z
  }
}
