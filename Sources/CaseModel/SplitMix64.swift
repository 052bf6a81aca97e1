/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, well-mixed generator, the one seeded
/// generator of the program (the demo district, the demo referrals, the forecast's simulation).
/// Owning it means a seed gives the same district and forecast on every platform and Swift version.
public struct SplitMix64: Sendable {
  @usableFromInline var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// An independent stream for one item (a file, a family) derived from a base seed and a key.
  public init(seed: UInt64, stream: UInt64) {
    var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
    state = mixer.next() ^ stream
  }

  @inlinable public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in 0..<n (multiply-shift; the bias is negligible for small n).
  @inlinable public mutating func below(_ n: Int) -> Int { Int(next().multipliedFullWidth(by: UInt64(n)).high) }

  /// Uniform in [0, 1).
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// Uniform in `range` (Lemire's multiply-shift; the tiny bias is irrelevant for demo data).
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound + 1)
    return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
  }

  public mutating func chance(_ p: Double) -> Bool { unit() < p }

  public mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

  /// Roughly normal (sum of three uniforms), mean 0, standard deviation `sd`.
  public mutating func bell(sd: Double) -> Double { (unit() + unit() + unit() - 1.5) * 2 * sd }
}
