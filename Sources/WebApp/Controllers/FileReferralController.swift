import CaseModel
import CaseStore
import Casework
import Eligibility
import Hummingbird
import HummingbirdCore
import Referrals

/// The clerk's side of the bridge on the file page and in the queue: record or withdraw the
/// person's consent, refer gaps of one file, or refer the same gap of many files at once.
struct FileReferralController: CaseworkController {
  let files: FileController
  let casework: Casework
  let policy: AccessPolicy
  let cache: QueueCache

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.post("files/:file_no/referrals", use: create)
    group.post("files/:file_no/consent", use: recordConsent)
    group.post("files/:file_no/consent/withdraw", use: withdrawConsent)
    group.post("queue/referrals", use: referMany)
  }

  @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
    let (_, fileNo) = try await files.reachableFile(context)
    let form = context.form ?? Form(urlEncoded: "")
    var problems: [FieldError] = []
    let due = form["due_on"].flatMap { raw -> Day? in
      if let d = FactsForm.day(raw) { return d }
      problems.append(FieldError(path: "due_on", reason: .notAFormDate(raw)))
      return nil
    }
    guard problems.isEmpty else { return try await files.page(request, context, state: .invalid(problems, [:]), status: .unprocessableContent) }
    let new = NewReferral(
      fileNo: fileNo, rules: form.all("rule"), municipality: form["municipality"], note: form["note"], dueOn: due,
      send: form["send"] == "1")
    do {
      let party = try policy.referralParty(context)
      let id = try await casework.refer(new, by: party)
      await cache.invalidate(office: try policy.clerk(context).1)
      return redirect("/referrals/\(id)?saved=1")
    } catch let e as ReferralError {
      if case .invalid(let errors) = e {
        return try await files.page(request, context, state: .invalid(errors, [:]), status: .unprocessableContent)
      }
      let reason = ReferralWords.reason(e, Strings.table(context.language))
      return try await files.page(request, context, state: .invalid([FieldError(path: "", reason: .described(reason))], [:]), status: .conflict)
    }
  }

  @Sendable func recordConsent(_ request: Request, context: AppRequestContext) async throws -> Response {
    _ = try policy.clerk(context)
    let form = context.form ?? Form(urlEncoded: "")
    let formVersion = form["form_version"]
    return try await files.save(request, context, entered: [:]) { [casework] fileNo, version, actor in
      // Never cut silently: a form version over the field's limit is an error (Casework checks).
      let given = try Self.day(form, "given_on")
      try await casework.recordConsent(
        fileNo: fileNo, expectedVersion: version, givenOn: given, formVersion: formVersion, actor: actor)
    }
  }

  @Sendable func withdrawConsent(_ request: Request, context: AppRequestContext) async throws -> Response {
    let form = context.form ?? Form(urlEncoded: "")
    return try await files.save(request, context, entered: [:]) { [casework] fileNo, version, actor in
      let withdrawn = try Self.day(form, "withdrawn_on")
      try await casework.withdrawConsent(fileNo: fileNo, expectedVersion: version, withdrawnOn: withdrawn, actor: actor)
    }
  }

  /// Refers the same gap of the selected files (or of all matching the queue's filters): a
  /// confirmation page first, then, on its POST (`confirmed=1`), sent where consent is recorded,
  /// proposed where not, skipped with the reason where the gap is not there (`BulkReferral.swift`).
  @Sendable func referMany(_ request: Request, context: AppRequestContext) async throws -> Response {
    let form = context.form ?? Form(urlEncoded: "")
    if form["confirmed"] == "1" { return try await executeBulk(request, context: context, form: form) }
    return try await confirmBulk(request, context: context, form: form)
  }

  /// Every file the queue shows under the filters of `back` (the queue's address), at most 2,000.
  func matching(_ back: String, office: Office) async throws -> [String] {
    var filter = try QueueQuery.filter(URI(back).queryParameters, office: office)
    filter.pageSize = 500
    var fileNos: [String] = []
    for page in 1...4 {
      filter.page = page
      let rows = try await casework.triageQueue(filter).rows
      fileNos += rows.map(\.fileNo)
      if rows.count < filter.pageSize { break }
    }
    return fileNos
  }

  static func day(_ form: Form, _ name: String) throws -> Day {
    guard let raw = form[name], let day = FactsForm.day(raw) else {
      throw FieldError(path: "consent." + name, reason: .formDateRequired)
    }
    return day
  }
}
