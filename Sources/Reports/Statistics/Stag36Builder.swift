import CaseModel
import CaseStore

extension Stag36Survey.Kind {
  /// The survey's position in `allCases`.
  var index: Int {
    switch self {
    case .naturalizations: 0
    case .applications: 1
    case .closures: 2
    }
  }
}

extension Stag36Survey {
  /// Collects the records of the three surveys as codes (see `Values`), counting what they lack.
  struct Builder {
    let keys: [String: String]
    var values = Feature.allCases.map { _ in Values() }
    /// Per survey (`Kind.index`) its records' codes, `Feature.width` per record.
    var rows: [[UInt32]] = [[], [], []]
    /// Per survey how many records lack each feature.
    var missing = Kind.allCases.map { _ in [Int](repeating: 0, count: Feature.width) }
    /// Each file's number and the features its records lack (a bit per feature), by
    /// `FileFacts.index`.
    var fileNos: [String] = []
    var lacking: [UInt16] = []
    /// Records naming a place of residence without official key, by its code.
    var named: [UInt32: Int] = [:]
    /// Codes of the places (with whether they are given by name), of the nationalities as stored
    /// (JSON text) and of numbers, per feature.
    var placeCodes: [String: (UInt32, Bool)] = [:]
    var nationalityCodes: [String: UInt32] = [:]
    var intCodes = Feature.allCases.map { _ in [Int: UInt32]() }

    init(keys: [String: String]) { self.keys = keys }

    mutating func code(_ feature: Feature, _ text: String?) -> UInt32 { values[feature.rawValue].code(text) }

    /// A file's own features as codes.
    mutating func facts(_ row: ReportReads.SurveyFacts) -> FileFacts {
      // Places, nationalities and birth years repeat across files: each is looked up once.
      var residence: UInt32 = 0, named = false
      if let m = row.municipality {
        if let known = placeCodes[m] {
          (residence, named) = known
        } else {
          (residence, named) = (code(.residence, keys[m] ?? m), keys[m] == nil)
          placeCodes[m] = (residence, named)
        }
      }
      let nationalities: UInt32
      if let json = row.nationalities, let c = nationalityCodes[json] {
        nationalities = c
      } else {
        nationalities = code(.nationalities, Stag36Survey.nationalityList(row.nationalities).nilIfEmpty?.joined(separator: "|"))
        if let json = row.nationalities { nationalityCodes[json] = nationalities }
      }
      fileNos.append(row.fileNo)
      lacking.append(0)
      return FileFacts(
        index: fileNos.count - 1, birthYear: row.birthDate.map { intCode(.birthYear, $0.components.year) } ?? 0,
        sex: code(.sex, sexWord(row.sex)), maritalStatus: code(.maritalStatus, maritalWord(row.maritalStatus)), residence: residence,
        legalBasis: code(.legalBasis, legalBasis(row.route)), nationalities: nationalities, named: named, firstStay: row.firstStay,
        handoverOn: row.handoverOn)
    }

    /// The code of a number (birth year, years in Germany), its text made once.
    mutating func intCode(_ feature: Feature, _ n: Int) -> UInt32 {
      if let c = intCodes[feature.rawValue][n] { return c }
      let c = code(feature, String(n))
      intCodes[feature.rawValue][n] = c
      return c
    }

    /// One record of `kind` for the file, its dates counted to `day`.
    mutating func add(_ f: FileFacts, on day: Day, kind: Kind, closing: String? = nil) {
      let years = f.firstStay.map { intCode(.yearsInGermany, Stag36Survey.years(from: $0, to: day)) } ?? 0
      if f.named { named[f.residence, default: 0] += 1 }
      let k = kind.index, base = rows[k].count
      rows[k].append(f.birthYear)
      rows[k].append(f.sex)
      rows[k].append(f.maritalStatus)
      rows[k].append(f.residence)
      rows[k].append(years)
      rows[k].append(kind == .naturalizations ? f.legalBasis : 0)
      rows[k].append(f.nationalities)
      rows[k].append(code(.closing, closing))
      var lacks: UInt16 = 0
      for feature in Stag36Survey.fields(kind) where rows[k][base + feature.rawValue] == 0 {
        missing[k][feature.rawValue] += 1
        if feature != .closing { lacks |= 1 << feature.rawValue }
      }
      lacking[f.index] |= lacks
    }

    /// The surveys, each sorted by its records' texts feature by feature (ties in the order
    /// they were added: the result does not depend on the sort's stability).
    func survey(year: Int) -> Stag36Survey {
      let ranks = values.map { $0.ranks() }
      let w = Feature.width
      var codes: [Kind: [UInt32]] = [:]
      var missingCounts: [Kind: [Int]] = [:]
      for kind in Kind.allCases {
        let rows = self.rows[kind.index]
        let order = Stag36Survey.order(rows, ranks: ranks)
        var sorted: [UInt32] = []
        sorted.reserveCapacity(rows.count)
        for i in order { sorted.append(contentsOf: rows[i * w..<(i + 1) * w]) }
        codes[kind] = sorted
        missingCounts[kind] = missing[kind.index]
      }
      var withoutKey: [String: Int] = [:]
      for (code, n) in named {
        if let place = values[Feature.residence.rawValue][code] { withoutKey[place, default: 0] += n }
      }
      let files = zip(fileNos, lacking).filter { $0.1 != 0 }.map { Incomplete(fileNo: $0.0, missing: $0.1) }
      return Stag36Survey(
        year: year, values: values, codes: codes, missingCounts: missingCounts, incomplete: files, withoutKey: withoutKey,
        gapCount: Set(files.map(\.fileNo)).count)
    }
  }

  /// The records' order: by their values' ranks feature by feature, ties by position. The ranks
  /// and the position are packed into one integer where they fit (the usual case: a few hundred
  /// distinct values), which sorts several times faster than comparing feature by feature.
  static func order(_ rows: [UInt32], ranks: [[UInt32]]) -> [Int] {
    let w = Feature.width, n = rows.count / w
    let bits = ranks.map { r in UInt64.bitWidth - UInt64(r.max() ?? 0).leadingZeroBitCount }
    let positionBits = UInt64.bitWidth - UInt64(n).leadingZeroBitCount
    if bits.reduce(positionBits, +) <= UInt64.bitWidth {
      var keys = [UInt64](repeating: 0, count: n)
      for i in 0..<n {
        var key: UInt64 = 0
        for j in 0..<w { key = key << bits[j] | UInt64(ranks[j][Int(rows[i * w + j])]) }
        keys[i] = key << positionBits | UInt64(i)
      }
      keys.sort()
      let mask = (UInt64(1) << positionBits) &- 1
      return keys.map { Int($0 & mask) }
    }
    var keyed = [UInt32](repeating: 0, count: rows.count)
    for i in rows.indices { keyed[i] = ranks[i % w][Int(rows[i])] }
    return (0..<n).sorted { a, b in
      for j in 0..<w where keyed[a * w + j] != keyed[b * w + j] { return keyed[a * w + j] < keyed[b * w + j] }
      return a < b
    }
  }

  /// `["TUR","SYR"]` as `["TUR", "SYR"]`.
  static func nationalityList(_ json: String?) -> [String] {
    guard let json else { return [] }
    return json.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { !$0.isEmpty }
  }
}

extension Array {
  fileprivate var nilIfEmpty: Self? { isEmpty ? nil : self }
}
