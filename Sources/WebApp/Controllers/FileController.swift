import CaseModel
import CaseStore
import Casework
import Eligibility
import Hummingbird
import Referrals

/// The file page: read (audited), record facts and documents, change the stage, add notes.
/// Saving checks the version the clerk saw; if someone else saved meanwhile the clerk gets a
/// conflict message with their unsaved input, never an overwrite.
struct FileController: CaseworkController {
  let casework: Casework
  let pages: Pages
  let policy: AccessPolicy
  let cache: QueueCache

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("files/:file_no", use: show)
    group.post("files/:file_no/facts", use: recordFacts)
    group.post("files/:file_no/documents", use: recordDocument)
    group.post("files/:file_no/status", use: changeStatus)
    group.post("files/:file_no/notes", use: addNote)
    group.post("files/:file_no/address", use: recordAddress)
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
      throw AppError(.badRequest, .unknownStage)
    }
    guard form.errors.isEmpty else {
      return try await page(request, context, state: .invalid(form.errors, form.entered), status: .unprocessableContent)
    }
    return try await save(request, context, entered: form.entered) { [casework] fileNo, version, actor in
      try await casework.changeStage(
        fileNo: fileNo, expectedVersion: version, to: form.next, on: form.day, reason: form.reason, actor: actor)
    }
  }

  @Sendable func addNote(_ request: Request, context: AppRequestContext) async throws -> Response {
    let (account, fileNo) = try await reachableFile(context)
    guard let text = context.form?["note"], text.count <= 4000 else {
      // The note comes back into its field: a text over the limit is never cut or dropped.
      return try await page(
        request, context,
        state: .invalid([FieldError(path: "note", reason: .charactersBetween(1, 4000))], ["note": context.form?["note"] ?? ""]),
        status: .unprocessableContent)
    }
    try await casework.addNote(fileNo: fileNo, text: text, actor: policy.actor(account))
    return redirect("/files/\(QueueQuery.escape(fileNo))?saved=1#h-notes")
  }

  func save(
    _ request: Request, _ context: AppRequestContext, entered: [String: String],
    _ change: @escaping @Sendable (inout CaseFile) throws -> Void
  ) async throws -> Response {
    try await save(request, context, entered: entered) { [casework] fileNo, version, actor in
      try await casework.recordFacts(fileNo: fileNo, expectedVersion: version, actor: actor, change)
    }
  }

  /// Saves through `write(fileNo, version the clerk saw, actor)` and answers with the page.
  func save(
    _ request: Request, _ context: AppRequestContext, entered: [String: String],
    write: @escaping @Sendable (String, Int, String) async throws -> Void
  ) async throws -> Response {
    let (account, fileNo) = try await reachableFile(context)
    guard let version = context.form?["version"].flatMap(Int.init) else { throw AppError(.badRequest, .versionMissing) }
    do {
      try await write(fileNo, version, policy.actor(account))
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
    try policy.file(fileNo, storedIn: try await casework.office(ofFile: fileNo), for: office)
    return (account, fileNo)
  }

  /// Renders the page with the stored file (an audited read) and the outcome of the last action.
  func page(_ request: Request, _ context: AppRequestContext, state: FileView.State, status: HTTPResponse.Status)
    async throws -> Response
  {
    let (account, fileNo) = try await reachableFile(context)
    guard let stored = try await casework.file(fileNo: fileNo, actor: policy.actor(account)) else {
      throw AppError(.notFound, "no file \(fileNo)")
    }
    let screenings = try await ShownScreening.of(
      stored.file, engine: engine, asOf: today(), language: context.language, casework: casework)
    async let notes = casework.notes(fileNo: fileNo)
    let names = engine?.documents.mapValues { context.language == .de ? $0.de : $0.en } ?? [:]
    let view = try await FileView(
      stored: stored, screenings: screenings, notes: notes, today: today(), language: context.language, state: state,
      documentNames: names)
    let caseManagement = FileReferralsView.data(
      file: stored.file, referrals: try await casework.referrals(ofFile: fileNo),
      referable: casework.referableGaps(stored.file),
      today: today(), language: context.language, engine: engine)
    return pages.render(
      "file", title: view.title, context: context, data: view.data.merging(caseManagement) { $1 }, status: status,
      request: request)
  }
}
