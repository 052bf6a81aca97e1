import CaseModel
import CaseStore

extension Stag36Survey {
  /// One naturalization file's facts the surveys need (read with `json_extract`, no names).
  struct FileFacts {
    var id: Int64
    var fileNo: String
    var route: String?
    var birthDate: Day?
    var sex: String?
    var maritalStatus: String?
    var municipality: String?
    var nationalities: [String]
    var firstStay: Day?
    var handoverOn: Day?
  }

  /// How many calendar years before the survey year a grant is looked at for a handover in the
  /// year (a certificate handed over later than that is not expected).
  static let handoverYears = 2

  /// The surveys of `year` from the database: histories for the dates, facts for the features
  /// of the files that enter a survey (`ReportReads.surveyFacts`: point reads by row id). `keys`:
  /// the official municipality key (AGS) of each configured municipality by name; the records
  /// give it as the place of residence where set, else the name (and the survey counts the
  /// places without a key).
  public static func make(year: Int, db: ReportReads, keys: [String: String] = [:]) throws -> Stag36Survey {
    let histories = try db.statusHistories(office: .EBH)
    guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else {
      return Stag36Survey(year: year, records: [:], gaps: [])
    }
    let inYear = { (d: Day) in d >= first && d <= last }
    var applied: [(Int64, Day)] = [], closed: [(Int64, FileHistory.Event)] = [], granted: [Int64: Day] = [:]
    // A naturalization takes effect on the certificate's handover, after the grant: grants after
    // the year cannot count, and those more than `handoverYears` before it are not read.
    let earliestGrant = Day(year: year - handoverYears, month: 1, day: 1) ?? first
    for h in histories {
      if inYear(h.receivedOn) { applied.append((h.id, h.receivedOn)) }
      h.forEachClosure { c in
        if inYear(c.at) { closed.append((h.id, c)) }
        if c.status == .granted { granted[h.id] = c.at }
      }
      if let g = granted[h.id], g < earliestGrant || g > last { granted[h.id] = nil }
    }
    let ids = Set(applied.map(\.0)).union(closed.map(\.0)).union(granted.keys)
    var facts: [Int64: FileFacts] = [:]
    for row in try db.surveyFacts(ids: ids) {
      let f = FileFacts(
        id: row.id, fileNo: row.fileNo, route: row.route, birthDate: row.birthDate, sex: row.sex, maritalStatus: row.maritalStatus,
        municipality: row.municipality, nationalities: codes(row.nationalities), firstStay: row.firstStay, handoverOn: row.handoverOn)
      facts[f.id] = f
    }
    return build(year: year, applied: applied, closed: closed, granted: granted, facts: facts, inYear: inYear, keys: keys)
  }

  static func build(
    year: Int, applied: [(Int64, Day)], closed: [(Int64, FileHistory.Event)], granted: [Int64: Day], facts: [Int64: FileFacts],
    inYear: (Day) -> Bool, keys: [String: String] = [:]
  ) -> Stag36Survey {
    var records: [Kind: [Record]] = [:]
    var gaps: [String: Set<String>] = [:]
    var withoutKey: [String: Int] = [:]
    func record(_ f: FileFacts, on day: Day, kind: Kind) -> Record {
      if let m = f.municipality, keys[m] == nil { withoutKey[m, default: 0] += 1 }
      var r = Record(
        birthYear: f.birthDate.map { $0.components.year }, sex: sexWord(f.sex), maritalStatus: maritalWord(f.maritalStatus),
        residence: f.municipality.map { keys[$0] ?? $0 }, yearsInGermany: f.firstStay.map { years(from: $0, to: day) }, legalBasis: nil,
        nationalities: f.nationalities, closing: nil)
      if kind == .naturalizations { r.legalBasis = legalBasis(f.route) }
      for feature in features(kind) where value(r, feature) == nil && feature != "closing" { gaps[f.fileNo, default: []].insert(feature) }
      return r
    }
    for (id, receivedOn) in applied {
      if let f = facts[id] { records[.applications, default: []].append(record(f, on: receivedOn, kind: .applications)) }
    }
    for (id, c) in closed {
      guard let f = facts[id] else { continue }
      var r = record(f, on: c.at, kind: .closures)
      r.closing = closingWord(c.status)
      records[.closures, default: []].append(r)
    }
    for (id, grantedOn) in granted {
      guard let f = facts[id] else { continue }
      // Naturalization takes effect on the handover of the certificate (§ 16 StAG).
      let effective = f.handoverOn ?? grantedOn
      guard inYear(effective) else { continue }
      records[.naturalizations, default: []].append(record(f, on: effective, kind: .naturalizations))
    }
    // Sorted by each record's key, made once per record (not once per comparison).
    for k in Kind.allCases { records[k] = (records[k] ?? []).map { ($0.sortKey, $0) }.sorted { $0.0 < $1.0 }.map(\.1) }
    return Stag36Survey(
      year: year, records: records,
      gaps: gaps.map { Gap(fileNo: $0.key, missing: $0.value.sorted()) }.sorted { $0.fileNo < $1.fileNo }, withoutKey: withoutKey)
  }

  /// Whole years from `from` to `to` (completed years of residence).
  static func years(from: Day, to: Day) -> Int {
    let a = from.components, b = to.components
    var n = b.year - a.year
    if (b.month, b.day) < (a.month, a.day) { n -= 1 }
    return max(0, n)
  }

  static func day(_ text: String?) -> Day? { text.flatMap { Day(iso: $0) } }

  /// `["TUR","SYR"]` as `["TUR", "SYR"]`.
  static func codes(_ json: String?) -> [String] {
    guard let json else { return [] }
    return json.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { !$0.isEmpty }
  }
}
