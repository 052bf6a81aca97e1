import CaseModel
import Foundation

/// Times as the office reads them (issue 13): the database stores instants in UTC
/// (`2026-11-24T23:19:00Z`); every page shows them in Europe/Berlin with summer time
/// (`25.11.2026 00:19`), so a time and the app's day (Berlin's) never disagree.
enum BerlinTime {
  static let zone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600)!

  /// The instant of a stored UTC timestamp (`YYYY-MM-DDTHH:MM[:SS]Z`), nil if unreadable.
  static func instant(_ iso: String) -> Date? {
    let u = Array(iso.utf8)
    guard u.count >= 16, let day = Day(iso: String(iso.prefix(10))) else { return nil }
    func num(_ a: Int, _ b: Int) -> Int? { Int(String(decoding: u[a..<b], as: UTF8.self)) }
    guard let h = num(11, 13), let m = num(14, 16) else { return nil }
    let s = u.count >= 19 ? num(17, 19) ?? 0 : 0
    return Date(timeIntervalSince1970: Double(day.ordinal) * 86_400 + Double(h * 3600 + m * 60 + s))
  }

  /// `2026-11-24T23:19:00Z` → `25.11.2026 00:19` (German) or `2026-11-25 00:19` (English).
  static func text(_ iso: String, german: Bool) -> String {
    guard let date = instant(iso) else { return iso }
    let local = Int(date.timeIntervalSince1970) + zone.secondsFromGMT(for: date)
    let day = Day(clampingOrdinal: Int((Double(local) / 86_400).rounded(.down)))
    let minutes = ((local % 86_400) + 86_400) % 86_400 / 60
    let clock = String(format: "%02d:%02d", minutes / 60, minutes % 60)
    return (german ? day.german : day.iso) + " " + clock
  }

  /// The first instant of a Berlin day, as a stored UTC timestamp (for filters on periods).
  static func start(of day: Day) -> String {
    let midnightUTC = Date(timeIntervalSince1970: Double(day.ordinal) * 86_400)
    // Berlin is UTC+1 or +2; the offset at local midnight equals the one an hour earlier in UTC.
    let offset = zone.secondsFromGMT(for: midnightUTC.addingTimeInterval(-7_200))
    return Timestamps.iso(midnightUTC.addingTimeInterval(Double(-offset)))
  }
}

extension FactFormat {
  /// A stored UTC timestamp in Berlin time.
  func time(_ iso: String) -> String { BerlinTime.text(iso, german: language == .de) }
}

enum Timestamps {
  static func iso(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let day = Day(clampingOrdinal: Int((Double(seconds) / 86_400).rounded(.down)))
    let rest = ((seconds % 86_400) + 86_400) % 86_400
    return day.iso + "T" + String(format: "%02d:%02d:%02dZ", rest / 3600, rest % 3600 / 60, rest % 60)
  }
}
