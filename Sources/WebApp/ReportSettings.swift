import Foundation
import Reports

/// What the report pages take from outside: the `reports/` folder, the authority and address
/// for cover pages (the office configuration), and the forecast's target.
public struct ReportSettings: Sendable {
  public var directory: String
  public var authority: String
  public var address: [String]
  public var target: ForecastTarget

  public init(
    directory: String = ReportCatalog.defaultDirectory(environment: ProcessInfo.processInfo.environment), authority: String = "",
    address: [String] = [], target: ForecastTarget = .default
  ) {
    self.directory = directory
    self.authority = authority
    self.address = address
    self.target = target
  }
}
