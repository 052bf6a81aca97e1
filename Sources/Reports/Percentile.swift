/// Nearest-rank percentiles of day counts: the smallest value with at least p % of the values at
/// or below it (so the median of 1, 2, 3, 4 is 2). Nil for no values.
public struct Percentiles: Codable, Sendable, Equatable {
  public var count: Int
  public var median: Int?
  public var p80: Int?
  public var p90: Int?
  public var mean: Double?

  public init(_ values: [Int]) {
    let sorted = values.sorted()
    count = sorted.count
    func rank(_ p: Double) -> Int? {
      sorted.isEmpty ? nil : sorted[max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1)]
    }
    median = rank(0.5)
    p80 = rank(0.8)
    p90 = rank(0.9)
    mean = sorted.isEmpty ? nil : Double(sorted.reduce(0, +)) / Double(sorted.count)
  }
}
