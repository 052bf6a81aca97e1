import CaseModel
import Foundation

extension Day {
  /// Today's date in Germany (Europe/Berlin). Only the command line and the server call this; the
  /// libraries below them take the date as a parameter.
  static func today(now: Date = Date()) -> Day {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Berlin") ?? .gmt
    let c = calendar.dateComponents([.year, .month, .day], from: now)
    return Day(year: c.year!, month: c.month!, day: c.day!)!
  }
}

