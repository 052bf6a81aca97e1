import CaseStore
import Foundation
import Hummingbird
import Mustache

/// The values of one page's template: a struct whose stored properties are the template's keys
/// (`TemplateValues`). An optional that is nil counts as absent, so a lookup goes on to the
/// frame's values (`t`, `csrf`, `user`), as a missing key does.
protocol PageContent: TemplateValues {
  /// The template's name (`Resources/templates/NAME.mustache`).
  static var template: String { get }
  /// Stylesheets the layout links besides `app.css`.
  var stylesheets: [String] { get }
}

extension PageContent {
  var stylesheets: [String] { [] }
}

/// What the layout and every page template read besides the page's own values. A page template
/// is rendered inside `{{#model}}…{{/model}}` (added when loading), so its own keys come first.
struct PageFrame<Content: PageContent>: TemplateValues {
  struct User: TemplateValues {
    let name: String
    let role: String
  }

  let t: Texts
  let csrf: String
  let user: User?
  let isClerk: Bool
  let isAdmin: Bool
  let isCaseManager: Bool
  let mayReport: Bool
  let title: String
  let lang: String
  let switchLang: String
  let switchHref: String
  let switchLabel: String
  let stylesheets: [String]
  /// The page's values (for its template) or the rendered page (for the layout).
  var model: Content?
  var content: String?
}

/// The Mustache templates (resources) and the one way to turn a template into a page: the page's
/// template is rendered into the layout with the strings of the user's language, the user and the
/// CSRF token. Mustache escapes every `{{value}}`.
public struct Pages: Sendable {
  let library: MustacheLibrary

  static func load() throws -> Pages {
    guard let url = Bundle.module.url(forResource: "templates", withExtension: nil) else {
      throw AppError(.internalServerError, "templates are missing from the bundle")
    }
    let library = try MustacheLibrary.scalarEscaping(directory: url.path) { name, text in
      name == "layout" ? text : "{{#model}}" + text + "{{/model}}"
    }
    return Pages(library: library)
  }

  func render<Content: PageContent>(
    _ page: Content, title: String, context: AppRequestContext, status: HTTPResponse.Status = .ok, request: Request? = nil
  ) -> Response {
    let t = Texts.of(context.language)
    let role = context.identity?.role
    let switchTo: Language = context.language == .de ? .en : .de
    var frame = PageFrame(
      t: t, csrf: context.csrfToken ?? "",
      user: context.identity.map { .init(name: $0.name, role: t.word(.role, $0.role.rawValue) ?? $0.role.rawValue) },
      isClerk: role.map { AccessPolicy().office(of: $0) != nil } ?? false, isAdmin: role == .admin,
      isCaseManager: role == .caseManager, mayReport: role == .management || role == .admin,
      title: title, lang: context.language.rawValue, switchLang: switchTo.rawValue,
      switchHref: Self.languageLink(request, to: switchTo), switchLabel: switchTo == .en ? "English" : "Deutsch",
      stylesheets: page.stylesheets, model: page)
    let body = library.render(TemplateTree.make(frame), withTemplate: Content.template) ?? "template \(Content.template) failed"
    (frame.model, frame.content) = (nil, body)
    let html = library.render(TemplateTree.make(frame), withTemplate: "layout") ?? body
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
