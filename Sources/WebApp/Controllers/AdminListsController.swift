import CaseExchange
import CaseModel
import CaseStore
import Casework
import Foundation
import Hummingbird
import MultipartKit
import OfficeLists

/// The administrator's page to bring in an office's own list: upload, see the recognised mapping
/// and the problems, correct the mapping, import. The same `importList` as `backlog import`.
struct AdminListsController {
  let casework: Casework
  let pages: Pages
  let policy: AccessPolicy
  let config: WebConfiguration
  let uploads: ListUploads
  /// Told of every import made here (files written, duration): `/metrics` counts them directly.
  var imported: @Sendable (Int, Duration) -> Void = { _, _ in }

  static let maxUploadBytes = 32 << 20

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("admin/lists") { request, context in
      _ = try policy.admin(context)
      return render(request, context, data: [:])
    }
    group.post("admin/lists") { request, context -> Response in
      let admin = try policy.admin(context)
      var request = request
      let (name, bytes, office, sheet) = try await Self.readUpload(&request)
      let id = await uploads.add(.init(name: name, bytes: bytes, owner: admin.name, at: Date()))
      return try await check(request, context, id: id, office: office, sheet: sheet, overrides: [:], dryRun: true)
    }
    group.post("admin/lists/:id") { request, context -> Response in
      _ = try policy.admin(context)
      let id = try context.parameters.require("id")
      let form = context.form
      let office = form?["office"].flatMap { Office(rawValue: $0) }
      let sheet = form?["sheet"].flatMap { $0.isEmpty ? nil : $0 }
      var overrides: [Int: ListField?] = [:]
      for k in 0..<1_000 {
        guard let v = form?["col_\(k)"] else { break }
        overrides[k] = ListField(rawValue: v)
      }
      return try await check(
        request, context, id: id, office: office, sheet: sheet, overrides: overrides, dryRun: form?["action"] != "import")
    }
  }

  /// The file, office and sheet of the multipart upload form.
  static func readUpload(_ request: inout Request) async throws -> (String, [UInt8], Office?, String?) {
    guard let type = request.headers[.contentType], let boundary = type.components(separatedBy: "boundary=").last?
      .trimmingCharacters(in: .init(charactersIn: "\" "))
    else { throw AppError(.badRequest, .uploadExpected) }
    let body = try await request.collectBody(upTo: maxUploadBytes)
    // MultipartKit's parser, its parts collected as they complete.
    final class Collected {
      var parts: [(name: String, filename: String?, body: [UInt8])] = []
      var disposition = ""
      var body: [UInt8] = []
    }
    let collected = Collected()
    let parser = MultipartParser(boundary: boundary)
    parser.onHeader = { field, value in
      if field.lowercased() == "content-disposition" { collected.disposition = value }
    }
    parser.onBody = { chunk in collected.body += chunk.readBytes(length: chunk.readableBytes) ?? [] }
    parser.onPartComplete = {
      func parameter(_ key: String) -> String? {
        for piece in collected.disposition.split(separator: ";") {
          let kv = piece.split(separator: "=", maxSplits: 1)
          if kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces) == key {
            return kv[1].trimmingCharacters(in: .init(charactersIn: "\" "))
          }
        }
        return nil
      }
      collected.parts.append((parameter("name") ?? "", parameter("filename"), collected.body))
      collected.disposition = ""
      collected.body = []
    }
    do { try parser.execute(body) } catch { throw AppError(.badRequest, .uploadUnreadable) }
    func text(_ name: String) -> String? {
      collected.parts.first { $0.name == name }.map { String(decoding: $0.body, as: UTF8.self) }.flatMap { $0.isEmpty ? nil : $0 }
    }
    guard let file = collected.parts.first(where: { $0.name == "file" }) else {
      throw AppError(.badRequest, .uploadWithoutFile)
    }
    let name = (file.filename?.isEmpty == false ? file.filename! : "liste")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\\", with: "_")
    let bytes = file.body
    guard !bytes.isEmpty else { throw AppError(.badRequest, .uploadEmpty) }
    return (String(name.prefix(200)), bytes, text("office").flatMap(Office.init(rawValue:)), text("sheet"))
  }

  func check(
    _ request: Request, _ context: AppRequestContext, id: String, office: Office?, sheet: String?,
    overrides: [Int: ListField?], dryRun: Bool
  ) async throws -> Response {
    let admin = try policy.admin(context)
    let t = Strings.table(context.language)
    guard let upload = await uploads.get(id, owner: admin.name) else {
      return render(request, context, data: ["error": t["list_expired"]!])
    }
    let today = config.today()
    let req = ListImportRequest(
      bytes: upload.bytes, source: upload.name, sheet: sheet, office: office, today: today, actor: policy.actor(admin),
      dryRun: dryRun, municipalities: config.settings.municipalities.map(\.name), columnOverrides: overrides)
    let result: ListImportResult
    let started = ContinuousClock.now
    do {
      result = try await casework.importList(req)
    } catch let e as ListUnreadable {
      return render(request, context, data: ["error": "\(t["list_unreadable"]!): \(e.description)"])
    }
    if !dryRun, result.succeeded {
      await uploads.remove(id)
      imported(result.summary.map { $0.added.count + $0.changed.count } ?? 0, ContinuousClock.now - started)
    }
    return render(
      request, context,
      data: ListImportView.data(result, id: id, office: office, sheet: sheet, imported: !dryRun && result.succeeded, today: today, t: t))
  }

  func render(_ request: Request, _ context: AppRequestContext, data: [String: Any]) -> Response {
    let t = Strings.table(context.language)
    return pages.render("lists", title: t["lists_title"]!, context: context, data: data, request: request)
  }
}
