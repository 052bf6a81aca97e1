import CaseModel
import CaseStore
import Casework
import Eligibility
import Hummingbird

/// The triage queue of the clerk's office and the bulk assignment of files to a clerk.
struct QueueController: CaseworkController {
  let casework: Casework
  let pages: Pages
  let policy: AccessPolicy
  let cache: QueueCache

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("queue", use: queue)
    group.post("queue/assign", use: assign)
  }

  @Sendable func queue(_ request: Request, context: AppRequestContext) async throws -> Response {
    let (account, office) = try policy.clerk(context)
    let filter = try QueueQuery.filter(request.uri.queryParameters, office: office)
    async let page = cache.page(filter, today: today())
    async let lists = cache.facets(office: office)
    let shown = try await page
    var closed: [ClosedMatch] = []
    if let query = filter.query { closed = try await casework.closedFiles(matching: query, office: office) }
    var read = QueueQuery.listRead("queue", filter, shown)
    read.fileNos += closed.map(\.fileNo)  // the closed files found by the search are shown too
    try await casework.auditListRead(actor: policy.actor(account), read)
    let view = try await QueueView(
      page: shown, filter: filter, facets: lists, texts: Texts.of(context.language),
      assigned: request.uri.queryParameters.get("assigned"), today: today(),
      backFromCaseManagement: try await casework.filesAwaitingClerk(shown.rows.map(\.fileNo)),
      openReferrals: try await casework.filesWithOpenReferral(shown.rows.map(\.fileNo)),
      referred: request.uri.queryParameters.get("referred"), closed: closed,
      ruleTitles: (engine?.rules.values.sorted { $0.id < $1.id } ?? []).map {
        ($0.id, context.language == .de ? $0.titleDE : $0.title)
      })
    return pages.render(view, title: view.title, context: context, request: request)
  }

  @Sendable func assign(_ request: Request, context: AppRequestContext) async throws -> Response {
    let (account, office) = try policy.clerk(context)
    let form = context.form ?? Form(urlEncoded: "")
    let clerk = form["clerk"].flatMap { $0 == "-" ? nil : $0 }
    let changed = try await casework.assign(
      clerk, fileNos: form.all("file_no"), office: office, actor: policy.actor(account))
    await cache.invalidate(office: office)
    let back = form["back"].flatMap { $0.hasPrefix("/queue") ? $0 : nil } ?? "/queue"
    return redirect(back + (back.contains("?") ? "&" : "?") + "assigned=\(changed.count)")
  }
}
