import CaseExchange
import CaseModel
import CaseStore
import Casework
import Eligibility
import Hummingbird
import Referrals

/// `/api/v1` referral routes (spec section 6): clerks refer a file's gaps and see their office's
/// referrals; case managers see the referrals sent to their municipalities and take their steps.
struct APIReferralsController: CaseworkController {
  let casework: Casework
  let policy: AccessPolicy
  let cache: QueueCache

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.post("files/:file_no/referrals", use: create)
    group.get("referrals", use: list)
    group.get("referrals/:id", use: show)
    group.post("referrals/:id/events", use: step)
  }

  struct ListBody: Encodable {
    var total: Int
    var page: Int
    var overdue: Int
    var counts: [String: Int]
    var referrals: [ReferralBody]
  }

  @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
    let party = try policy.referralParty(context)
    guard let office = party.office else { throw AppError(.forbidden, "only clerks may refer files") }
    let fileNo = try context.parameters.fileNo()
    try policy.file(fileNo, storedIn: try await casework.office(ofFile: fileNo), for: office)
    let body = try await Self.object(request)
    try Self.onlyKeys(body, ["rules", "municipality", "note", "due_on", "send"])
    var problems: [AppError.Detail] = []
    var rules: [String] = []
    if case .array(let items)? = body["rules"], items.allSatisfy({ if case .string = $0 { true } else { false } }) {
      rules = items.compactMap { if case .string(let s) = $0 { s } else { nil } }
    } else {
      problems.append(.init(field: "rules", .ruleListRequired))
    }
    let due = try Self.day(body, "due_on", into: &problems)
    var send = true
    switch body["send"] {
    case nil, .null?: break
    case .bool(let b)?: send = b
    default: problems.append(.init(field: "send", .trueOrFalse))
    }
    guard problems.isEmpty else { throw AppError(.unprocessableContent, "the referral is not valid", details: problems) }
    let new = NewReferral(
      fileNo: fileNo, rules: rules, municipality: Self.text(body, "municipality"), note: Self.text(body, "note"),
      dueOn: due, send: send)
    let engine = try casework.requiredEngine()
    let id = try await casework.refer(new, by: party)
    await cache.invalidate(office: office)
    let referral = try await casework.referral(id: id, for: party)
    return try JSONResponse.make(
      ReferralBody(referral, for: party.kind, today: today(), documents: engine.documents, reasons: engine.referralReasons, withEvents: true), status: .created)
  }

  @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
    let party = try policy.referralParty(context)
    let filter = try ReferralQuery.filter(request.uri.queryParameters)
    let day = today()
    let list = try await casework.referrals(filter, for: party)
    try await casework.auditListRead(actor: party.name, ReferralQuery.listRead("api.referrals", filter, list))
    let documents = engine?.documents ?? [:]
    let reasons = engine?.referralReasons ?? [:]
    return try JSONResponse.make(
      ListBody(
        total: list.total, page: filter.page, overdue: list.overdue,
        counts: Dictionary(uniqueKeysWithValues: list.counts.map { ($0.key.rawValue, $0.value) }),
        referrals: list.referrals.map { ReferralBody($0, for: party.kind, today: day, documents: documents, reasons: reasons, withEvents: false) }))
  }

  @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
    let party = try policy.referralParty(context)
    let id = try Self.id(context)
    let referral = try await casework.referral(id: id, for: party)
    return try JSONResponse.make(
      ReferralBody(referral, for: party.kind, today: today(), documents: engine?.documents ?? [:], reasons: engine?.referralReasons ?? [:], withEvents: true))
  }

  @Sendable func step(_ request: Request, context: AppRequestContext) async throws -> Response {
    let party = try policy.referralParty(context)
    let id = try Self.id(context)
    let body = try await Self.object(request)
    try Self.onlyKeys(body, ["action", "note", "facts", "version"])
    guard case .string(let name)? = body["action"], let action = ReferralAction(rawValue: name) else {
      throw AppError(
        .unprocessableContent, "unknown action",
        details: [.init(field: "action", .oneOf(ReferralAction.allCases.map(\.rawValue)))])
    }
    var facts: JSONObject?
    switch body["facts"] {
    case nil, .null?: break
    case .object(let o)?: facts = o
    default: throw AppError(.unprocessableContent, "facts must be an object", details: [.init(field: "facts", .anObject)])
    }
    var version = try APIFileDecoding.ifMatch(request.headers[.ifMatch])
    if case .number(let n)? = body["version"] { version = Int(n) }
    let engine = try casework.requiredEngine()
    let step = ReferralStep(action: action, note: Self.text(body, "note"), facts: facts, expectedVersion: version)
    let referral = try await casework.step(referral: id, step, by: party)
    await cache.invalidate(office: referral.office)
    return try JSONResponse.make(
      ReferralBody(referral, for: party.kind, today: today(), documents: engine.documents, reasons: engine.referralReasons, withEvents: true))
  }

  // MARK: - Reading request bodies

  static func id(_ context: AppRequestContext) throws -> Int64 {
    guard let id = Int64(try context.parameters.require("id")) else { throw AppError(.notFound, "no such referral") }
    return id
  }

  static func object(_ request: Request) async throws -> JSONObject {
    var request = request
    let buffer = try await request.collectBody(upTo: 1 << 20)
    let value: JSONValue
    do { value = try JSONParser.parse(String(buffer: buffer)) } catch { throw AppError(.badRequest, "invalid JSON: \(error)") }
    guard case .object(let object) = value else { throw AppError(.badRequest, "expected a JSON object") }
    return object
  }

  static func onlyKeys(_ object: JSONObject, _ allowed: Set<String>) throws {
    let unknown = object.keys.filter { !allowed.contains($0) }
    guard unknown.isEmpty else {
      throw AppError(.unprocessableContent, "unknown fields", details: unknown.map { .init(field: $0, .unknownField(others: [])) })
    }
  }

  static func text(_ object: JSONObject, _ key: String) -> String? {
    if case .string(let s)? = object[key] { return s }
    return nil
  }

  static func day(_ object: JSONObject, _ key: String, into problems: inout [AppError.Detail]) throws -> Day? {
    switch object[key] {
    case nil, .null?: return nil
    case .string(let s)? where Day(iso: s) != nil: return Day(iso: s)
    default:
      problems.append(.init(field: key, .dateFormat))
      return nil
    }
  }
}
