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
    let sheet = ReferralSheetView(referral, referral: view, engine: engine, language: context.language, municipalities: municipalities)
    return pages.render(sheet, title: sheet.title, context: context, request: request)
  }
}
