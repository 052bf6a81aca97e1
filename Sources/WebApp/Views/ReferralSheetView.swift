import BacklogConfig
import CaseModel
import Eligibility
import Referrals

/// The values of `referral_sheet.mustache`: the printable handover sheet for the person. What is
/// still missing (nothing once every gap is closed), the documents that fit those gaps (as the
/// rules name them today, so an old referral gets today's list), and the case-management office
/// of the referral's municipality from the configuration.
struct ReferralSheetView: PageContent {
  static let template = "referral_sheet"

  struct Name: TemplateValues {
    let name: String
  }

  struct Gap: TemplateValues {
    let closed: Bool
    let plain: String
  }

  /// The case-management office as the sheet prints it (the municipality's name without one).
  struct Contact: TemplateValues {
    let name: String
    let contact: String?
    let street: String?
    let town: String?
    let phone: String?
    let email: String?
    let hours: String?
  }

  let title: String
  let id: Int64
  let today: String
  let person: Name?
  let gaps: [Gap]
  let hasOpenGaps: Bool
  let sheetDocuments: [Name]
  let hasDocuments: Bool
  let dueOn: String?
  let office: Contact

  init(_ r: Referral, referral view: ReferralView, engine: ScreeningEngine?, language: Language, municipalities: [MunicipalitySettings]) {
    title = view.title
    id = view.summary.values.id
    today = view.today
    person = view.person.map { Name(name: $0.name) }
    gaps = view.gaps.map { Gap(closed: $0.closed, plain: $0.plain) }
    dueOn = view.dueOn
    let open = r.gaps.filter { $0.closedOn == nil }
    hasOpenGaps = !open.isEmpty
    var seen = Set<String>()
    let ids = open.flatMap { g in engine?.rules[g.rule]?.documents ?? g.documents }.filter { seen.insert($0).inserted }
    // The sheet is the person's: plain German without paragraph shorthand, as in the letter.
    sheetDocuments = ids.map { id in
      let name = engine?.documents[id].map { language == .de ? $0.de : $0.en } ?? id
      return Name(name: language == .de ? LetterWords.document(id, name) : name)
    }
    hasDocuments = !sheetDocuments.isEmpty
    office = Self.contact(r.municipality, municipalities)
  }

  static func contact(_ municipality: String, _ all: [MunicipalitySettings]) -> Contact {
    let office = all.first { $0.name.caseInsensitiveCompare(municipality) == .orderedSame }?.caseManagement
    return Contact(
      name: office?.name ?? municipality, contact: office.map { $0.contact ?? "" },
      street: office?.address?.street, town: office?.address.map { $0.postalCode + " " + $0.city },
      phone: office.map { $0.phone ?? "" }, email: office.map { $0.email ?? "" }, hours: office.map { $0.openingHours ?? "" })
  }
}
