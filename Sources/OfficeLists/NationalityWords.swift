import Foundation

/// Country names, nationality adjectives (in any ending: "syrische", "türkischer"), person nouns and
/// abbreviations (ISO alpha-2 and alpha-3, "TR") to ISO 3166 alpha-3 codes.
public enum NationalityWords {
  /// Normalized word -> code.
  static let table: [String: String] = {
    var t: [String: String] = [:]
    for e in CountryTable.entries {
      t[Normalize.words(e.code)] = e.code
      for w in e.names + e.adjectives + e.others { t[Normalize.words(w)] = e.code }
    }
    return t
  }()

  static let adjectiveStems: [String: String] = {
    var t: [String: String] = [:]
    for e in CountryTable.entries { for a in e.adjectives { t[Normalize.words(a)] = e.code } }
    return t
  }()

  /// The code of one country word, or nil.
  public static func code(_ word: String) -> String? {
    let w = Normalize.words(word)
    if w.isEmpty { return nil }
    if let c = table[w] { return c }
    // Adjective endings: syrische, syrischer, syrisches, syrischen, syrischem.
    for ending in ["e", "er", "es", "en", "em"] where w.hasSuffix(ending) {
      if let c = adjectiveStems[String(w.dropLast(ending.count))] { return c }
    }
    // "Staatsangehörigkeit: syrisch", "syrische Staatsangehörigkeit", "Rep. Syrien".
    let words = w.split(separator: " ").map(String.init)
    let filler: Set<String> = ["staatsangehoerigkeit", "staatsangehoerigkeiten", "staatsang", "rep", "republik", "die", "der", "sta"]
    let kept = words.filter { !filler.contains($0) }
    if !kept.isEmpty, kept.count < words.count { return code(kept.joined(separator: " ")) }
    return nil
  }

  /// The codes of a cell that may name several nationalities ("syrisch, türkisch", "SYR/TUR",
  /// "deutsch und italienisch"); nil with the words not understood.
  public static func codes(_ cell: String) -> Result<[String], UnknownWord> {
    if let c = code(cell) { return .success([c]) }
    var codes: [String] = []
    for piece in cell.split(whereSeparator: { ";/|+&,\n".contains($0) }) {
      if let c = code(String(piece)) {
        if !codes.contains(c) { codes.append(c) }
        continue
      }
      let sub = Normalize.words(String(piece)).components(separatedBy: " und ").flatMap { $0.components(separatedBy: " u ") }
      guard sub.count > 1 else { return .failure(UnknownWord(word: String(piece).trimmedCell, closest: closest(String(piece)))) }
      for s in sub {
        guard let c = code(s) else { return .failure(UnknownWord(word: s, closest: closest(s))) }
        if !codes.contains(c) { codes.append(c) }
      }
    }
    return codes.isEmpty ? .failure(UnknownWord(word: cell, closest: closest(cell))) : .success(codes)
  }

  /// The known country words nearest to an unknown one, for the error message.
  public static func closest(_ word: String) -> [String] {
    ClosestWords.closest(to: Normalize.words(word), among: displayWords)
  }

  /// The words offered as suggestions: the German names and adjectives as written in the table.
  static let displayWords: [String] = CountryTable.entries.flatMap { $0.names + $0.adjectives }
}

/// A value no table knows, with the nearest known ones.
public struct UnknownWord: Error, Sendable, Equatable {
  public var word: String
  public var closest: [String]
}
