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
  public struct Record: Sendable, Hashable, Comparable {
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

    var sortKey: String {
      [birthYear.map(String.init) ?? "", sex ?? "", maritalStatus ?? "", residence ?? "", yearsInGermany.map(String.init) ?? "",
       legalBasis ?? "", nationalities.joined(separator: "|"), closing ?? ""].joined(separator: "\u{1}")
    }
    public static func < (a: Record, b: Record) -> Bool { a.sortKey < b.sortKey }
  }

  /// A file that lacks features one of the surveys needs: for the clerks to complete (file
  /// number, office-internal only; never part of the delivered records).
  public struct Gap: Sendable, Hashable {
    public var fileNo: String
    public var missing: [String]
  }

  public let year: Int
  public var records: [Kind: [Record]]
  public var gaps: [Gap]
  /// The places of residence given by name because the configuration names no official
  /// municipality key (AGS) for them, with the records (of all three surveys) that name them.
  public var withoutKey: [String: Int] = [:]

  /// The features each survey asks, in the order of the record layout.
  public static func features(_ kind: Kind) -> [String] {
    switch kind {
    case .naturalizations: ["birth_year", "sex", "marital_status", "residence", "years_in_germany", "legal_basis", "nationalities"]
    case .applications: ["birth_year", "sex", "marital_status", "years_in_germany", "nationalities", "residence"]
    case .closures: ["birth_year", "sex", "marital_status", "years_in_germany", "nationalities", "residence", "closing"]
    }
  }

  public static func value(_ r: Record, _ feature: String) -> String? {
    switch feature {
    case "birth_year": r.birthYear.map(String.init)
    case "sex": r.sex
    case "marital_status": r.maritalStatus
    case "residence": r.residence
    case "years_in_germany": r.yearsInGermany.map(String.init)
    case "legal_basis": r.legalBasis
    case "nationalities": r.nationalities.isEmpty ? nil : r.nationalities.joined(separator: "|")
    case "closing": r.closing
    default: nil
    }
  }

  /// How many records of a survey lack each feature.
  public func missing(_ kind: Kind) -> [(feature: String, count: Int)] {
    let list = records[kind] ?? []
    return Self.features(kind).map { f in (f, list.filter { Self.value($0, f) == nil }.count) }
  }
}
