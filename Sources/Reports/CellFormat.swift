import Foundation

/// How cells become text: German (`24.11.2026`, `1,5`, `11.2026`) or plain ISO (`2026-11-24`,
/// `1.5`, `2026-11`). Counts from 1 to 4 become "< 5" so no one can be singled out.
public struct CellFormat: Sendable {
  public var german: Bool
  public var suppressSmallCounts: Bool

  public init(german: Bool, suppressSmallCounts: Bool = true) {
    self.german = german
    self.suppressSmallCounts = suppressSmallCounts
  }

  public static let smallCountThreshold = 5

  public func text(_ cell: Cell) -> String {
    switch cell {
    case .text(let s): s
    case .count(let n): suppressSmallCounts && n > 0 && n < Self.smallCountThreshold ? "< 5" : String(n)
    case .number(let x, let digits): number(x, digits: digits)
    case .day(let d): german ? d.german : d.iso
    case .month(let m): german ? m.german : m.iso
    case .empty: ""
    }
  }

  func number(_ x: Double, digits: Int) -> String {
    let s = String(format: "%.\(max(0, digits))f", x)
    return german ? s.replacingOccurrences(of: ".", with: ",") : s
  }
}
