import Foundation
import Hummingbird
import Reports

/// The stylesheet and the small script, read once from the bundle and served from memory.
struct StaticController {
  let files: [String: (type: String, body: String)]

  init() {
    var files: [String: (String, String)] = [:]
    for (name, type) in [
      ("app.css", "text/css; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8"), ("reports.css", "text/css; charset=utf-8"),
      ("letter.css", "text/css; charset=utf-8"),
    ] {
      if let url = Bundle.module.url(forResource: "static/" + name, withExtension: nil),
        let text = try? String(contentsOf: url, encoding: .utf8)
      {
        files[name] = (type, text)
      }
    }
    // The report pages' styles follow the report renderer's own (one source for both).
    files["reports.css"] = files["reports.css"].map { ("text/css; charset=utf-8", HTMLRenderer.css + $0.1) }
    self.files = files
  }

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get(":name") { _, context -> Response in
      let name = try context.parameters.require("name")
      guard let file = files[name] else { throw AppError(.notFound, "no such file") }
      return Response(
        status: .ok, headers: [.contentType: file.type, .cacheControl: "max-age=3600"],
        body: .init(byteBuffer: ByteBuffer(string: file.body)))
    }
  }
}

/// Random tokens for the login form's CSRF cookie.
enum RandomToken {
  static func make() -> String {
    var rng = SystemRandomNumberGenerator()
    return (0..<32).map { _ in String(UInt8.random(in: 0...255, using: &rng), radix: 16).leftPadded(2) }.joined()
  }
}

extension String {
  func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
