extension Stag36Survey {
  /// The features of the three surveys, in a fixed order: a record is one code per feature.
  enum Feature: Int, CaseIterable, Sendable {
    case birthYear, sex, maritalStatus, residence, yearsInGermany, legalBasis, nationalities, closing

    /// The feature's name in the record layout and the JSON.
    var name: String {
      switch self {
      case .birthYear: "birth_year"
      case .sex: "sex"
      case .maritalStatus: "marital_status"
      case .residence: "residence"
      case .yearsInGermany: "years_in_germany"
      case .legalBasis: "legal_basis"
      case .nationalities: "nationalities"
      case .closing: "closing"
      }
    }

    init?(name: String) {
      guard let f = Self.allCases.first(where: { $0.name == name }) else { return nil }
      self = f
    }

    /// A record's codes: `width` per record, one after another in one array.
    static let width = allCases.count
  }

  /// The distinct values of one feature, each text stored once; the records hold their codes
  /// (0: ohne Angabe). 100,000 records are thereby sorted, counted and written by integers, each
  /// value escaped for CSV and JSON once rather than once per record (measured: the survey of
  /// 102,000 records went from 5.4 s to well under a second; see the README's benchmarks).
  struct Values: Sendable {
    private(set) var texts: [String?] = [nil]
    private var codes: [String: UInt32] = [:]

    mutating func code(_ text: String?) -> UInt32 {
      guard let text else { return 0 }
      if let c = codes[text] { return c }
      let c = UInt32(texts.count)
      texts.append(text)
      codes[text] = c
      return c
    }

    subscript(code: UInt32) -> String? { texts[Int(code)] }

    /// Each code's rank in the order of its text, ohne Angabe as an empty text: the order the
    /// records are sorted in (the order of their texts, feature by feature).
    func ranks() -> [UInt32] {
      let order = texts.indices.sorted { (texts[$0] ?? "", $0) < (texts[$1] ?? "", $1) }
      var rank = [UInt32](repeating: 0, count: texts.count)
      var r: UInt32 = 0
      for (i, c) in order.enumerated() {
        if i > 0, (texts[c] ?? "") != (texts[order[i - 1]] ?? "") { r += 1 }
        rank[c] = r
      }
      return rank
    }
  }
}
