import Foundation

// Checks that go beyond types: ranges, date order, consistency of status and history.
// Import, the API and the web forms all call `validate()`, so every entry path checks the same.

extension CaseFile {
  public func validate() -> [FieldError] {
    var errors: [FieldError] = []
    func fail(_ path: String, _ reason: String) { errors.append(FieldError(path: path, reason: reason)) }

    if Self.isBlank(fileNo) { fail("file_no", "must not be empty") }
    if let route, route.office != office {
      fail("route", "route \(route.rawValue) belongs to the \(route.office.rawValue), not the \(office.rawValue)")
    }
    if Self.isBlank(person.familyName) {
      fail("person.family_name", "must not be empty")
    }
    for (i, code) in (person.nationalities ?? []).enumerated() where !Self.isCode(code, length: 3, upper: true) {
      fail("person.nationalities[\(i)]", "expected an ISO 3166 alpha-3 code such as SYR, got \"\(code)\"")
    }
    for (i, code) in (person.languages ?? []).enumerated() where !Self.isCode(code, length: 2, upper: false) {
      fail("person.languages[\(i)]", "expected an ISO 639-1 code such as ar, got \"\(code)\"")
    }
    if let history {
      if let last = history.last, last.status != status {
        fail("history", "the last entry (\(last.status.rawValue)) must equal status (\(status.rawValue))")
      }
      for i in history.indices.dropFirst() where history[i].at < history[i - 1].at {
        fail("history[\(i)].at", "entries must be in date order")
      }
    }
    for (i, stay) in (stays ?? []).enumerated() {
      if let to = stay.to, to < stay.from { fail("stays[\(i)].to", "ends before it begins") }
    }
    for (i, a) in (absences ?? []).enumerated() where a.to < a.from {
      fail("absences[\(i)].to", "ends before it begins")
    }
    if let p = permit104c, p.to < p.from { fail("permit_104c.to", "ends before it begins") }
    if let level = identity?.evidenceLevel, !(1...4).contains(level) {
      fail("identity.evidence_level", "must be 1 to 4, got \(level)")
    }
    if let m = livelihood?.fulltimeMonthsLast24, !(0...24).contains(m) {
      fail("livelihood.fulltime_months_last_24", "must be 0 to 24, got \(m)")
    }
    // (No arrays of (path, value) here: this runs for every file of a bulk import or screening.)
    func notNegative(_ path: String, _ value: Double?) {
      if let value, value < 0 || !value.isFinite { fail(path, "must not be negative") }
    }
    func notNegative(_ path: String, _ value: Int?) {
      if let value, value < 0 { fail(path, "must not be negative") }
    }
    notNegative("livelihood.income_monthly", livelihood?.incomeMonthly)
    notNegative("livelihood.need_monthly", livelihood?.needMonthly)
    notNegative("school.years_attended_in_germany", school?.yearsAttendedInGermany)
    notNegative("spouses_count", spousesCount)
    notNegative("household.minor_children", household?.minorChildren)
    for (i, c) in (convictions ?? []).enumerated() {
      if let r = c.dailyRates, r < 0 { fail("convictions[\(i)].daily_rates", "must not be negative") }
      if let m = c.months, m < 0 { fail("convictions[\(i)].months", "must not be negative") }
    }
    for (i, d) in (documents ?? []).enumerated() where d.id.isEmpty {
      fail("documents[\(i)].id", "must not be empty")
    }
    for (i, c) in (consents ?? []).enumerated() {
      if let w = c.withdrawnOn, w < c.givenOn { fail("consents[\(i)].withdrawn_on", "before given_on") }
    }
    errors += sectionEightErrors()
    return errors
  }

  /// Empty or only whitespace (`CharacterSet.whitespaces`: spaces and tabs). Any ASCII byte but
  /// a space or tab answers no at once; only other text goes through Foundation.
  static func isBlank(_ s: String) -> Bool {
    for b in s.utf8 where b < 0x80 && b != 0x20 && b != 0x09 { return false }
    return s.trimmingCharacters(in: .whitespaces).isEmpty
  }

  static func isCode(_ s: String, length: Int, upper: Bool) -> Bool {
    s.utf8.count == length
      && s.utf8.allSatisfy { upper ? ($0 >= 65 && $0 <= 90) : ($0 >= 97 && $0 <= 122) }
  }
}
