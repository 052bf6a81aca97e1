import CaseModel
import Hummingbird

/// Reads single query parameters with their bounds at the edge: a value that is not a number or
/// date, or lies outside its range, is a 400 naming the parameter (`details[0].field`), never a
/// number that overflows further in (a page of 2^63 once trapped the server).
enum QueryParameter {
  /// The largest page number any list accepts (500 rows a page: 50 million rows).
  static let maxPage = 100_000
  /// Days back or ahead a filter may look (about 100 years).
  static let maxDays = 36_500

  /// The trimmed value, nil when absent or empty.
  static func text(_ query: Parameters, _ name: String) -> String? {
    query.get(name).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// A whole number in `range`, nil when absent.
  static func int(_ query: Parameters, _ name: String, _ range: ClosedRange<Int>) throws -> Int? {
    guard let raw = text(query, name) else { return nil }
    guard raw.utf8.count <= 20, let n = Int(raw), range.contains(n) else {
      throw invalid(name, .wholeNumberIn(range.lowerBound, range.upperBound), raw)
    }
    return n
  }

  /// A date `YYYY-MM-DD` (or `DD.MM.YYYY` from a typed form) in the plausible range of a case
  /// file, nil when absent.
  static func day(_ query: Parameters, _ name: String) throws -> Day? {
    guard let raw = text(query, name) else { return nil }
    guard let d = FactsForm.day(raw), CaseFile.plausibleDays.contains(d) else {
      throw invalid(name, .plausibleDate, raw)
    }
    return d
  }

  static func invalid(_ name: String, _ expected: Reason.Expectation, _ raw: String) -> AppError {
    let shown = raw.count > 40 ? String(raw.prefix(40)) + "…" : raw
    return AppError(.badRequest, .invalidQueryParameter(name), details: [.init(field: name, .expected(expected, got: .text(shown)))])
  }
}
