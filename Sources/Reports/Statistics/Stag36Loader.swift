import CaseModel
import CaseStore

extension Stag36Survey {
  /// One naturalization file's own features as codes (see `Values`), and the dates its records
  /// need (read with `json_extract` into `report_file`, no names).
  struct FileFacts {
    /// The file's position in the order read (see `Builder.fileNos`).
    var index: Int
    var birthYear, sex, maritalStatus, residence, legalBasis, nationalities: UInt32
    /// Whether the place of residence is given by name (no official key configured for it).
    var named: Bool
    var firstStay: Day?
    var handoverOn: Day?
  }

  /// How many calendar years before the survey year a grant is looked at for a handover in the
  /// year (a certificate handed over later than that is not expected).
  static let handoverYears = 2

  /// The surveys of `year` from the database: histories for the dates, facts for the features
  /// of the files that enter a survey (`ReportReads.forEachSurveyFile`: one scan). `keys`:
  /// the official municipality key (AGS) of each configured municipality by name; the records
  /// give it as the place of residence where set, else the name (and the survey counts the
  /// places without a key).
  public static func make(year: Int, db: ReportReads, keys: [String: String] = [:]) throws -> Stag36Survey {
    var builder = Builder(keys: keys)
    guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else {
      return builder.survey(year: year)
    }
    let inYear = { (d: Day) in d >= first && d <= last }
    // A naturalization takes effect on the certificate's handover, after the grant: grants after
    // the year cannot count, and those more than `handoverYears` before it are not read.
    let earliestGrant = Day(year: year - handoverYears, month: 1, day: 1) ?? first
    var closed: [FileHistory.Event] = []
    // One scan of the files: the history says whether a file enters a survey, and only then are
    // its facts read.
    try db.forEachSurveyFile { h, readFacts in
      let applied = inYear(h.receivedOn)
      var grant: Day?
      closed.removeAll(keepingCapacity: true)
      h.forEachClosure { c in
        if inYear(c.at) { closed.append(c) }
        if c.status == .granted { grant = c.at }
      }
      if let g = grant, g < earliestGrant || g > last { grant = nil }
      guard applied || !closed.isEmpty || grant != nil else { return }
      let f = builder.facts(readFacts())
      if applied { builder.add(f, on: h.receivedOn, kind: .applications) }
      for c in closed { builder.add(f, on: c.at, kind: .closures, closing: closingWord(c.status)) }
      // Naturalization takes effect on the handover of the certificate (§ 16 StAG).
      if let g = grant, inYear(f.handoverOn ?? g) { builder.add(f, on: f.handoverOn ?? g, kind: .naturalizations) }
    }
    return builder.survey(year: year)
  }

  /// Whole years from `from` to `to` (completed years of residence).
  static func years(from: Day, to: Day) -> Int {
    let a = from.components, b = to.components
    var n = b.year - a.year
    if (b.month, b.day) < (a.month, a.day) { n -= 1 }
    return max(0, n)
  }
}
