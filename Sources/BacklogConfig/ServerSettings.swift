import Foundation

/// `server:` how the web application listens and whom it trusts.
public struct ServerSettings: Sendable, Equatable {
  public var host = "127.0.0.1"
  public var port = 8080
  /// Session cookies are `Secure` unless set false (plain HTTP on another host, development only).
  public var secureCookies = true
  /// Reverse proxies whose `X-Forwarded-For` is believed (addresses or CIDR ranges).
  public var trustedProxies: [IPRange] = []
  /// Database file; the command line's `--db` and `$BACKLOG_DB` take precedence.
  public var database: String?
  /// Folder of the law as data; `--checklists` and `$BACKLOG_CHECKLISTS` take precedence.
  public var checklists: String?
  /// Folder of the report definitions; `--reports-dir` and `$BACKLOG_REPORTS` take precedence.
  public var reports: String?

  public init() {}

  init(_ n: ConfigNode) {
    n.only(["host", "port", "secure_cookies", "trusted_proxies", "database", "checklists", "reports"])
    if let h = n.checked("host", { $0.contains(where: \.isWhitespace) ? "a host name or address without spaces" : nil }) {
      host = h
    }
    if let p = n.int("port", in: 1...65535) { port = p }
    if let s = n.bool("secure_cookies") { secureCookies = s }
    if let list = n.strings("trusted_proxies", lengths: 1...500) {
      for (i, text) in list.enumerated() {
        if let r = IPRange(text) {
          trustedProxies.append(r)
        } else {
          n.problem("not an IP address or CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1)", key: "trusted_proxies[\(i)]")
        }
      }
    }
    database = n.text("database", maxLength: 4096)
    checklists = n.text("checklists", maxLength: 4096)
    reports = n.text("reports", maxLength: 4096)
  }
}
