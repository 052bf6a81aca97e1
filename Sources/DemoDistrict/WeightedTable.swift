import CaseModel

/// Items with relative weights, drawn in O(log n) by binary search on the cumulative weights.
struct WeightedTable<Item: Sendable>: Sendable {
  let items: [Item]
  private let cumulative: [Double]

  init(_ pairs: [(Item, Double)]) {
    items = pairs.map(\.0)
    var total = 0.0
    cumulative = pairs.map { total += $0.1; return total }
  }

  func draw(_ rng: inout SplitMix64) -> Item {
    let x = rng.unit() * cumulative[cumulative.count - 1]
    var lo = 0
    var hi = cumulative.count - 1
    while lo < hi {
      let mid = (lo + hi) / 2
      if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
    }
    return items[lo]
  }
}
