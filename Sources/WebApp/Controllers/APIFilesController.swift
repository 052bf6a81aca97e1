import Foundation
import CaseExchange
import CaseModel
import CaseStore
import Casework
import Eligibility
import Hummingbird

/// `/api/v1/files` (spec section 6): the queue as JSON, one file with its version, and upsert with
/// `If-Match`. Clerks only; a file of the other office is 404.
struct APIFilesController: CaseworkController {
  let casework: Casework
  let policy: AccessPolicy
  let cache: QueueCache

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("files", use: list)
    group.get("files/:file_no", use: show)
    group.put("files/:file_no", use: put)
  }

  struct ListBody: Encodable {
    var office: String
    var total: Int
    var page: Int
    var pageSize: Int
    var pastThreeMonths: Int
    var counts: [String: Int]
    var files: [QueueRow]
    enum CodingKeys: String, CodingKey {
      case office, total, page, pageSize = "page_size", pastThreeMonths = "past_three_months", counts, files
    }
  }

  @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
    let (account, office) = try policy.clerk(context)
    if let asked = request.uri.queryParameters.get("office"), asked != office.rawValue {
      throw AppError(.forbidden, "your role may list \(office.rawValue) files only")
    }
    let filter = try QueueQuery.filter(request.uri.queryParameters, office: office)
    let page = try await cache.page(filter, today: today())
    try await casework.auditListRead(actor: policy.actor(account), QueueQuery.listRead("api.files", filter, page))
    return try JSONResponse.make(
      ListBody(
        office: office.rawValue, total: page.total, page: page.page, pageSize: page.pageSize,
        pastThreeMonths: page.pastThreeMonths,
        counts: Dictionary(uniqueKeysWithValues: page.counts.map { ($0.group.rawValue, $0.count) }), files: page.rows))
  }

  @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
    let (account, office) = try policy.clerk(context)
    let fileNo = try context.parameters.fileNo()
    try policy.file(fileNo, storedIn: try await casework.office(ofFile: fileNo), for: office)
    guard let stored = try await casework.file(fileNo: fileNo, actor: policy.actor(account)) else {
      throw AppError(.notFound, "no file \(fileNo)")
    }
    var json = CaseFileWriter().canonicalJSON(stored.file)
    json = "{\"version\":\(stored.version)," + json.dropFirst()
    return JSONResponse.text(json, headers: [.eTag: "\"\(stored.version)\""])
  }

  @Sendable func put(_ request: Request, context: AppRequestContext) async throws -> Response {
    let (account, office) = try policy.clerk(context)
    let fileNo = try context.parameters.fileNo()
    let storedOffice = try await casework.office(ofFile: fileNo)
    if storedOffice != nil { try policy.file(fileNo, storedIn: storedOffice, for: office) }
    var request = request
    let body = try await request.collectBody(upTo: 4 << 20)
    let file = try APIFileDecoding.decode(String(buffer: body), fileNo: fileNo)
    guard file.office == office else { throw AppError(.forbidden, "your role may write \(office.rawValue) files only") }
    let expected = try APIFileDecoding.ifMatch(request.headers[.ifMatch])
    if storedOffice != nil && expected == nil {
      throw AppError(.conflict, "If-Match with the file's version is required to update \(fileNo)")
    }
    let version = try await casework.putFile(file, expectedVersion: expected, actor: policy.actor(account))
    await cache.invalidate(office: office)
    struct Saved: Encodable {
      var file_no: String
      var version: Int
    }
    var response = try JSONResponse.make(Saved(file_no: fileNo, version: version), status: storedOffice == nil ? .created : .ok)
    response.headers[.eTag] = "\"\(version)\""
    return response
  }
}

/// Reading a case file sent to the API: the same parser and validation as the import.
enum APIFileDecoding {
  static func decode(_ text: String, fileNo: String) throws -> CaseFile {
    let value: JSONValue
    do { value = try JSONParser.parse(text) } catch { throw AppError(.badRequest, "invalid JSON: \(error)") }
    guard case .object(var object) = value else { throw AppError(.badRequest, "expected a case file object") }
    object["version"] = nil
    let (file, issues) = CaseFileReader.decode(.object(object), textScalars: false, at: SourceLocation(file: "body", line: 1))
    guard let file else {
      throw AppError(
        .unprocessableContent, "the case file is not valid", details: issues.map { .init(field: $0.field, $0.reason) })
    }
    guard file.fileNo == fileNo else {
      throw AppError(.unprocessableContent, "file_no differs from the address", details: [.init(field: "file_no", .mustBe(fileNo))])
    }
    return file
  }

  /// `If-Match: 3` or `If-Match: "3"`; absent is nil, anything else 400.
  static func ifMatch(_ header: String?) throws -> Int? {
    guard let raw = header?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
    let digits = raw.hasPrefix("W/") ? String(raw.dropFirst(2)) : raw
    guard let v = Int(digits.trimmingCharacters(in: CharacterSet(charactersIn: "\""))), v >= 1 else {
      throw AppError(.badRequest, "If-Match must be a version number")
    }
    return v
  }
}
