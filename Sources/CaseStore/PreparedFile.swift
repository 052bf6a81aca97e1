import CaseExchange
import CaseModel
import Eligibility
import Foundation

/// Everything the writer binds for one file, computed off the writing thread (and on all cores)
/// during an import: the `case_file` columns, the history rows, the verdict and screening rows.
struct PreparedFile: Sendable {
  let file: CaseFile
  let facts: String
  let columns: [SQLValue]
  /// `seq, at, status, by` of each history entry.
  let events: [[SQLValue]]
  let verdict: VerdictSummary?
  /// `route, as_of, ruleset_version, verdict, eligible_on, open_findings`; nil when not screened.
  let screeningRows: [[SQLValue]]?

  init(_ file: CaseFile, facts: String, verdict: VerdictSummary? = nil, screenings: [Screening]? = nil) {
    self.file = file
    self.facts = facts
    columns = [
      .text(file.fileNo), .text(file.office.rawValue), SQLValue(file.route?.rawValue), .text(file.status.rawValue),
      .int(file.status.isClosed ? 0 : 1), .text(file.receivedOn.iso), SQLValue(file.decidedOn?.iso),
      SQLValue(file.closedOn?.iso), SQLValue(file.team?.rawValue), SQLValue(file.clerk),
      SQLValue(file.person.municipality), .text(file.person.familyName), SQLValue(file.person.givenNames),
      SQLValue(file.person.birthDate?.iso), SQLValue(file.followUpOn?.iso), .text(facts),
      .int(Self.mentions104c(facts) ? 1 : 0),
    ]
    events = (file.history ?? []).enumerated().map { seq, e in
      [.int(Int64(seq)), .text(e.at.iso), .text(e.status.rawValue), SQLValue(e.by)]
    }
    self.verdict = verdict ?? screenings.flatMap(VerdictSummary.init)
    screeningRows = screenings?.map(Self.screeningRow)
  }

  /// The facts JSON mentions a § 104c permit or a follow-up application (`case_file.mentions_104c`,
  /// which the ABH report's partial index selects on): it holds `"permit_104c"` or
  /// `"followup_application_on"`, as a name or as a value.
  static func mentions104c(_ facts: String) -> Bool {
    var facts = facts
    return facts.withUTF8 { f in Self.permit104c.occurs(in: f) || Self.followup.occurs(in: f) }
  }

  static let permit104c = Needle("\"permit_104c\"")
  static let followup = Needle("\"followup_application_on\"")

  static func screeningRow(_ s: Screening) -> [SQLValue] {
    [
      .text(s.route.rawValue), .text(s.asOf.iso), .text(s.rulesetVersion), .text(s.verdict.rawValue),
      SQLValue(s.eligibleOn?.iso), .text(StoredScreening.compact(s.findings)),
    ]
  }
}

/// A text searched for with Horspool's method: it skips ahead by up to its own length.
struct Needle: Sendable {
  let bytes: [UInt8]
  let skip: [Int]

  init(_ text: StaticString) {
    bytes = Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    var skip = [Int](repeating: bytes.count, count: 256)
    for (i, b) in bytes.dropLast().enumerated() { skip[Int(b)] = bytes.count - 1 - i }
    self.skip = skip
  }

  func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    guard n <= hay.count else { return false }
    return bytes.withUnsafeBufferPointer { needle in
      skip.withUnsafeBufferPointer { skip in
        var i = 0
        while i <= hay.count - n {
          let last = hay[i + n - 1]
          if last == needle[n - 1], memcmp(hay.baseAddress! + i, needle.baseAddress!, n - 1) == 0 { return true }
          i += skip[Int(last)]
        }
        return false
      }
    }
  }
}
