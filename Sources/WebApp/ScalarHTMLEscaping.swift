import Foundation
import Mustache

/// HTML escaping by Unicode scalar for every `{{value}}` of the templates. swift-mustache 2.1.1
/// escapes per `Character` (grapheme cluster): a `"` followed by a combining mark (U+0301) is one
/// grapheme that is not in its table, so it passed unescaped and a search text such as
/// `x"́ autofocus onfocus=alert(3)` broke out of the `value="..."` attribute. Escaping each scalar
/// catches the quote whatever follows it. (Reported upstream as a note in the README.)
struct ScalarHTMLContentType: MustacheContentType {
  static let name = "SCALAR_HTML"

  func escapeText(_ text: String) -> String { Self.escape(text) }

  static func escape(_ text: String) -> String {
    // fast path: nothing to escape
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
      return text
    }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
      case "'": out.append(contentsOf: "&#39;".unicodeScalars)
      default: out.append(scalar)
      }
    }
    return String(out)
  }
}

extension MustacheLibrary {
  /// The templates of a directory, each made to escape with `ScalarHTMLContentType` (a pragma
  /// put before its text, so a template cannot forget it) after `wrap(name, text)`.
  static func scalarEscaping(directory: String, wrap: (String, String) -> String = { $1 }) throws -> MustacheLibrary {
    MustacheContentTypes.register(ScalarHTMLContentType(), named: ScalarHTMLContentType.name)
    var library = MustacheLibrary()
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".mustache") }
    for file in names {
      let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
      let name = String(file.dropLast(".mustache".count))
      try library.register("{{% CONTENT_TYPE: \(ScalarHTMLContentType.name)}}" + wrap(name, text), named: name)
    }
    return library
  }
}
