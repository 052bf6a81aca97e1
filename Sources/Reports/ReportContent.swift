import Foundation

/// A data set of the reports (throughput, backlog, ...; `ReportName`) or a report made from a
/// definition (`DefinedReport`): its JSON form is the `Codable` struct itself, for other tools
/// and the API. What people read comes from the definitions in `reports/` (`DefinedReport`).
public protocol ReportContent: Encodable, Sendable {}

extension ReportContent {
  /// Compact JSON with sorted keys (stable output: the same data gives the same bytes).
  public var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Encoding plain structs of numbers and strings cannot fail.
    return String(decoding: try! encoder.encode(self), as: UTF8.self)
  }
}
