/// A nationality with its weights among the district's naturalization (EBH) and Duldung (ABH)
/// files, its usual languages (ISO 639-1) and a handful of common names.
struct Nationality: Sendable {
  let code: String
  let ebhWeight: Double
  let abhWeight: Double
  let languages: [String]
  let familyNames: [Name]
  let maleNames: [Name]
  let femaleNames: [Name]
  /// EU citizens: free movement, no asylum history.
  var isEU: Bool { ["POL", "ROU", "ITA", "GRC"].contains(code) }

  init(
    _ code: String, ebh: Double, abh: Double, _ languages: [String], family: [String],
    male: [String], female: [String]
  ) {
    self.code = code
    ebhWeight = ebh
    abhWeight = abh
    self.languages = languages
    familyNames = family.map(Name.init)
    maleNames = male.map(Name.init)
    femaleNames = female.map(Name.init)
  }
}

/// A name with its ASCII form for email addresses, computed once when the table loads.
struct Name: Sendable {
  let text: String
  let ascii: String

  init(_ text: String) {
    self.text = text
    let map: [Character: String] = [
      "ş": "s", "Ş": "s", "ı": "i", "İ": "i", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u", "ç": "c", "Ç": "c",
      "ć": "c", "č": "c", "Č": "c", "ž": "z", "Ž": "z", "ğ": "g", "ł": "l", "ń": "n", "ś": "s", "Ś": "s",
      "ț": "t", "ă": "a", "é": "e", "ë": "e", "ș": "s", "ä": "ae",
    ]
    var out = ""
    for ch in text {
      if let m = map[ch] { out += m } else if ch.isASCII, ch.isLetter { out += ch.lowercased() }
    }
    ascii = out
  }
}
