import Foundation

extension Day {
  /// The civil date in Germany (Europe/Berlin) at an instant. Callers pass the instant from their
  /// injected clock; nothing in the libraries reads the clock itself.
  public init(inBerlinAt instant: Date) {
    let offset = TimeZone(identifier: "Europe/Berlin")?.secondsFromGMT(for: instant) ?? 3600
    let seconds = Int(saturating: instant.timeIntervalSince1970.rounded(.down)) &+ offset
    self.init(clampingOrdinal: (seconds - (seconds % 86_400 + 86_400) % 86_400) / 86_400)
  }
}
