import BacklogConfig
import CaseModel
import CaseStore
import Casework
import Eligibility
import Hummingbird
import Referrals

/// The printable handover sheet for the person: what is still missing (nothing once every gap is
/// closed), the documents that fit those gaps (as the rules name them today, so an old referral
/// gets today's list), and the case-management office of the referral's municipality from the
/// configuration (address, phone, e-mail, opening hours, contact person).
struct ReferralSheetController: CaseworkController {
  let casework: Casework
  let pages: Pages
  let policy: AccessPolicy
  let municipalities: [MunicipalitySettings]

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("referrals/:id/sheet", use: sheet)
  }

  @Sendable func sheet(_ request: Request, context: AppRequestContext) async throws -> Response {
    let party = try policy.referralParty(context)
    let (id, day) = (try APIReferralsController.id(context), today())
    let referral = try await casework.referral(id: id, for: party)
    let view = ReferralView(referral, kind: party.kind, engine: engine, today: day, language: context.language)
    var data = view.data.merging(Self.sheetData(referral, engine: engine, language: context.language)) { $1 }
    data["office"] = Self.contact(referral.municipality, municipalities)
    return pages.render("referral_sheet", title: view.title, context: context, data: data, request: request)
  }

  /// The open gaps and their documents, each document once.
  static func sheetData(_ r: Referral, engine: ScreeningEngine?, language: Language) -> [String: Any] {
    let open = r.gaps.filter { $0.closedOn == nil }
    var seen = Set<String>()
    let ids = open.flatMap { g in engine?.rules[g.rule]?.documents ?? g.documents }.filter { seen.insert($0).inserted }
    // The sheet is the person's: plain German without paragraph shorthand, as in the letter.
    let documents = ids.map { id in
      let name = engine?.documents[id].map { language == .de ? $0.de : $0.en } ?? id
      return ["name": language == .de ? LetterWords.document(id, name) : name]
    }
    return ["hasOpenGaps": !open.isEmpty, "sheetDocuments": documents, "hasDocuments": !documents.isEmpty]
  }

  /// The case-management office of a municipality as the sheet prints it.
  static func contact(_ municipality: String, _ all: [MunicipalitySettings]) -> [String: Any] {
    let office = all.first { $0.name.caseInsensitiveCompare(municipality) == .orderedSame }?.caseManagement
    var c: [String: Any] = ["municipality": municipality, "name": office?.name ?? municipality]
    if let office {
      c["contact"] = office.contact ?? ""
      if let a = office.address { c["street"] = a.street; c["town"] = a.postalCode + " " + a.city }
      c["phone"] = office.phone ?? ""
      c["email"] = office.email ?? ""
      c["hours"] = office.openingHours ?? ""
    }
    return c
  }
}
