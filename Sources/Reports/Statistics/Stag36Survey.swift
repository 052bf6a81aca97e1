import CaseModel

/// The yearly surveys of § 36 StAG for one calendar year, from the naturalization office's
/// files, as read from the statute text in force for survey years from 2025 (see
/// `reports/README.md`, "§ 36 StAG"):
///
/// - Abs. 2 (naturalizations, per person naturalized in the year): year of birth, sex, marital
///   status, place of residence at naturalization, years of residence in Germany, legal basis,
///   previous nationalities.
/// - Abs. 2a (applications made in the year, per applicant): Nr. 1–3, 5 and 7 and the place of
///   residence at the application.
/// - Abs. 2b (closures in the year, per applicant): Nr. 1–3, 5 and 7, the place of residence at
///   closing and the kind of closing.
///
/// Records carry no name and no file number, and are sorted by their values (not by file).
/// A feature the file does not hold is "ohne Angabe" and counted in the completeness check.
public struct Stag36Survey: Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case naturalizations = "abs2", applications = "abs2a", closures = "abs2b"

    public var title: String {
      switch self {
      case .naturalizations: "§ 36 Abs. 2 StAG: Einbürgerungen"
      case .applications: "§ 36 Abs. 2a StAG: Einbürgerungsanträge"
      case .closures: "§ 36 Abs. 2b StAG: Erledigungen von Einbürgerungsanträgen"
      }
    }
  }

  /// One record: the features as the survey lists them (nil = ohne Angabe).
  public struct Record: Sendable, Hashable {
    public var birthYear: Int?
    public var sex: String?
    public var maritalStatus: String?
    public var residence: String?
    public var yearsInGermany: Int?
    /// Abs. 2 only.
    public var legalBasis: String?
    public var nationalities: [String]
    /// Abs. 2b only.
    public var closing: String?
  }

  /// A file that lacks features one of the surveys needs: for the clerks to complete (file
  /// number, office-internal only; never part of the delivered records).
  public struct Gap: Sendable, Hashable {
    public var fileNo: String
    public var missing: [String]
  }

  public let year: Int
  /// The distinct values of each feature (index: `Feature.rawValue`).
  let values: [Values]
  /// Per survey its records as codes into `values`, `Feature.width` per record, sorted by their
  /// texts feature by feature.
  let codes: [Kind: [UInt32]]
  /// Per survey how many records lack each feature (index: `Feature.rawValue`).
  let missingCounts: [Kind: [Int]]
  /// The files lacking a feature, a bit per feature (`Feature.rawValue`), in no order.
  let incomplete: [Incomplete]
  /// The places of residence given by name because the configuration names no official
  /// municipality key (AGS) for them, with the records (of all three surveys) that name them.
  public let withoutKey: [String: Int]

  struct Incomplete: Sendable {
    var fileNo: String
    var missing: UInt16
  }

  /// The records of each survey, sorted by their values (not by file).
  public var records: [Kind: [Record]] {
    Dictionary(uniqueKeysWithValues: Kind.allCases.map { k in
      let c = codes[k] ?? []
      return (k, stride(from: 0, to: c.count, by: Feature.width).map { record(c[$0..<$0 + Feature.width]) })
    })
  }

  func record(_ c: ArraySlice<UInt32>) -> Record {
    func text(_ f: Feature) -> String? { values[f.rawValue][c[c.startIndex + f.rawValue]] }
    return Record(
      birthYear: text(.birthYear).flatMap { Int($0) }, sex: text(.sex), maritalStatus: text(.maritalStatus), residence: text(.residence),
      yearsInGermany: text(.yearsInGermany).flatMap { Int($0) }, legalBasis: text(.legalBasis),
      nationalities: text(.nationalities).map { $0.split(separator: "|").map(String.init) } ?? [], closing: text(.closing))
  }

  /// How many records a survey has.
  public func count(_ kind: Kind) -> Int { (codes[kind]?.count ?? 0) / Feature.width }

  /// How many files lack a feature one of the surveys needs.
  public let gapCount: Int

  /// The files to complete, by file number, each with the features it lacks (by name, sorted).
  public var gaps: [Gap] {
    var byFile: [String: UInt16] = [:]
    for i in incomplete { byFile[i.fileNo, default: 0] |= i.missing }
    return byFile.sorted { $0.key < $1.key }.map { file, bits in
      Gap(fileNo: file, missing: Feature.allCases.filter { bits & 1 << $0.rawValue != 0 }.map(\.name).sorted())
    }
  }

  /// The features each survey asks, in the order of the record layout.
  public static func features(_ kind: Kind) -> [String] { fields(kind).map(\.name) }

  static func fields(_ kind: Kind) -> [Feature] { fieldsByKind[kind.index] }

  private static let fieldsByKind = Kind.allCases.map { kind -> [Feature] in
    switch kind {
    case .naturalizations: [.birthYear, .sex, .maritalStatus, .residence, .yearsInGermany, .legalBasis, .nationalities]
    case .applications: [.birthYear, .sex, .maritalStatus, .yearsInGermany, .nationalities, .residence]
    case .closures: [.birthYear, .sex, .maritalStatus, .yearsInGermany, .nationalities, .residence, .closing]
    }
  }

  public static func value(_ r: Record, _ feature: String) -> String? {
    switch Feature(name: feature) {
    case .birthYear: r.birthYear.map(String.init)
    case .sex: r.sex
    case .maritalStatus: r.maritalStatus
    case .residence: r.residence
    case .yearsInGermany: r.yearsInGermany.map(String.init)
    case .legalBasis: r.legalBasis
    case .nationalities: r.nationalities.isEmpty ? nil : r.nationalities.joined(separator: "|")
    case .closing: r.closing
    case nil: nil
    }
  }

  /// How many records of a survey lack each feature.
  public func missing(_ kind: Kind) -> [(feature: String, count: Int)] {
    let counts = missingCounts[kind] ?? []
    return Self.fields(kind).map { f in (f.name, f.rawValue < counts.count ? counts[f.rawValue] : 0) }
  }
}
