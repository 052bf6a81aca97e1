import CaseModel
import CaseStore

/// Makes a report from the database: loads what it needs in one read transaction and calls the
/// pure metric functions. The one entry point for the command line, the web pages and the API.
public enum ReportMaker {
  public static func make(_ name: ReportName, request: ReportRequest, store: AppDatabase) async throws -> any ReportContent {
    try await store.reportReads { db in try make(name, request: request, db: db) }
  }

  public static func make(_ name: ReportName, request: ReportRequest, db: ReportReads) throws -> any ReportContent {
    try make(name, request: request, db: db, histories: { try db.statusHistories(office: request.office) })
  }

  /// A report from histories the caller already holds (the office's, as `HistoryLoader` reads
  /// them): the web application keeps them for a short while, so paging through the reports
  /// does not read every status event again.
  public static func make(_ name: ReportName, request: ReportRequest, db: ReportReads, histories: [FileHistory]) throws -> any ReportContent {
    try make(name, request: request, db: db, histories: { histories })
  }

  /// Several reports of one request in one read transaction; the histories, which the
  /// throughput, backlog, cycle-time and forecast reports share, are loaded once.
  public static func make(_ names: [ReportName], request: ReportRequest, store: AppDatabase) async throws -> [any ReportContent] {
    try await store.reportReads { db in try make(names, request: request, db: db) }
  }

  public static func make(_ names: [ReportName], request: ReportRequest, db: ReportReads) throws -> [any ReportContent] {
    let made = try make(names.map { ($0, request) }, db: db, histories: SharedHistories(db: db, office: request.office))
    return names.compactMap { made[$0] }
  }

  static func make(
    _ name: ReportName, request: ReportRequest, db: ReportReads, histories: () throws -> [FileHistory]
  ) throws -> any ReportContent {
    try job(name, request: request, db: db, histories: histories).content()
  }

  /// The report made, or what the database gives it read and the rest left as work (see `Job`).
  static func job(_ name: ReportName, request: ReportRequest, db: ReportReads, histories: () throws -> [FileHistory]) throws -> Job {
    if !name.supportsOffice, request.office != .ABH {  // the abh report is the immigration office's
      var abh = request
      abh.office = .ABH
      return try job(name, request: abh, db: db, histories: { try db.statusHistories(office: .ABH) })
    }
    if let team = request.team, !name.supportsTeam {
      throw ReportError("the report \"\(name.rawValue)\" cannot be limited to the team \(team.rawValue); teams apply to throughput, backlog and cycle-time", field: "team")
    }
    let ids = try request.municipality.map { try MunicipalityLoader.fileIDs(db, office: request.office, municipality: $0) }
    return try job(
      name, request: request, db: db,
      teamHistories: {
        let all = try histories()
        guard request.team != nil || ids != nil else { return all }
        return all.filter { h in request.team.map { h.team == $0 } ?? true && ids.map { $0.contains(h.id) } ?? true }
      })
  }

  /// `histories`: the office's histories, of the request's team and municipality only if it
  /// names them.
  private static func job(
    _ name: ReportName, request: ReportRequest, db: ReportReads, teamHistories histories: () throws -> [FileHistory]
  ) throws -> Job {
    switch name {
    case .throughput:
      let h = try histories()
      return .work { ThroughputReport(h, request: request) }
    case .cycleTime:
      let h = try histories()
      return .work { CycleTimeReport(h, request: request) }
    case .forecast:
      let (h, clerks) = (try histories(), try activeClerks(db, request: request))
      return .work { ForecastReport(h, request: request, clerks: clerks) }
    case .backlog:
      let numbers = try fileNumbers(db)
      return .made(BacklogReport(try histories(), request: request, fileNumbers: { ids in (try? numbers(ids)) ?? [:] }))
    case .screening where request.asOf < request.today:
      var r = ScreeningReport(try SnapshotLoader.screeningRows(db, office: request.office, histories: try histories(), on: request.asOf), request: request)
      r.openFromHistory = true
      return .made(r)
    case .screening:
      return .made(ScreeningReport(
        try SnapshotLoader.screeningRows(db, office: request.office, municipality: request.municipality), request: request))
    case .abh where request.asOf < request.today:
      let (files, open, screenings) = try SnapshotLoader.abh(db, histories: try histories(), on: request.asOf)
      return .made(AbhReport(files, open: open, screenings: screenings, request: request))
    case .abh:
      let m = request.municipality
      return .made(AbhReport(
        try SnapshotLoader.abhFiles(db, municipality: m), open: try SnapshotLoader.abhOpenCount(db, municipality: m),
        screenings: try SnapshotLoader.abhScreenings(db, municipality: m), request: request))
    case .referrals:
      return .made(ReferralsReport(try ReferralLoader.load(db, office: request.office, municipality: request.municipality), request: request))
    }
  }

  /// Looks up the file numbers of a few row ids (the oldest-files list only).
  static func fileNumbers(_ db: ReportReads) throws -> ([Int64]) throws -> [Int64: String] {
    { ids in try db.fileNumbers(ids: ids) }
  }

  /// Clerks who closed at least one file of the office in the forecast window (the count only).
  /// With a municipality: the clerks who closed files of that municipality.
  static func activeClerks(_ db: ReportReads, request: ReportRequest) throws -> Int {
    try db.clerksClosing(
      office: request.office, after: request.asOf.adding(days: -7 * ForecastReport.windowWeeks), through: request.asOf,
      municipality: request.municipality)
  }
}

/// The status histories of one office, loaded on first use and then shared by the reports of one
/// read transaction.
final class SharedHistories {
  let db: ReportReads
  let office: Office
  var loaded: [FileHistory]?

  init(db: ReportReads, office: Office) {
    self.db = db
    self.office = office
  }

  func load() throws -> [FileHistory] {
    if let loaded { return loaded }
    let histories = try db.statusHistories(office: office)
    loaded = histories
    return histories
  }
}

extension ReportMaker {
  /// The overview of one office (`ReportOverview`) in one read transaction, the histories
  /// loaded once for its throughput, backlog, cycle-time and forecast.
  /// `histories`: the office's, if the caller holds them already. `municipality`: only the files
  /// of that municipality, as in every report that offers the filter.
  public static func overview(
    office: Office, today: Day, db: ReportReads, histories held: [FileHistory]? = nil, target: ForecastTarget = .default,
    municipality: String? = nil
  ) throws -> ReportOverview {
    var period = ReportOverview.period(office: office, today: today)
    period.forecastTarget = target
    period.municipality = municipality
    var longer = period
    longer.from = Month(period.from).advanced(by: -1).firstDay
    let histories = SharedHistories(db: db, office: office)
    histories.loaded = held
    let made = try make(
      [(.throughput, longer), (.backlog, period), (.cycleTime, period), (.forecast, period), (.referrals, period)], db: db,
      histories: histories)
    func report<T>(_ name: ReportName) throws -> T {
      guard let r = made[name] as? T else { throw ReportError("the overview's \(name.rawValue) report could not be made") }
      return r
    }
    return ReportOverview(
      period: period, throughput: try report(.throughput), backlog: try report(.backlog), cycleTime: try report(.cycleTime),
      forecast: try report(.forecast), referrals: try report(.referrals))
  }
}
