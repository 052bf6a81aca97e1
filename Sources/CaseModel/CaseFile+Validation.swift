import Foundation

// Checks that go beyond types: ranges, date order, consistency of status and history.
// Import, the API and the web forms all call `validate()`, so every entry path checks the same.

extension CaseFile {
  public func validate() -> [FieldError] {
    var errors: [FieldError] = []
    func fail(_ path: String, _ reason: Reason) { errors.append(FieldError(path: path, reason: reason)) }

    if Self.isBlank(fileNo) { fail("file_no", .mustNotBeEmpty) }
    if let route, route.office != office {
      fail("route", .routeOfOtherOffice(route, office: office))
    }
    if Self.isBlank(person.familyName) {
      fail("person.family_name", .mustNotBeEmpty)
    }
    for (i, code) in (person.nationalities ?? []).enumerated() where !Self.isCode(code, length: 3, upper: true) {
      fail("person.nationalities[\(i)]", .countryCode(code))
    }
    for (i, code) in (person.languages ?? []).enumerated() where !Self.isCode(code, length: 2, upper: false) {
      fail("person.languages[\(i)]", .languageCode(code))
    }
    if let history {
      if let last = history.last, last.status != status {
        fail("history", .lastEntryDiffers(last: last.status, status: status))
      }
      for i in history.indices.dropFirst() where history[i].at < history[i - 1].at {
        fail("history[\(i)].at", .entriesInDateOrder)
      }
    }
    for (i, stay) in (stays ?? []).enumerated() {
      if let to = stay.to, to < stay.from { fail("stays[\(i)].to", .endsBeforeItBegins) }
    }
    for (i, a) in (absences ?? []).enumerated() where a.to < a.from {
      fail("absences[\(i)].to", .endsBeforeItBegins)
    }
    if let p = permit104c, p.to < p.from { fail("permit_104c.to", .endsBeforeItBegins) }
    if let level = identity?.evidenceLevel, !(1...4).contains(level) {
      fail("identity.evidence_level", .scale(1, 4, got: level))
    }
    if let m = livelihood?.fulltimeMonthsLast24, !(0...24).contains(m) {
      fail("livelihood.fulltime_months_last_24", .scale(0, 24, got: m))
    }
    // (negative and absurd numbers and dates: CaseFile+Plausibility.swift)
    errors += plausibilityErrors()
    for (i, d) in (documents ?? []).enumerated() where d.id.isEmpty {
      fail("documents[\(i)].id", .mustNotBeEmpty)
    }
    for (i, c) in (consents ?? []).enumerated() {
      if let w = c.withdrawnOn, w < c.givenOn { fail("consents[\(i)].withdrawn_on", .beforeGivenOn) }
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
