/// The names a page shows for the contract's codes of countries (ISO 3166 alpha-3, with XKX,
/// XXA, XXX) and languages (ISO 639-1): the same tables that read an office's lists, inverted
/// (German: the first name of a code), and `EnglishNames`. An unknown code is shown as it is.
public enum DisplayNames {
  static let germanCountries: [String: String] = Dictionary(
    CountryTable.entries.compactMap { e in e.names.first.map { (e.code, $0) } }) { first, _ in first }
  static let germanLanguages: [String: String] = Dictionary(
    ValueWords.languagePairs.compactMap { code, names in names.first.map { (code, $0) } }) { first, _ in first }

  public static func country(_ code: String, german: Bool) -> String {
    let key = code.uppercased()
    return (german ? germanCountries[key] : EnglishNames.countries[key]) ?? code
  }

  public static func language(_ code: String, german: Bool) -> String {
    let key = code.lowercased()
    return (german ? germanLanguages[key] : EnglishNames.languages[key]) ?? code
  }

  /// Whether a country code is known to the tables.
  public static func knowsCountry(_ code: String) -> Bool { germanCountries[code.uppercased()] != nil }
}
