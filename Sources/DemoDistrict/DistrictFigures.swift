/// The yearly figures of the Rhein-Sieg-Kreis evaluation report (shared/domain.md) and the
/// assumptions that extend them. Years after the table repeat its last value.
struct DistrictFigures: Sendable {
  static let firstYear = 2020

  /// Full-year volumes from `firstYear` on.
  let intakeTable: [Double]
  let closureTable: [Double]
  let kimTable: [Double]

  func intake(_ year: Int) -> Double { Self.value(intakeTable, year) }
  func closures(_ year: Int) -> Double { Self.value(closureTable, year) }
  func kimClosures(_ year: Int) -> Double { Self.value(kimTable, year) }

  static func value(_ table: [Double], _ year: Int) -> Double {
    table[min(max(year - firstYear, 0), table.count - 1)]
  }

  /// EBH. Intake 2020-2023 and closures 2022-2023 (kim 193 / 370) are the report's figures.
  /// Assumptions: intake 2024-2026 up about a third after the 2024 reform (nationally +46 %);
  /// closures before 2022 and after 2023 chosen so that the open backlog settles near 2,600;
  /// the kim team starts in 2022.
  static let naturalization = DistrictFigures(
    intakeTable: [750, 914, 1_279, 1_753, 2_350, 2_450, 2_500],
    closureTable: [300, 600, 864, 1_083, 1_800, 2_400, 2_600],
    kimTable: [0, 0, 193, 370, 600, 780, 850])

  /// ABH Duldung files: about 1,200-1,300 in the district, opened across the years (peak 2023 with
  /// the § 104c applications); few close, because a granted file leaves the Duldung caseload.
  static let duldung = DistrictFigures(
    intakeTable: [140, 165, 205, 255, 210, 185, 130],
    closureTable: [0, 0, 0, 10, 15, 15, 15],
    kimTable: [0, 0, 0, 3, 5, 5, 5])
}
