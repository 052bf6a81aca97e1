import CaseStore
import Foundation
import Hummingbird
import Mustache

/// The Mustache templates (resources) and the one way to turn a template into a page: the page's
/// template is rendered into the layout with the strings of the user's language, the user and the
/// CSRF token. Mustache escapes every `{{value}}`.
public struct Pages: Sendable {
  let library: MustacheLibrary

  static func load() throws -> Pages {
    guard let url = Bundle.module.url(forResource: "templates", withExtension: nil) else {
      throw AppError(.internalServerError, "templates are missing from the bundle")
    }
    return Pages(library: try MustacheLibrary.scalarEscaping(directory: url.path))
  }

  func render(
    _ template: String, title: String, context: AppRequestContext, data: [String: Any] = [:],
    status: HTTPResponse.Status = .ok, request: Request? = nil
  ) -> Response {
    var values = data
    let strings = Strings.table(context.language)
    values["t"] = strings
    values["csrf"] = context.csrfToken ?? ""
    if let user = context.identity {
      values["user"] = ["name": user.name, "role": strings["role_" + user.role.rawValue] ?? user.role.rawValue]
      values["isClerk"] = AccessPolicy().office(of: user.role) != nil
      values["isAdmin"] = user.role == .admin
      values["isCaseManager"] = user.role == .caseManager
      values["mayReport"] = user.role == .management || user.role == .admin
    }
    let body = library.render(values, withTemplate: template) ?? "template \(template) failed"
    let switchTo: Language = context.language == .de ? .en : .de
    let layout: [String: Any] = values.merging(
      [
        "title": title, "content": body, "lang": context.language.rawValue,
        "switchLang": switchTo.rawValue, "switchHref": Self.languageLink(request, to: switchTo),
        "switchLabel": switchTo == .en ? "English" : "Deutsch",
      ], uniquingKeysWith: { $1 })
    let html = library.render(layout, withTemplate: "layout") ?? body
    return Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
  }

  /// The current address with `lang` replaced, so switching keeps the filters.
  static func languageLink(_ request: Request?, to language: Language) -> String {
    guard let request else { return "?lang=\(language.rawValue)" }
    var items = URLComponents(string: request.uri.description)?.queryItems ?? []
    items.removeAll { $0.name == "lang" }
    items.append(URLQueryItem(name: "lang", value: language.rawValue))
    var c = URLComponents()
    c.path = request.uri.path
    c.queryItems = items
    return c.string ?? "?lang=\(language.rawValue)"
  }
}

/// A JSON response from an `Encodable` value or from ready JSON text.
struct JSONResponse {
  static let encoder: JSONEncoder = {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return e
  }()

  static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    text(String(decoding: try encoder.encode(value), as: UTF8.self), status: status)
  }

  static func text(_ json: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
    var fields = headers
    fields[.contentType] = "application/json; charset=utf-8"
    return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: json)))
  }
}

func redirect(_ location: String) -> Response {
  Response(status: .seeOther, headers: [.location: location])
}
