import CaseModel
import Testing

/// Periods as German law counts them (§§ 187 Abs. 2, 188 Abs. 2, 3 BGB).
@Suite struct PeriodCountingTests {
  @Test func fiveYearsBegunOnTheFirstOfAprilAreCompleteOnTheFirstOfAprilFiveYearsLater() {
    #expect(Support.day("2022-04-01").completing(years: 5) == Support.day("2027-04-01"))
  }

  @Test func aPeriodBegunOnTwentyNinthFebruaryIsCompleteOnFirstMarchInACommonYear() {
    #expect(Support.day("2024-02-29").completing(years: 5) == Support.day("2029-03-01"))
    #expect(Support.day("2024-02-29").completing(years: 4) == Support.day("2028-02-29"))
  }

  @Test func aMonthBegunOnTheThirtyFirstEndsWithTheLastDayOfAShorterMonth() {
    #expect(Support.day("2025-01-31").completing(months: 1) == Support.day("2025-03-01"))
    #expect(Support.day("2024-01-31").completing(months: 1) == Support.day("2024-03-01"))
    #expect(Support.day("2025-03-31").completing(months: 1) == Support.day("2025-05-01"))
  }

  @Test func twelveMonthsOfDuldungBegunInOctoberAreCompleteTheNextOctober() {
    #expect(Support.day("2022-10-01").completing(months: 12) == Support.day("2023-10-01"))
  }

  @Test func aPersonBornOnTwentyNinthFebruaryTurnsTwentySevenOnFirstMarch() {
    #expect(Support.day("2000-02-29").birthday(turning: 27) == Support.day("2027-03-01"))
    #expect(Support.day("2000-02-29").age(on: Support.day("2027-02-28")) == 26)
  }

  @Test func zeroMonthsCompleteOnTheSameDay() {
    #expect(Support.day("2023-05-17").completing(months: 0) == Support.day("2023-05-17"))
  }
}
