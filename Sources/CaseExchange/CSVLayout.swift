/// The CSV layout of the case-file contract (spec section 2): one main file with a column per
/// scalar field (nested objects joined with a dot, value lists joined with `|`) and one file per
/// repeated group, keyed by `file_no`.
///
/// Extension of the contract: the main file may carry a column named after each group whose cell
/// holds the number of items. An empty cell with no group rows means "not recorded"; `0` means
/// "recorded as none" (for example no convictions), which the screening must tell apart.
public enum CSVLayout {
  public static let caseColumns: [String] = [
    "file_no", "office", "route", "received_on", "status", "team", "clerk", "decided_on",
    "certificate_handover_on", "person.family_name", "person.given_names", "person.birth_date",
    "person.nationalities", "person.municipality", "person.phone", "person.email",
    "person.languages", "person.interpreter_needed", "person.address.street",
    "person.address.postal_code", "person.address.city", "person.sex", "person.marital_status", "protection", "identity.passport_valid",
    "identity.evidence_level", "identity.passport_obtainable", "identity.deception",
    "identity.deception_caused_duldung", "german.level", "german.oral_only", "german.proof",
    "german.on", "german.age_appropriate", "civics.passed", "civics.proof", "civics.on", "declarations.fdgo_signed_on",
    "declarations.history_signed_on", "livelihood.benefits_sgb2_sgb12", "livelihood.fulltime_now",
    "livelihood.fulltime_months_last_24", "livelihood.not_at_fault", "livelihood.income_monthly",
    "livelihood.need_monthly", "livelihood.in_education", "livelihood.single_parent",
    "livelihood.carer", "guest_worker_entry.kind", "guest_worker_entry.on", "pending_investigation",
    "security_check", "spouses_count", "household.minor_children",
    "household.children_school_attendance_proven", "household.spouse_of_fulltime_worker",
    "household.own_dwelling",
    "waivers.illness_disability_age", "waivers.language_hardship",
    "school.years_attended_in_germany", "school.qualification", "married_to_german_since",
    "special_integration", "permit_104c.from", "permit_104c.to", "followup_application_on",
    "sperrfrist_until", "follow_up_on",
  ] + groups.map(\.countColumn)

  /// A repeated group: where it sits in the case file and the columns of its own CSV file.
  public struct Group: Sendable {
    /// File name stem, e.g. `stays` for `stays.csv`.
    public var name: String
    /// Path of the list in the case file, e.g. `["identity", "efforts"]`.
    public var path: [String]
    public var columns: [String]
    /// CSV column name -> JSON field name where they differ.
    public var renamed: [String: String] = [:]

    public var countColumn: String { path.joined(separator: ".") }
    public func field(forColumn c: String) -> String { renamed[c] ?? c }
    public func column(forField f: String) -> String {
      renamed.first(where: { $0.value == f })?.key ?? f
    }
  }

  public static let groups: [Group] = [
    Group(name: "history", path: ["history"], columns: ["at", "status", "by", "reason"]),
    Group(name: "stays", path: ["stays"], columns: ["from", "to", "status", "basis", "gap_cause"]),
    Group(name: "absences", path: ["absences"], columns: ["from", "to", "reason", "returned_within_set_period"]),
    Group(
      name: "convictions", path: ["convictions"],
      columns: [
        "on", "kind", "daily_rates", "months", "suspended", "remitted", "hate_motive", "foreigner_only_offence",
        "erasable_on",
      ]),
    Group(name: "documents", path: ["documents"], columns: ["id", "status", "on", "valid_until"]),
    Group(name: "consents", path: ["consents"], columns: ["scope", "given_on", "withdrawn_on", "form_version", "recorded_by"]),
    Group(
      name: "related", path: ["related"], columns: ["related_file_no", "relation", "co_application"],
      renamed: ["related_file_no": "file_no"]),
    Group(name: "efforts", path: ["identity", "efforts"], columns: ["on", "action"]),
    Group(name: "children", path: ["household", "children"], columns: ["birth_date"]),
  ]

  /// The group a CSV file belongs to, from its name: `stays.csv`, `2026-export-stays.csv`;
  /// nil for the main case file.
  public static func group(forFileName name: String) -> Group? {
    var stem = name.split(separator: "/").last.map(String.init) ?? name
    if stem.lowercased().hasSuffix(".csv") { stem = String(stem.dropLast(4)) }
    stem = stem.lowercased()
    return groups.first { g in
      stem == g.name || stem.hasSuffix("-" + g.name) || stem.hasSuffix("_" + g.name)
        || stem.hasSuffix("." + g.name)
    }
  }
}
