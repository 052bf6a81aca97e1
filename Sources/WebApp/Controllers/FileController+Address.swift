import CaseModel
import Hummingbird

extension FileController {
  /// The person's postal address from its own form on the file page; errors show on their
  /// fields with everything typed put back.
  @Sendable func recordAddress(_ request: Request, context: AppRequestContext) async throws -> Response {
    let form = AddressForm(context.form ?? Form(urlEncoded: ""))
    guard form.errors.isEmpty else {
      return try await page(request, context, state: .invalid(form.errors, form.entered), status: .unprocessableContent)
    }
    return try await save(request, context, entered: form.entered) { file in form.apply(to: &file) }
  }
}
