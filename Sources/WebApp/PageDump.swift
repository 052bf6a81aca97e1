import Foundation

/// TEMPORARY (not to be committed): writes each rendered page, normalised, to $PAGE_DUMP.
enum PageDump {
  static func write(_ template: String, _ html: String) {
    guard let dir = ProcessInfo.processInfo.environment["PAGE_DUMP"] else { return }
    var text = html
    for (pattern, replacement) in [
      (#"name="csrf" value="[^"]*""#, #"name="csrf" value="X""#),
      (#"csrf=[A-Za-z0-9_\-]+"#, "csrf=X"),
      (#"<code>[^<]*</code>"#, "<code>X</code>"),
      (#"/admin/lists/[A-Za-z0-9\-]+"#, "/admin/lists/ID"),
    ] {
      text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
    }
    var h: UInt64 = 0xcbf29ce484222325
    for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    let digest = String(h, radix: 16)
    try? text.write(toFile: dir + "/" + template + "-" + digest + ".html", atomically: true, encoding: .utf8)
  }
}
