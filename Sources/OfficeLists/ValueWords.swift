import Foundation
import CaseModel

/// The smaller value tables of an office's lists: team, office, sex, marital status, yes/no,
/// languages. Each answers the contract's value (raw) or nil for a word it does not know.
public enum ValueWords {
  static func table(_ pairs: [(String, [String])]) -> [String: String] {
    var t: [String: String] = [:]
    for (value, words) in pairs { for w in words + [value] { t[Normalize.words(w)] = value } }
    return t
  }

  static func lookup(_ t: [String: String], _ cell: String) -> String? { t[Normalize.words(cell)] }

  static let teams = table([
    ("kim", ["KIM", "Modul 3", "M3", "KIM-Team", "KIM Modul 3", "Kommunales Integrationsmanagement", "Zusatzkräfte", "zusätzlich"]),
    ("regular", ["regulär", "regular", "Stamm", "Stammpersonal", "Regelteam", "Regel", "allgemein", "Standard", "normal", "Team allgemein"]),
  ])
  public static func team(_ cell: String) -> Team? { lookup(teams, cell).flatMap(Team.init(rawValue:)) }

  static let offices = table([
    ("EBH", ["Einbürgerungsbehörde", "Einbürgerung", "Staatsangehörigkeit", "Staatsangehörigkeitsbehörde", "StA-Behörde"]),
    ("ABH", ["Ausländerbehörde", "Ausländeramt", "Aufenthalt", "Ausländerwesen", "Duldung"]),
  ])
  public static func office(_ cell: String) -> Office? {
    lookup(offices, cell).flatMap(Office.init(rawValue:)) ?? ProcedureWords.procedure(cell)?.office
  }

  static let sexes = table([
    ("female", ["w", "weiblich", "Frau", "Fr", "f", "female"]),
    ("male", ["m", "männlich", "Herr", "Hr", "male"]),
    ("diverse", ["d", "divers", "diverse", "x"]),
    ("unspecified", ["ohne Angabe", "o A", "keine Angabe", "k A", "unbestimmt", "unspecified"]),
  ])
  public static func sex(_ cell: String) -> String? { lookup(sexes, cell) }

  static let maritalStatuses = table([
    ("single", ["ledig", "led", "single", "ld"]),
    ("married", ["verheiratet", "verh", "vh", "married"]),
    ("widowed", ["verwitwet", "verw", "vw", "widowed"]),
    ("divorced", ["geschieden", "gesch", "gs", "divorced"]),
    ("civil_partnership", ["eingetragene Lebenspartnerschaft", "Lebenspartnerschaft", "LP", "eingetr LP", "civil partnership"]),
    ("civil_partnership_dissolved", ["Lebenspartnerschaft aufgehoben", "aufgehobene Lebenspartnerschaft", "LA", "LP aufgehoben"]),
    ("civil_partner_deceased", ["Lebenspartner verstorben", "Lebenspartnerin verstorben", "LV", "LP verstorben"]),
  ])
  public static func maritalStatus(_ cell: String) -> String? { lookup(maritalStatuses, cell) }

  static let yesNo: [String: Bool] = {
    var t: [String: Bool] = [:]
    for w in ["ja", "j", "x", "yes", "y", "wahr", "true", "1", "erforderlich", "benötigt", "nötig", "notwendig"] { t[Normalize.words(w)] = true }
    for w in ["nein", "n", "no", "falsch", "false", "0", "nicht erforderlich", "nicht nötig", "nicht notwendig", "-"] { t[Normalize.words(w)] = false }
    return t
  }()
  public static func yesNo(_ cell: ListCell) -> Bool? {
    if case .bool(let b) = cell { return b }
    if cell.text == "-" { return false }
    return yesNo[Normalize.words(cell.text)]
  }

  /// Language names in German (and their ISO 639-1 codes) to codes.
  static let languageTable = table(languagePairs)

  /// ISO 639-1 code -> German names, the first the one a page shows.
  static let languagePairs: [(String, [String])] = [
    ("ar", ["Arabisch"]), ("tr", ["Türkisch"]), ("ku", ["Kurdisch", "Kurmandschi", "Kurmanci", "Sorani"]),
    ("fa", ["Persisch", "Farsi", "Dari"]), ("ps", ["Paschtu", "Paschto", "Pashto"]), ("ru", ["Russisch"]),
    ("uk", ["Ukrainisch"]), ("pl", ["Polnisch"]), ("ro", ["Rumänisch"]), ("sq", ["Albanisch"]), ("sr", ["Serbisch"]),
    ("hr", ["Kroatisch"]), ("bs", ["Bosnisch"]), ("mk", ["Mazedonisch"]), ("bg", ["Bulgarisch"]), ("el", ["Griechisch"]),
    ("it", ["Italienisch"]), ("es", ["Spanisch"]), ("pt", ["Portugiesisch"]), ("fr", ["Französisch"]), ("en", ["Englisch"]),
    ("de", ["Deutsch"]), ("ti", ["Tigrinya", "Tigrinisch"]), ("so", ["Somali", "Somalisch"]), ("am", ["Amharisch"]),
    ("ur", ["Urdu"]), ("hi", ["Hindi"]), ("ta", ["Tamil"]), ("vi", ["Vietnamesisch"]), ("zh", ["Chinesisch", "Mandarin"]),
    ("hu", ["Ungarisch"]), ("hy", ["Armenisch"]), ("ka", ["Georgisch"]), ("az", ["Aserbaidschanisch"]), ("ha", ["Haussa", "Hausa"]),
    ("yo", ["Yoruba"]), ("ig", ["Igbo"]), ("tw", ["Twi"]), ("ff", ["Fula", "Ful", "Pular"]), ("wo", ["Wolof"]),
    ("bn", ["Bengalisch", "Bangla"]), ("pa", ["Panjabi", "Punjabi"]), ("he", ["Hebräisch"]), ("kk", ["Kasachisch"]),
    ("uz", ["Usbekisch"]), ("nl", ["Niederländisch"]), ("cs", ["Tschechisch"]), ("sk", ["Slowakisch"]),
  ]
  public static func languages(_ cell: String) -> Result<[String], UnknownWord> {
    var codes: [String] = []
    for piece in cell.split(whereSeparator: { ",;/|+&\n".contains($0) }) {
      let words = Normalize.words(String(piece)).components(separatedBy: " und ")
      for w in words where !w.isEmpty {
        guard let c = languageTable[w] else {
          return .failure(UnknownWord(word: w, closest: ClosestWords.closest(to: w, among: Array(languageTable.keys))))
        }
        if !codes.contains(c) { codes.append(c) }
      }
    }
    return .success(codes)
  }
}
