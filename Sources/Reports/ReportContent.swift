import Foundation

/// What every report offers: its JSON form (the `Codable` struct itself, for other tools and the
/// API) and a `ReportDocument` for HTML and CSV.
public protocol ReportContent: Encodable, Sendable {
  func document(_ language: Language) -> ReportDocument
}

extension ReportContent {
  /// Compact JSON with sorted keys (stable output: the same data gives the same bytes).
  public var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Encoding plain structs of numbers and strings cannot fail.
    return String(decoding: try! encoder.encode(self), as: UTF8.self)
  }
}
