import Foundation

/// Names and file numbers folded for search, because clerks type names without accents on a
/// German keyboard: "Celik" must find "Çelik", "Ozturk" and "Oeztuerk" must find "Öztürk",
/// "Strasse" must find "Straße". SQLite 3.40 cannot fold accents itself (FTS5's trigram tokenizer
/// gets `remove_diacritics` only in 3.45), so the writer stores the folded text in
/// `case_file.search_text` and queries fold their words the same way.
public enum SearchKey {
  /// Lower case without diacritics; ß -> ss and the letters without a decomposition
  /// (ł, đ, ø, ı, æ, œ, þ) by their usual Latin spelling. ASCII is only lowered (the import's path).
  public static func fold(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
    let folded = s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    var out = ""
    out.reserveCapacity(folded.utf8.count)
    for c in folded.unicodeScalars {
      switch c {
      case "ß": out += "ss"
      case "ł", "Ł": out += "l"
      case "đ", "Đ": out += "d"
      case "ø", "Ø": out += "o"
      case "ı": out += "i"
      case "æ", "Æ": out += "ae"
      case "œ", "Œ": out += "oe"
      case "þ", "Þ": out += "th"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// The German transcription of umlauts (ä -> ae, ö -> oe, ü -> ue) before folding, so that
  /// "Mueller" finds "Müller". Equal to `fold` for text without umlauts.
  public static func german(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { "äöüÄÖÜ".unicodeScalars.contains($0) }) else { return fold(s) }
    var t = ""
    for c in s.precomposedStringWithCanonicalMapping.unicodeScalars {
      switch c {
      case "ä", "Ä": t += "ae"
      case "ö", "Ö": t += "oe"
      case "ü", "Ü": t += "ue"
      default: t.unicodeScalars.append(c)
      }
    }
    return fold(t)
  }

  /// What `case_file.search_text` holds for a file: folded family and given names, the file
  /// number, and the German transcription of the names where it differs, separated by spaces.
  public static func stored(fileNo: String, familyName: String, givenNames: String?) -> String {
    let names = familyName + " " + (givenNames ?? "")
    let plain = fold(names)
    let umlauts = german(names)
    var text = plain + " " + fold(fileNo)
    if umlauts != plain { text += " " + umlauts }
    return text
  }

  /// The words of a query, each folded in both ways: a name in either order, with or without a
  /// comma ("Aziz, Rami"), or part of a file number. At most 8 words, each at most 64 characters.
  /// A "+" separates words too: a form's GET query writes spaces as "+", which the router keeps.
  public static func words(_ query: String) -> [(plain: String, german: String)] {
    query.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "+" || $0.isWhitespace }).prefix(8).map { w in
      let word = String(w.prefix(64))
      return (fold(word), german(word))
    }
  }
}
