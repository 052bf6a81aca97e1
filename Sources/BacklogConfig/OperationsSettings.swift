/// `backups:` the daily backup of `backlog serve` (and where the backup before a migration goes).
///
/// ```yaml
/// backups:
///   folder: /var/lib/backlog/backups   # without it, no daily backup
///   time: "02:30"                      # Europe/Berlin
///   keep: 14                           # the newest N stay
/// ```
public struct BackupSettings: Sendable, Equatable {
  public var folder: String?
  public var hour = 2
  public var minute = 30
  public var keep = 14

  public init() {}

  init(_ n: ConfigNode) {
    n.only(["folder", "time", "keep"])
    folder = n.text("folder", maxLength: 4096)
    if let t = n.checked("time", { Self.parseTime($0) == nil ? "a time of day HH:MM, e.g. \"02:30\" (quoted)" : nil }),
      let (h, m) = Self.parseTime(t)
    {
      hour = h
      minute = m
    }
    if let k = n.int("keep", in: 1...3650) { keep = k }
  }

  /// `HH:MM`; YAML reads an unquoted 02:30 as a number in base 60, so quotes are asked for.
  public static func parseTime(_ text: String) -> (Int, Int)? {
    let parts = text.split(separator: ":")
    guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
      (0..<24).contains(h), (0..<60).contains(m)
    else { return nil }
    return (h, m)
  }

  public var time: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }
}

/// `metrics:` who may read `GET /metrics` besides the machine itself.
///
/// ```yaml
/// metrics:
///   allow: [10.20.0.0/16]                 # addresses or networks; default: loopback only
///   token_file: /etc/backlog/metrics-token # a Bearer token for the collector (file mode 0600)
/// ```
public struct MetricsSettings: Sendable, Equatable {
  public var allow: [IPRange] = []
  public var tokenFile: String?

  public init() {}

  init(_ n: ConfigNode) {
    n.only(["allow", "token_file"])
    for (i, text) in (n.strings("allow", lengths: 1...500) ?? []).enumerated() {
      if let r = IPRange(text) {
        allow.append(r)
      } else {
        n.problem("not an IP address or CIDR range (e.g. 10.0.0.0/8, ::1)", key: "allow[\(i)]")
      }
    }
    tokenFile = n.text("token_file", maxLength: 4096)
  }
}

/// `logging:` the request log's format.
///
/// ```yaml
/// logging:
///   format: json   # one JSON object per line (journald, a log collector); default text
///   level: info    # trace, debug, info, notice, warning, error, critical
/// ```
public struct LoggingSettings: Sendable, Equatable {
  public enum Format: String, Sendable, Equatable { case text, json }
  public var format = Format.text
  public var level = "info"

  public static let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

  public init() {}

  init(_ n: ConfigNode) {
    n.only(["format", "level"])
    if let f = n.checked("format", { Format(rawValue: $0) == nil ? "text or json" : nil }), let format = Format(rawValue: f) {
      self.format = format
    }
    if let l = n.checked("level", { Self.levels.contains($0) ? nil : Self.levels.joined(separator: ", ") }) { level = l }
  }
}
