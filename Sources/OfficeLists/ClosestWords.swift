/// The known words nearest to an unknown one (edit distance), to name in an error message.
public enum ClosestWords {
  public static func closest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
    let w = Array(word.utf8)
    guard !w.isEmpty else { return [] }
    var scored: [(Int, String)] = []
    var seen: Set<String> = []
    for candidate in candidates {
      let n = Normalize.words(candidate)
      guard seen.insert(n).inserted else { continue }
      let c = Array(n.utf8)
      // A prefix typed in full counts as close ("tuerk" for "tuerkisch").
      let d = c.starts(with: w) && w.count >= 3 ? 1 : distance(w, c, cap: 4)
      if d <= max(2, w.count / 3) { scored.append((d, candidate)) }
    }
    return scored.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(limit).map(\.1)
  }

  /// Levenshtein distance, stopped early above `cap`.
  static func distance(_ a: [UInt8], _ b: [UInt8], cap: Int) -> Int {
    if abs(a.count - b.count) > cap { return cap + 1 }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where !a.isEmpty {
      current[0] = i
      var best = current[0]
      for j in 1...max(1, b.count) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        best = min(best, current[j])
      }
      if best > cap { return cap + 1 }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
