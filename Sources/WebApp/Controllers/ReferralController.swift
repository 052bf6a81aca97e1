import CaseModel
import CaseStore
import Casework
import Eligibility
import Hummingbird
import Referrals

/// The referral pages: the office's list and the case manager's inbox, one referral with its
/// steps (the handover sheet: `ReferralSheetController`).
struct ReferralController: CaseworkController {
  let casework: Casework
  let pages: Pages
  let policy: AccessPolicy
  let cache: QueueCache

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("referrals", use: list)
    group.get("referrals/:id", use: show)
    group.post("referrals/:id/events", use: step)
  }

  @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
    let party = try policy.referralParty(context)
    let filter = try ReferralQuery.filter(request.uri.queryParameters)
    let list = try await casework.referrals(filter, for: party)
    try await casework.auditListRead(actor: party.name, ReferralQuery.listRead("referrals", filter, list))
    let view = ReferralListView(
      list, filter: filter, kind: party.kind, today: today(), language: context.language, rules: engine?.rules ?? [:])
    return pages.render("referrals", title: view.title, context: context, data: view.data, request: request)
  }

  @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
    let saved = request.uri.queryParameters.get("saved") != nil
    let t = Strings.table(context.language)
    return try await render(request, context, message: saved ? ("ok", t["ref_saved"]!) : nil)
  }

  /// One step from the page's forms; errors show on the page with the current state.
  @Sendable func step(_ request: Request, context: AppRequestContext) async throws -> Response {
    let party = try policy.referralParty(context)
    let id = try APIReferralsController.id(context)
    let form = context.form ?? Form(urlEncoded: "")
    let t = Strings.table(context.language)
    guard let action = form["action"].flatMap(ReferralAction.init(rawValue:)) else { throw AppError(.badRequest, .unknownAction) }
    var facts: ResolutionForm?
    if action == .resolve {
      facts = ResolutionForm(form)
      if let errors = facts?.errors, !errors.isEmpty {
        return try await render(request, context, message: ("error", t["invalid"]!), errors: errors, status: .unprocessableContent)
      }
    }
    _ = try casework.requiredEngine()
    do {
      let step = ReferralStep(
        action: action, note: form["note"], facts: facts.flatMap { $0.facts.count > 0 ? $0.facts : nil },
        expectedVersion: form["version"].flatMap(Int.init))
      let referral = try await casework.step(referral: id, step, by: party)
      await cache.invalidate(office: referral.office)
      if form["back"] == "file", party.kind == .office {
        return redirect("/files/\(QueueQuery.escape(referral.fileNo))?saved=1#h-cm")
      }
      return redirect("/referrals/\(id)?saved=1")
    } catch let e as ReferralError {
      switch e {
      case .notFound, .forbidden: throw e
      case .versionConflict: return try await render(request, context, message: ("error", t["ref_conflict"]!), status: .conflict)
      case .invalid(let errors) where errors.contains(where: ResolutionEvidence.isUnproven):
        // an empty or unrelated resolve: say what would close the gaps and offer "return with reason"
        return try await render(request, context, message: ("error", t["ref_unproven"]!), unproven: true, status: .unprocessableContent)
      case .invalid(let errors):
        return try await render(request, context, message: ("error", t["invalid"]!), errors: errors, status: .unprocessableContent)
      default: return try await render(request, context, message: ("error", ReferralWords.reason(e, t)), status: .conflict)
      }
    }
  }

  func render(
    _ request: Request, _ context: AppRequestContext, message: (kind: String, text: String)?, errors: [FieldError] = [],
    unproven: Bool = false, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let party = try policy.referralParty(context)
    let id = try APIReferralsController.id(context)
    let referral = try await casework.referral(id: id, for: party)
    let view = ReferralView(
      referral, kind: party.kind, engine: engine, today: today(), language: context.language, message: message, errors: errors, unproven: unproven)
    return pages.render("referral", title: view.title, context: context, data: view.data, status: status, request: request)
  }
}
