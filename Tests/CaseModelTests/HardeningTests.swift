import CaseModel
import Testing

/// Day arithmetic stops at the ends of the calendar instead of trapping, and the validation
/// refuses dates and numbers outside their plausible ranges, naming the field (issue 12).
@Suite("Day arithmetic that cannot trap; plausible ranges")
struct HardeningTests {
  @Test("adding any number of days, months or years stays within 0001-01-01 and 9999-12-31")
  func clamped() {
    let day = Day(iso: "2026-11-24")!
    #expect(day.adding(days: 3_000_000_000) == .max)
    #expect(day.adding(days: -3_000_000_000) == .min)
    #expect(day.adding(days: Int.max) == .max)
    #expect(day.adding(days: Int.min) == .min)
    #expect(day.adding(months: Int.max) == .max)
    #expect(day.adding(years: Int.min) == .min)
    #expect(Day.max.adding(days: 1) == .max)
    #expect(Day.max.completing(years: 5) == .max)
    #expect(Day.min.completing(years: -1) == .min)
    #expect(Day(iso: "9999-02-28")!.birthday(turning: 27) == .max)
    #expect(Day.min.days(until: .max) == 3_652_058)
    #expect(Day(clampingOrdinal: Int.max) == .max)
    #expect(Day.min.iso == "0001-01-01" && Day.max.iso == "9999-12-31")
  }

  @Test("ordinary arithmetic is unchanged")
  func ordinary() {
    #expect(Day(iso: "2024-01-31")!.adding(months: 1).iso == "2024-02-29")
    #expect(Day(iso: "2022-04-01")!.completing(years: 5).iso == "2027-04-01")
    #expect(Day(iso: "2024-02-29")!.completing(years: 1).iso == "2025-03-01")
    #expect(Day(iso: "2026-11-24")!.adding(days: -30).iso == "2026-10-25")
    #expect(Day(iso: "2000-02-29")!.birthday(turning: 27).iso == "2027-03-01")
  }

  @Test("whole numbers from any Double: NaN, infinities and huge values do not trap")
  func saturating() {
    #expect(Int(saturating: 1e21) == .max)
    #expect(Int(saturating: -.infinity) == .min)
    #expect(Int(saturating: .nan) == 0)
    #expect(Int(saturating: 41.9) == 41)
    #expect(Int.max.saturatingAdding(1) == .max)
  }

  static func file() -> CaseFile {
    CaseFile(fileNo: "EBH-1", office: .EBH, receivedOn: Day(iso: "2025-01-02")!, status: .received, person: Person(familyName: "X"))
  }

  @Test("dates outside 1900-2100 and absurd numbers are refused with the field named")
  func plausibility() {
    var f = Self.file()
    f.marriedToGermanSince = Day(iso: "9999-12-31")
    f.absences = [Absence(from: Day(iso: "0001-01-01")!, to: Day(iso: "9999-12-31")!)]
    f.person.birthDate = Day(iso: "9998-01-01")
    var l = Livelihood()
    l.incomeMonthly = 1e21
    l.needMonthly = -5
    f.livelihood = l
    var c = Conviction(on: Day(iso: "2020-01-01")!, kind: .prison)
    c.months = 9_223_372_036_854_775_807
    c.dailyRates = Int.max
    f.convictions = [c]
    f.spousesCount = 2_147_483_648
    let fields = Set(f.validate().map(\.path))
    for field in [
      "married_to_german_since", "absences[0].from", "absences[0].to", "person.birth_date", "livelihood.income_monthly",
      "livelihood.need_monthly", "convictions[0].months", "convictions[0].daily_rates", "spouses_count",
    ] {
      #expect(fields.contains(field), "\(field)")
    }
  }

  @Test("the edges of the ranges are accepted")
  func edges() {
    var f = Self.file()
    f.person.birthDate = Day(iso: "1900-01-01")
    f.followUpOn = Day(iso: "2100-12-31")
    var l = Livelihood()
    l.incomeMonthly = 1_000_000
    f.livelihood = l
    var c = Conviction(on: Day(iso: "2020-01-01")!, kind: .fine)
    c.dailyRates = 720
    f.convictions = [c]
    #expect(f.validate().isEmpty)
  }
}
