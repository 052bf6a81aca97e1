import CaseModel
import Foundation
import Hummingbird
import Reports

/// What a report page or `GET /api/v1/reports/{name}` was asked: `from`, `to` (YYYY-MM-DD, or
/// DD.MM.YYYY from a typed form), `office` (EBH, ABH), `team` (kim, regular) and `municipality` (a name), read into the
/// report's request. A value that is not one is a 400, a choice the report cannot answer (a
/// period that ends before it starts, a team for a report without teams) a 422, each with the
/// parameter named in `details`. The page, its downloads and the API share it, so a download is
/// exactly what the page shows.
struct ReportQuery: Sendable {
  var definition: ReportDefinition
  var request: ReportRequest
  var name: String { definition.name }
  /// The period as given (nil: the default, the 24 months up to today).
  var from: Day?
  var to: Day?

  /// The longest period a report covers, in months.
  static let maxMonths = 240

  init(definition: ReportDefinition, request: ReportRequest, from: Day? = nil, to: Day? = nil) {
    self.definition = definition
    self.request = request
    self.from = from
    self.to = to
  }

  static func parse(_ query: Parameters, definition: ReportDefinition, today: Day, target: ForecastTarget = .default) throws -> ReportQuery {
    var details: [AppError.Detail] = []
    func value(_ key: String) -> String? {
      query.get(key).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }
    func read<T>(_ key: String, _ expected: Reason.Expectation, _ make: (String) -> T?) -> T? {
      guard let raw = value(key) else { return nil }
      guard let v = make(raw) else {
        details.append(.init(field: key, .given(expected, got: raw)))
        return nil
      }
      return v
    }
    let plausible = { (raw: String) in FactsForm.day(raw).flatMap { CaseFile.plausibleDays.contains($0) ? $0 : nil } }
    let from = read("from", .plausibleDate, plausible)
    let to = read("to", .plausibleDate, plausible)
    let office = read("office", .office) { Office(rawValue: $0.uppercased()) }
    let team = read("team", .team) { Team(rawValue: $0.lowercased()) }
    let municipality = read("municipality", .municipalityName(maximum: 100)) { $0.count <= 100 ? $0 : nil }
    guard details.isEmpty else { throw AppError(.badRequest, .invalidReportParameters, details: details) }
    let period = definition.period.range(today: today)
    var request = ReportRequest(
      office: definition.offersOffice ? office ?? .EBH : definition.fixedOffice == "ABH" ? .ABH : .EBH,
      from: from ?? (to == nil ? period.from : nil), to: to ?? period.to, team: team, municipality: municipality, today: today)
    request.forecastTarget = target
    if request.from > request.to {
      details.append(.init(field: "from", .periodReversed(from: request.from, to: request.to)))
    } else if request.months.count > maxMonths {
      details.append(.init(field: "from", .periodTooLong(years: maxMonths / 12)))
    }
    if team != nil, !definition.offersTeam {
      details.append(.init(field: "team", .reportWithoutTeams(definition.name)))
    }
    if municipality != nil, !definition.offersMunicipality {
      details.append(.init(field: "municipality", .reportWithoutMunicipalities(definition.name)))
    }
    guard details.isEmpty else { throw AppError(.unprocessableContent, .reportNotPossible, details: details) }
    return ReportQuery(definition: definition, request: request, from: from, to: to)
  }

  /// The office of the overview page (default EBH), or 400.
  /// The overview's municipality (`municipality=`): nil when absent or empty; a name of over 100
  /// characters is a 400, as on the report pages.
  static func municipality(_ query: Parameters) throws -> String? {
    guard let raw = query.get("municipality")?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
    guard raw.count <= 100 else {
      throw AppError(.badRequest, .invalidReportParameters, details: [.init(field: "municipality", .given(.municipalityName(maximum: 100), got: raw))])
    }
    return raw
  }

  static func office(_ query: Parameters) throws -> Office {
    guard let raw = query.get("office"), !raw.isEmpty else { return .EBH }
    guard let office = Office(rawValue: raw.uppercased()) else {
      throw AppError(.badRequest, .invalidReportParameters, details: [.init(field: "office", .given(.office, got: raw))])
    }
    return office
  }

  /// The query string of this choice for another report (its filters where it has them) or
  /// another period, with extra items (`format=csv`).
  func string(for other: ReportDefinition? = nil, period: (from: Day, to: Day)? = nil, extra: [(String, String)] = []) -> String {
    let target = other ?? definition
    var items: [(String, String)] = []
    if let period {
      items += [("from", period.from.iso), ("to", period.to.iso)]
    } else {
      if let from { items.append(("from", from.iso)) }
      if let to { items.append(("to", to.iso)) }
    }
    if target.offersOffice { items.append(("office", request.office.rawValue)) }
    if target.offersTeam, let team = request.team { items.append(("team", team.rawValue)) }
    if target.offersMunicipality, let m = request.municipality { items.append(("municipality", m)) }
    items += extra
    return items.isEmpty ? "" : "?" + items.map { "\($0.0)=\(QueueQuery.escape($0.1))" }.joined(separator: "&")
  }

  /// The quick choices of the period picker, as of `today`.
  static func quickPeriods(today: Day) -> [(key: StringKey, from: Day, to: Day)] {
    let year = Month(today).year
    return [
      (.reports_last_12, Month(today).advanced(by: -11).firstDay, today),
      (.reports_last_24, Month(today).advanced(by: -23).firstDay, today),
      (.reports_this_year, Day(year: year, month: 1, day: 1)!, today),
      (.reports_last_year, Day(year: year - 1, month: 1, day: 1)!, Day(year: year - 1, month: 12, day: 31)!),
    ]
  }

  /// A file name for a download: `throughput-EBH-kim-Siegburg-2025-01-01-2026-11-24.csv` (a
  /// municipality's name in ASCII letters and digits only).
  var fileName: String {
    let place = request.municipality.map { m in
      String(m.folding(options: .diacriticInsensitive, locale: nil).unicodeScalars.filter { $0.isASCII && CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
    return [name, definition.offersOffice ? request.office.rawValue : nil, request.team?.rawValue, place.flatMap { $0.isEmpty ? nil : $0 },
            request.from.iso, request.to.iso]
      .compactMap { $0 }.joined(separator: "-")
  }
}
