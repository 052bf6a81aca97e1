import CaseModel

/// What a procedure or legal-basis cell says about the office and the route: "§ 10 StAG",
/// "Anspruchseinbürgerung", "§ 25b AufenthG", "Chancen-Aufenthaltsrecht", "Duldung".
public struct Procedure: Sendable, Hashable {
  public var office: Office
  public var route: Route?
  public init(office: Office, route: Route? = nil) {
    self.office = office
    self.route = route
  }
}

public enum ProcedureWords {
  public static func procedure(_ cell: String) -> Procedure? {
    let w = Normalize.words(cell)
    if w.isEmpty { return nil }
    let tokens = w.split(separator: " ").map(String.init)
    let compact = tokens.joined()
    // Office and route words first, from the most specific.
    if compact.contains("104c") || compact.contains("chancenaufenthalt") || compact.contains("chancenaufenthaltsrecht") {
      return Procedure(office: .ABH, route: .aufenthG104cFollowup)
    }
    if let p = paragraph(tokens) { return p }
    if compact.contains("nachhaltigeintegration") || compact.contains("nachhaltigintegriert") { return Procedure(office: .ABH, route: .aufenthG25b) }
    if compact.contains("jugendlich") || compact.contains("heranwachsend") || compact.contains("gutintegrierte") {
      return Procedure(office: .ABH, route: .aufenthG25a)
    }
    if compact.contains("ehegatte") || compact.contains("ehegattin") || compact.contains("ehepartner") {
      return Procedure(office: .EBH, route: .stag9)
    }
    if compact.contains("ermessen") { return Procedure(office: .EBH, route: .stag8) }
    if compact.contains("besondereintegration") || compact.contains("turbo") { return Procedure(office: .EBH, route: .stag10FastTrack) }
    if compact.contains("anspruch") { return Procedure(office: .EBH, route: .stag10) }
    if compact.contains("einbuerger") || compact.contains("staatsangehoerigkeit") || tokens.contains("ebh") || tokens.contains("stag") {
      return Procedure(office: .EBH)
    }
    if compact.contains("duldung") || compact.contains("bleiberecht") || compact.contains("aufenthalt") || tokens.contains("abh")
      || compact.contains("auslaenderbehoerde") || tokens.contains("aufenthg")
    {
      return Procedure(office: .ABH)
    }
    if let route = Route(rawValue: cell.trimmedCell) { return Procedure(office: route.office, route: route) }
    return nil
  }

  /// "§ 10 StAG", "10 Abs. 3 StAG", "§25b AufenthG", "§ 25 a AufenthG": a paragraph number with
  /// its law (a number without a law is read by the numbers only StAG or AufenthG use here).
  static func paragraph(_ tokens: [String]) -> Procedure? {
    let hasStAG = tokens.contains { $0 == "stag" || $0.hasSuffix("stag") && $0.count <= 6 }
    let hasAufenthG = tokens.contains { $0.hasPrefix("aufenthg") || $0 == "aufenthaltsgesetz" }
    var numbers: [String] = []
    for (i, t) in tokens.enumerated() {
      guard let first = t.first, first.isNumber else { continue }
      var n = t
      // "25 a" written apart.
      if n.allSatisfy(\.isNumber), i + 1 < tokens.count, tokens[i + 1].count == 1, tokens[i + 1] != "s",
        tokens[i + 1].first?.isLetter == true
      {
        n += tokens[i + 1]
      }
      numbers.append(n)
    }
    guard let main = numbers.first else { return nil }
    let absatz3 = tokens.contains("abs") && numbers.dropFirst().first == "3"
    switch main {
    case "10" where !hasAufenthG: return Procedure(office: .EBH, route: absatz3 ? .stag10FastTrack : .stag10)
    case "9" where !hasAufenthG: return Procedure(office: .EBH, route: .stag9)
    case "8" where !hasAufenthG: return Procedure(office: .EBH, route: .stag8)
    case "25a" where !hasStAG: return Procedure(office: .ABH, route: .aufenthG25a)
    case "25b" where !hasStAG: return Procedure(office: .ABH, route: .aufenthG25b)
    case "104c": return Procedure(office: .ABH, route: .aufenthG104cFollowup)
    default:
      if hasStAG { return Procedure(office: .EBH) }
      if hasAufenthG { return Procedure(office: .ABH) }
      return nil
    }
  }
}
