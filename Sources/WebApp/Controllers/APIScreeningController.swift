import CaseModel
import CaseStore
import Foundation
import Hummingbird

/// `GET /api/v1/files/{file_no}/screening`: the stored screenings of a file in the format of spec
/// section 4, one object per route. Screening on demand for another date (`as_of`) needs the
/// eligibility engine, which is not wired in yet: such a request is answered 422.
struct APIScreeningController {
  let database: AppDatabase
  let policy: AccessPolicy

  struct Finding: Encodable {
    var rule, outcome: String
    var fix, until, citation, reason: String?
  }

  struct Screening: Encodable {
    var fileNo, route, asOf, verdict, rulesetVersion: String
    var eligibleOn: String?
    var findings: [Finding]
    enum CodingKeys: String, CodingKey {
      case fileNo = "file_no", route, asOf = "as_of", verdict, rulesetVersion = "ruleset_version"
      case eligibleOn = "eligible_on", findings
    }
  }

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("files/:file_no/screening") { request, context -> Response in
      let (_, office) = try policy.clerk(context)
      let fileNo = try context.parameters.require("file_no")
      try policy.file(fileNo, storedIn: try await database.officeOfCaseFile(fileNo: fileNo), for: office)
      let stored = try await database.screenings(fileNo: fileNo)
      if let asOf = request.uri.queryParameters.get("as_of"), stored.isEmpty || !stored.allSatisfy({ $0.asOf == asOf }) {
        throw AppError(.unprocessableContent, "screening as of \(asOf) needs the eligibility engine, which is not available yet")
      }
      return try JSONResponse.make(
        stored.map { s in
          Screening(
            fileNo: fileNo, route: s.route, asOf: s.asOf, verdict: s.verdict, rulesetVersion: s.rulesetVersion,
            eligibleOn: s.eligibleOn,
            findings: s.findings.map {
              Finding(rule: $0.rule, outcome: $0.outcome, fix: $0.fix, until: $0.until, citation: $0.citation, reason: $0.reason)
            })
        })
    }
  }
}
