import CaseModel
import CaseStore

/// The open backlog: files in each open stage at every month's end (a cumulative flow diagram),
/// the age of the files open on the as-of date in bands, how many are past three months
/// (§ 75 VwGO: an action for failure to act is admissible after three months), one and two
/// years, and the oldest open files (file number and dates only).
public struct BacklogReport: ReportContent, Codable, Sendable, Equatable {
  public struct StageRow: Codable, Sendable, Equatable {
    public var month: String
    /// Open files by stage, in the order of `CaseStatus.openStages`.
    public var stages: [String: Int]
    public var open: Int
  }
  public struct Band: Codable, Sendable, Equatable {
    public var band: String
    public var count: Int
  }
  public struct OldFile: Codable, Sendable, Equatable {
    public var fileNo: String
    public var receivedOn: String
    public var ageDays: Int
    public var stage: String
    enum CodingKeys: String, CodingKey { case fileNo = "file_no", receivedOn = "received_on", ageDays = "age_days", stage }
  }

  public var report = "backlog"
  public var office: String
  public var from: String
  public var to: String
  public var asOf: String
  /// The team the report is limited to (absent: all files).
  public var team: String?
  public var months: [StageRow]
  public var open: Int
  public var ageBands: [Band]
  public var pastThreeMonths: Int
  public var pastOneYear: Int
  public var pastTwoYears: Int
  public var oldest: [OldFile]

  enum CodingKeys: String, CodingKey {
    case report, office, from, to, asOf = "as_of", team, months, open, ageBands = "age_bands"
    case pastThreeMonths = "past_3_months", pastOneYear = "past_1_year", pastTwoYears = "past_2_years", oldest
  }

  /// Age bands by whole calendar months since receipt (a file received on 15 March is three
  /// months old from 15 June on).
  public static let bands: [(key: String, months: Int)] = [("0-3m", 0), ("3-6m", 3), ("6-12m", 6), ("12-24m", 12), ("24m+", 24)]

  /// `fileNumbers` maps the ids of the oldest files to their numbers (looked up by the caller).
  public init(_ histories: [FileHistory], request: ReportRequest, oldestCount: Int = 10, fileNumbers: (([Int64]) -> [Int64: String])? = nil) {
    let flow = MonthlyFlow(histories, months: request.months)
    office = request.office.rawValue
    from = request.from.iso
    to = request.to.iso
    asOf = request.asOf.iso
    team = request.team?.rawValue
    months = flow.months.indices.map { i in
      StageRow(
        month: flow.months[i].iso,
        stages: Dictionary(uniqueKeysWithValues: CaseStatus.openStages.map { ($0.rawValue, flow.atEnd[i][$0.index]) }),
        open: flow.openAtEnd(i))
    }
    let day = request.asOf
    var counts = Array(repeating: 0, count: Self.bands.count)
    var open = 0
    var oldestOpen = OldestFiles(count: oldestCount)
    // The band of each day of receipt, worked out once per day (many files share one).
    var bandOf: [Int32: Int] = [:]
    for h in histories {
      guard let s = h.status(on: day), !s.isClosed else { continue }
      open += 1
      oldestOpen.offer(h, s)
      if let band = bandOf[h.receivedOn.ordinal] {
        counts[band] += 1
        continue
      }
      var band = 0
      while band + 1 < Self.bands.count, h.receivedOn.completing(months: Self.bands[band + 1].months) <= day { band += 1 }
      bandOf[h.receivedOn.ordinal] = band
      counts[band] += 1
    }
    self.open = open
    ageBands = zip(Self.bands, counts).map { Band(band: $0.key, count: $1) }
    pastThreeMonths = counts[1...].reduce(0, +)
    pastOneYear = counts[3...].reduce(0, +)
    pastTwoYears = counts[4]
    let old = oldestOpen.files
    let numbers = fileNumbers?(old.map(\.0.id)) ?? [:]
    oldest = old.map { h, s in
      OldFile(fileNo: numbers[h.id] ?? "#\(h.id)", receivedOn: h.receivedOn.iso, ageDays: h.receivedOn.days(until: day), stage: s.rawValue)
    }
  }
}

/// The `count` open files with the oldest application (by day of receipt, then id), kept while
/// the files go by: the same as sorting every open file and taking the first `count`.
struct OldestFiles {
  let count: Int
  private(set) var files: [(FileHistory, CaseStatus)] = []

  init(count: Int) { self.count = count }

  mutating func offer(_ h: FileHistory, _ s: CaseStatus) {
    guard count > 0 else { return }
    func before(_ a: FileHistory, _ b: FileHistory) -> Bool { (a.receivedOn, a.id) < (b.receivedOn, b.id) }
    if files.count == count, let last = files.last, !before(h, last.0) { return }
    let at = files.firstIndex { before(h, $0.0) } ?? files.count
    files.insert((h, s), at: at)
    if files.count > count { files.removeLast() }
  }
}
