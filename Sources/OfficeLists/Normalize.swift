/// The tolerant form of a header or a value word: lower case, umlauts spelled out (ä -> ae,
/// ß -> ss), accents dropped (é -> e, ş -> s), punctuation and spaces collapsed to single spaces;
/// `§` is kept as a word of its own.
public enum Normalize {
  public static func words(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    func put(_ text: String) {
      if pendingSpace && !out.isEmpty { out.append(" ") }
      pendingSpace = false
      out += text
    }
    for ch in s.lowercased() {
      if let plain = spelled[ch] {
        put(plain)
      } else if ch == "§" {
        pendingSpace = true
        put("§")
        pendingSpace = true
      } else if ch.isASCII ? (ch.isLetter || ch.isNumber) : (ch.isLetter || ch.isNumber) {
        put(String(ch))
      } else {
        pendingSpace = true
      }
    }
    return out
  }

  /// Without spaces: "geb datum" -> "gebdatum".
  public static func compact(_ s: String) -> String {
    var w = words(s)
    w.removeAll { $0 == " " }
    return w
  }

  static let spelled: [Character: String] = [
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
    "é": "e", "è": "e", "ê": "e", "ë": "e", "á": "a", "à": "a", "â": "a", "å": "a", "ã": "a", "í": "i", "ì": "i",
    "î": "i", "ï": "i", "ı": "i", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ø": "o", "ú": "u", "ù": "u", "û": "u",
    "ç": "c", "č": "c", "ć": "c", "ş": "s", "š": "s", "ś": "s", "ğ": "g", "ž": "z", "ź": "z", "ż": "z", "ñ": "n",
    "ń": "n", "ł": "l", "ř": "r", "ý": "y", "đ": "d", "ț": "t", "ţ": "t", "ș": "s", "ă": "a", "ą": "a", "ę": "e",
    "ě": "e", "ů": "u", "ő": "o", "ű": "u",
  ]
}
