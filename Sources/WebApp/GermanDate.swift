import CaseModel
import Foundation

/// A date as German clerks type it (`31.01.2024`, `1.2.24`) or in ISO form; nil for an
/// impossible date such as 31.02.2024.
enum GermanDate {
  static func parse(_ text: String) -> Day? {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let d = Day(iso: t) { return d }
    let parts = t.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
      let dd = Int(parts[0]), let mm = Int(parts[1]), var yy = Int(parts[2])
    else { return nil }
    if parts[2].count == 2 { yy += 2000 } else if parts[2].count != 4 { return nil }
    return Day(iso: String(format: "%04d-%02d-%02d", yy, mm, dd))
  }
}
