import CaseModel
import CaseStore
import Hummingbird

/// The file page: read (audited), record facts, change the stage. Saving checks the version the
/// clerk saw; if someone else saved meanwhile the clerk gets a conflict message, never an overwrite.
struct FileController {
  let database: AppDatabase
  let pages: Pages
  let policy: AccessPolicy
  let today: @Sendable () -> Day
  let cache: QueueCache

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("files/:file_no", use: show)
    group.post("files/:file_no/facts", use: recordFacts)
    group.post("files/:file_no/status", use: changeStatus)
  }

  @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
    let saved = request.uri.queryParameters.get("saved") != nil
    return try await page(request, context, state: saved ? .saved : .plain, status: .ok)
  }

  @Sendable func recordFacts(_ request: Request, context: AppRequestContext) async throws -> Response {
    let form = FactsForm(context.form ?? Form(urlEncoded: ""))
    guard form.errors.isEmpty else {
      return try await page(request, context, state: .invalid(form.errors, form.entered), status: .unprocessableContent)
    }
    return try await save(request, context) { file in form.apply(to: &file) }
  }

  @Sendable func changeStatus(_ request: Request, context: AppRequestContext) async throws -> Response {
    guard let next = context.form?["status"].flatMap(CaseStatus.init(rawValue:)) else {
      throw AppError(.badRequest, "unknown stage")
    }
    let day = today()
    let actor = context.identity.map(policy.actor) ?? "?"
    return try await save(request, context) { file in
      try StatusTransitions.apply(next, to: &file, on: day, by: actor)
    }
  }

  func save(
    _ request: Request, _ context: AppRequestContext, _ change: @escaping @Sendable (inout CaseFile) throws -> Void
  ) async throws -> Response {
    let (account, office) = try policy.clerk(context)
    let fileNo = try context.parameters.require("file_no")
    try policy.file(fileNo, storedIn: try await database.officeOfCaseFile(fileNo: fileNo), for: office)
    guard let version = context.form?["version"].flatMap(Int.init) else { throw AppError(.badRequest, "version missing") }
    do {
      try await database.editCaseFile(fileNo: fileNo, expectedVersion: version, actor: policy.actor(account), change)
      await cache.invalidate(office: office)
      return redirect("/files/\(QueueQuery.escape(fileNo))?saved=1")
    } catch StoreError.versionConflict {
      let entered = context.form.map { FactsForm($0).entered } ?? [:]
      return try await page(request, context, state: .conflict(entered), status: .conflict)
    } catch let e as InvalidCaseFile {
      let entered = context.form.map { FactsForm($0).entered } ?? [:]
      return try await page(request, context, state: .invalid(e.errors, entered), status: .unprocessableContent)
    } catch let e as FieldError {
      return try await page(request, context, state: .invalid([e], [:]), status: .unprocessableContent)
    }
  }

  /// Renders the page with the stored file (an audited read) and the outcome of the last action.
  func page(_ request: Request, _ context: AppRequestContext, state: FileView.State, status: HTTPResponse.Status)
    async throws -> Response
  {
    let (account, office) = try policy.clerk(context)
    let fileNo = try context.parameters.require("file_no")
    try policy.file(fileNo, storedIn: try await database.officeOfCaseFile(fileNo: fileNo), for: office)
    guard let stored = try database.caseFile(fileNo: fileNo, actor: policy.actor(account)) else {
      throw AppError(.notFound, "no file \(fileNo)")
    }
    let view = FileView(
      stored: stored, screenings: try await database.screenings(fileNo: fileNo), today: today(),
      language: context.language, state: state)
    return pages.render("file", title: view.title, context: context, data: view.data, status: status, request: request)
  }
}
