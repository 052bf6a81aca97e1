import BacklogConfig
import CaseModel
import CaseStore
import Casework
import Eligibility
import Hummingbird

/// The letter of missing documents (DIN 5008, window envelope) and its confirmed "sent" step:
/// opening the letter changes nothing; only the POST beside "Drucken" moves the file to
/// "Unterlagen angefordert" and sets the follow-up date to the letter's deadline. Closed files
/// get no letter.
struct LetterController {
  let files: FileController
  let office: OfficeSettings?

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("files/:file_no/letter", use: show)
    group.post("files/:file_no/letter/sent", use: sent)
  }

  @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
    try await render(request, context, error: nil, status: .ok)
  }

  /// Records the letter as sent: the stage "documents requested" (one allowed lifecycle step, or
  /// none when the file is there already) and the follow-up on the deadline, in one audited save.
  @Sendable func sent(_ request: Request, context: AppRequestContext) async throws -> Response {
    let form = context.form ?? Form(urlEncoded: "")
    let t = Strings.table(context.language)
    let day = files.today()
    guard form["confirm"] == "1" else {
      return try await render(request, context, error: t["letter_confirm_missing"]!, status: .unprocessableContent)
    }
    guard let deadline = form["deadline"].flatMap(GermanDate.parse), deadline > day, deadline <= day.adding(years: 1) else {
      return try await render(request, context, error: t["letter_deadline_invalid"]!, status: .unprocessableContent)
    }
    let (account, fileNo) = try await files.reachableFile(context)
    guard let version = form["version"].flatMap(Int.init) else { throw AppError(.badRequest, .versionMissing) }
    let actor = files.policy.actor(account)
    do {
      try await files.casework.recordLetterSent(fileNo: fileNo, expectedVersion: version, deadline: deadline, on: day, actor: actor)
    } catch StoreError.versionConflict {
      return try await render(request, context, error: t["letter_conflict"]!, status: .conflict)
    } catch let e as FieldError {
      return try await render(request, context, error: e.description, status: .unprocessableContent)
    } catch let e as InvalidCaseFile {
      return try await render(request, context, error: e.errors.map(\.description).joined(separator: "; "), status: .unprocessableContent)
    }
    if let office = files.policy.office(of: account.role) { await files.cache.invalidate(office: office) }
    return redirect("/files/\(QueueQuery.escape(fileNo))?saved=1")
  }

  func render(_ request: Request, _ context: AppRequestContext, error: String?, status: HTTPResponse.Status)
    async throws -> Response
  {
    let (account, fileNo) = try await files.reachableFile(context)
    let actor = files.policy.actor(account)
    guard let stored = try await files.casework.file(fileNo: fileNo, actor: actor) else {
      throw AppError(.notFound, "no file \(fileNo)")
    }
    guard !stored.file.status.isClosed else {
      throw AppError(.conflict, "the file is closed; a closed file gets no letter", pageText: "letter_closed")
    }
    let day = files.today()
    let missing = files.engine.map {
      MissingItems(file: stored.file, screenings: $0.screen(stored.file, asOf: day), documents: $0.documents)
    }
    let view = LetterView(
      file: stored.file, missing: missing, today: day, office: office, clerk: stored.file.clerk ?? account.name,
      version: stored.version, error: error)
    return files.pages.render("letter", title: "Brief " + fileNo, context: context, data: view.data, status: status, request: request)
  }
}
