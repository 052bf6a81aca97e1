import CaseModel

/// Dates as an office's lists write them: `03.01.2024`, `3.1.24`, `03.01.2024 00:00`, ISO
/// `2024-01-03`, and a workbook's date cells (or serial numbers in a date column).
public enum GermanDate {
  /// A two-digit year above this year's two digits is of the last century (`3.1.98` is 1998,
  /// `3.1.24` is 2024 when read in 2026).
  public static func parse(_ cell: ListCell, today: Day) -> Day? {
    switch cell {
    case .date(let d): return d
    case .number(let n): return XLSXReader.day(serial: n)
    case .text(let t): return parse(t, today: today)
    case .empty, .bool: return nil
    }
  }

  public static func parse(_ raw: String, today: Day) -> Day? {
    var text = raw.trimmedCell
    // A time of day after the date ("03.01.2024 00:00", "2024-01-03T00:00:00") is dropped.
    if let cut = text.firstIndex(where: { $0 == " " || $0 == "T" }), text.count > 10 || text[cut] == " " {
      text = String(text[..<cut])
    }
    if let iso = Day(iso: text) { return iso }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let pieces: [Substring]
    if parts.count == 3 || (parts.count == 4 && parts[3].isEmpty) {
      pieces = Array(parts.prefix(3))
    } else {
      let slashes = text.split(separator: "/", omittingEmptySubsequences: false)
      guard slashes.count == 3 else { return nil }
      pieces = slashes  // German usage: day/month/year
    }
    guard pieces.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let d = Int(pieces[0]), let m = Int(pieces[1]), var y = Int(pieces[2]),
      pieces[0].count <= 2, pieces[1].count <= 2, pieces[2].count == 2 || pieces[2].count == 4
    else { return nil }
    if pieces[2].count == 2 {
      let century = today.year / 100 * 100
      y += y > today.year % 100 ? century - 100 : century
    }
    return Day(year: y, month: m, day: d)
  }
}
