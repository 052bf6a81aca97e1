import CaseModel
import CaseStore
import Eligibility
import Hummingbird
import Referrals

/// The file page: read (audited), record facts and documents, change the stage, add notes.
/// Saving checks the version the clerk saw; if someone else saved meanwhile the clerk gets a
/// conflict message with their unsaved input, never an overwrite.
struct FileController {
  let database: AppDatabase
  let pages: Pages
  let policy: AccessPolicy
  let today: @Sendable () -> Day
  let cache: QueueCache
  /// Screens a saved file in the same transaction (nil without checklists).
  let screen: (@Sendable (CaseFile) -> [Screening])?
  let engine: ScreeningEngine?

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("files/:file_no", use: show)
    group.get("files/:file_no/letter", use: letter)
    group.post("files/:file_no/facts", use: recordFacts)
    group.post("files/:file_no/documents", use: recordDocument)
    group.post("files/:file_no/status", use: changeStatus)
    group.post("files/:file_no/notes", use: addNote)
  }

  @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
    let saved = request.uri.queryParameters.get("saved") != nil
    return try await page(request, context, state: saved ? .saved : .plain, status: .ok)
  }

  /// A printable letter to the applicant listing what is missing, in plain German.
  @Sendable func letter(_ request: Request, context: AppRequestContext) async throws -> Response {
    let (account, fileNo) = try await reachableFile(context)
    guard let stored = try await database.run({ try $0.caseFile(fileNo: fileNo, actor: policy.actor(account)) }) else {
      throw AppError(.notFound, "no file \(fileNo)")
    }
    let day = today()
    let missing = engine.map {
      MissingItems(file: stored.file, screenings: $0.screen(stored.file, asOf: day), documents: $0.documents)
    }
    let view = LetterView(file: stored.file, missing: missing, today: day)
    return pages.render("letter", title: "Brief " + fileNo, context: context, data: view.data, request: request)
  }

  @Sendable func recordFacts(_ request: Request, context: AppRequestContext) async throws -> Response {
    let form = FactsForm(context.form ?? Form(urlEncoded: ""))
    guard form.errors.isEmpty else {
      return try await page(request, context, state: .invalid(form.errors, form.entered), status: .unprocessableContent)
    }
    return try await save(request, context, entered: form.entered) { file in form.apply(to: &file) }
  }

  @Sendable func recordDocument(_ request: Request, context: AppRequestContext) async throws -> Response {
    let form = DocumentForm(context.form ?? Form(urlEncoded: ""))
    guard form.errors.isEmpty else {
      return try await page(request, context, state: .invalid(form.errors, form.entered), status: .unprocessableContent)
    }
    return try await save(request, context, entered: form.entered) { file in form.apply(to: &file) }
  }

  @Sendable func changeStatus(_ request: Request, context: AppRequestContext) async throws -> Response {
    guard let form = StageForm(context.form ?? Form(urlEncoded: ""), today: today()) else {
      throw AppError(.badRequest, "unknown stage")
    }
    guard form.errors.isEmpty else {
      return try await page(request, context, state: .invalid(form.errors, form.entered), status: .unprocessableContent)
    }
    let actor = context.identity.map(policy.actor) ?? "?"
    return try await save(request, context, entered: form.entered) { file in try form.apply(to: &file, by: actor) }
  }

  @Sendable func addNote(_ request: Request, context: AppRequestContext) async throws -> Response {
    let (account, fileNo) = try await reachableFile(context)
    guard let text = context.form?["note"], text.count <= 4000 else {
      // The note comes back into its field: a text over the limit is never cut or dropped.
      return try await page(
        request, context,
        state: .invalid([FieldError(path: "note", reason: "1 to 4000 characters")], ["note": context.form?["note"] ?? ""]),
        status: .unprocessableContent)
    }
    try await database.addNote(fileNo: fileNo, text: text, actor: policy.actor(account))
    return redirect("/files/\(QueueQuery.escape(fileNo))?saved=1#h-notes")
  }

  func save(
    _ request: Request, _ context: AppRequestContext, entered: [String: String],
    _ change: @escaping @Sendable (inout CaseFile) throws -> Void
  ) async throws -> Response {
    let (account, fileNo) = try await reachableFile(context)
    guard let version = context.form?["version"].flatMap(Int.init) else { throw AppError(.badRequest, "version missing") }
    do {
      try await database.editCaseFile(
        fileNo: fileNo, expectedVersion: version, actor: policy.actor(account), screen: screen, change)
      if let office = policy.office(of: account.role) { await cache.invalidate(office: office) }
      return redirect("/files/\(QueueQuery.escape(fileNo))?saved=1")
    } catch StoreError.versionConflict {
      return try await page(request, context, state: .conflict(entered), status: .conflict)
    } catch let e as InvalidCaseFile {
      return try await page(request, context, state: .invalid(e.errors, entered), status: .unprocessableContent)
    } catch let e as FieldError {
      return try await page(request, context, state: .invalid([e], entered), status: .unprocessableContent)
    }
  }

  /// The clerk and the file number, if the file exists in the clerk's office (else 403/404).
  func reachableFile(_ context: AppRequestContext) async throws -> (Account, String) {
    let (account, office) = try policy.clerk(context)
    let fileNo = try context.parameters.fileNo()
    try policy.file(fileNo, storedIn: try await database.officeOfCaseFile(fileNo: fileNo), for: office)
    return (account, fileNo)
  }

  /// Renders the page with the stored file (an audited read) and the outcome of the last action.
  func page(_ request: Request, _ context: AppRequestContext, state: FileView.State, status: HTTPResponse.Status)
    async throws -> Response
  {
    let (account, fileNo) = try await reachableFile(context)
    guard let stored = try await database.run({ try $0.caseFile(fileNo: fileNo, actor: policy.actor(account)) }) else {
      throw AppError(.notFound, "no file \(fileNo)")
    }
    let screenings = try await ShownScreening.of(
      stored.file, engine: engine, asOf: today(), language: context.language, database: database)
    async let notes = database.notes(fileNo: fileNo)
    let names = engine?.documents.mapValues { context.language == .de ? $0.de : $0.en } ?? [:]
    let view = try await FileView(
      stored: stored, screenings: screenings, notes: notes, today: today(), language: context.language, state: state,
      documentNames: names)
    let caseManagement = FileReferralsView.data(
      file: stored.file, referrals: try await database.run { try $0.referralsOfFile(fileNo: fileNo) },
      referable: engine.map { ReferableGaps.of($0.screen(stored.file, asOf: today()), engine: $0) } ?? [],
      today: today(), language: context.language, engine: engine)
    return pages.render(
      "file", title: view.title, context: context, data: view.data.merging(caseManagement) { $1 }, status: status,
      request: request)
  }
}
