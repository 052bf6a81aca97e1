import CaseModel
import CaseStore
import Casework
import Eligibility
import Foundation
import Hummingbird

/// `GET /api/v1/files/{file_no}/screening?as_of=`: the file screened as of a date (default today)
/// in the format of spec section 4, one object per route (an audited read of the file). Without
/// the engine: the stored screenings (verdicts and open findings only) and 422 for `as_of`.
struct APIScreeningController: CaseworkController {
  let casework: Casework
  let policy: AccessPolicy

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("files/:file_no/screening") { request, context -> Response in
      let (account, office) = try policy.clerk(context)
      let fileNo = try context.parameters.fileNo()
      try policy.file(fileNo, storedIn: try await casework.office(ofFile: fileNo), for: office)
      let asOf = try QueryParameter.day(request.uri.queryParameters, "as_of") ?? today()
      guard let stored = try await casework.file(fileNo: fileNo, actor: policy.actor(account)) else {
        throw AppError(.notFound, "no file \(fileNo)")
      }
      guard let engine else {
        throw AppError(.unprocessableContent, "the server runs without checklists; screening is not available")
      }
      let body = "[" + engine.screen(stored.file, asOf: asOf).map(ScreeningJSON.encode).joined(separator: ",") + "]"
      return Response(
        status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: body)))
    }
  }
}
