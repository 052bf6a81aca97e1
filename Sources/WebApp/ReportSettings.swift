import Foundation
import Reports

/// What the report pages take from outside: the `reports/` folder, the authority and address
/// for cover pages (the office configuration), the forecast's target and the municipalities.
public struct ReportSettings: Sendable {
  public var directory: String
  public var authority: String
  public var address: [String]
  public var target: ForecastTarget
  /// The district's municipalities (the configuration's, in its order), offered first by the
  /// municipality filter; the others the data names follow.
  public var municipalities: [String]

  public init(
    directory: String = ReportCatalog.defaultDirectory(environment: ProcessInfo.processInfo.environment), authority: String = "",
    address: [String] = [], target: ForecastTarget = .default, municipalities: [String] = []
  ) {
    self.directory = directory
    self.authority = authority
    self.address = address
    self.target = target
    self.municipalities = municipalities
  }
}
