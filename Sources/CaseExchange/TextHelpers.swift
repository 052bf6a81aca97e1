extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }

  /// German decimal comma to point, only for a single comma and no point.
  func replacingComma() -> String {
    guard !contains("."), let i = firstIndex(of: ","), lastIndex(of: ",") == i else { return self }
    var s = self
    s.replaceSubrange(i...i, with: ".")
    return s
  }
}
