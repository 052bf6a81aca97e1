import Testing

@testable import Reports

@Suite("§ 36 StAG record order")
struct Stag36OrderTests {
  /// Rows of random codes (a small linear congruential generator: the same rows every run).
  static func rows(_ n: Int, values: Int) -> [UInt32] {
    var state: UInt64 = 2026
    return (0..<n * Stag36Survey.Feature.width).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt32((state >> 33) % UInt64(values))
    }
  }

  @Test("the packed sort key, the feature-by-feature comparison and a plain sort of the rank rows agree")
  func packedAndCompared() {
    let w = Stag36Survey.Feature.width, n = 2_000, values = 6
    let rows = Self.rows(n, values: values)
    // Each feature ranks its codes in another order (code 0, ohne Angabe, first).
    let ranks = (0..<w).map { j in (0..<values).map { c in c == 0 ? UInt32(0) : UInt32((c * (j + 1)) % (values - 1) + 1) } }
    let packed = Stag36Survey.order(rows, ranks: ranks)
    // Ranks too wide to pack into 64 bits take the comparison path; their order is the same.
    let wide = ranks.map { $0.map { $0 << 20 } }
    #expect(Stag36Survey.order(rows, ranks: wide) == packed)
    let expected = (0..<n).sorted { a, b in
      let x = (0..<w).map { ranks[$0][Int(rows[a * w + $0])] }, y = (0..<w).map { ranks[$0][Int(rows[b * w + $0])] }
      return x == y ? a < b : x.lexicographicallyPrecedes(y)
    }
    #expect(packed == expected)
  }

  @Test("equal texts share a rank, ohne Angabe sorts as an empty text")
  func ranks() {
    var v = Stag36Survey.Values()
    let codes = ["b", "a", "10", "9", "a"].map { v.code($0) }
    #expect(codes[1] == codes[4])
    let r = v.ranks()
    #expect(r[0] == 0)  // ohne Angabe
    #expect([codes[2], codes[3], codes[1], codes[0]].map { r[Int($0)] } == [1, 2, 3, 4])  // "10" < "9" < "a" < "b"
  }
}
