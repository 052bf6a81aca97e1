import Foundation
import StrictYAML

/// The one configuration file of an installation (YAML, like `checklists/`), read at start and
/// validated with every problem named (`backlog config check`). Every section is optional; a
/// missing file means the defaults. A new section is a type of its own file with an
/// `init(_: ConfigNode)`, one property here and one line in `init(root:)`.
public struct BacklogConfiguration: Sendable, Equatable {
  public var server = ServerSettings()
  public var office: OfficeSettings?
  public var municipalities: [MunicipalitySettings] = []
  /// When the backlog forecast counts the backlog as cleared.
  public var forecast = ForecastSettings()
  public var backups = BackupSettings()
  public var metrics = MetricsSettings()
  public var logging = LoggingSettings()
  public var retention = RetentionSettings()
  /// Where it was read from; nil for the defaults.
  public var source: String?

  public static let sections = [
    "server", "office", "municipalities", "forecast", "backups", "metrics", "logging", "retention",
  ]

  public init() {}

  /// The municipality of that name (exact, as configured), if the district has one.
  public func municipality(named name: String) -> MunicipalitySettings? {
    municipalities.first { $0.name == name }
  }

  /// Whether the configuration lists municipalities at all (without a list, any name is accepted).
  public var restrictsMunicipalities: Bool { !municipalities.isEmpty }

  init(root: ConfigNode) {
    root.only(Self.sections)
    if let s = root.map("server") { server = ServerSettings(s) }
    office = root.map("office").flatMap(OfficeSettings.init)
    if let f = root.map("forecast") { forecast = ForecastSettings(f) }
    if let b = root.map("backups") { backups = BackupSettings(b) }
    if let m = root.map("metrics") { metrics = MetricsSettings(m) }
    if let l = root.map("logging") { logging = LoggingSettings(l) }
    if let r = root.map("retention") { retention = RetentionSettings(r) }
    var seen = Set<String>(), keys: [String: String] = [:]
    for m in root.maps("municipalities").compactMap(MunicipalitySettings.init) {
      if !seen.insert(m.name).inserted {
        root.problem("\"\(m.name)\" is listed twice", key: "municipalities")
      } else if let key = m.key, let other = keys[key] {
        root.problem("\"\(m.name)\" has the key \(key) of \"\(other)\"", key: "municipalities")
      } else {
        if let key = m.key { keys[key] = m.name }
        municipalities.append(m)
      }
    }
  }

  /// Reads and validates the YAML text; throws every problem at once.
  public static func parse(_ text: String, file: String) throws(ConfigurationError) -> BacklogConfiguration {
    let log = ProblemLog()
    let root = YAMLValue.parse(text, log: log)
    var config = root.map { BacklogConfiguration(root: $0) } ?? BacklogConfiguration()  // an empty file: the defaults
    if !log.isEmpty { throw ConfigurationError(file: file, problems: log.problems.map(ConfigProblem.init)) }
    if root != nil { config.source = file }
    return config
  }

  /// Largest configuration file read (a config is a few kilobytes; this bounds a wrong path).
  public static let maximumBytes = 1 << 20

  public static func load(path: String) throws(ConfigurationError) -> BacklogConfiguration {
    let problem = { (m: String) in ConfigurationError(file: path, problems: [ConfigProblem(path: "", line: nil, message: m)]) }
    guard let handle = FileHandle(forReadingAtPath: path) else { throw problem("cannot be read") }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
    } catch {
      throw problem("cannot be read: \(error)")
    }
    guard data.count <= maximumBytes else { throw problem("larger than 1 MB: is this the configuration file?") }
    guard let text = String(data: data, encoding: .utf8) else { throw problem("not UTF-8 text") }
    return try parse(text, file: path)
  }

  /// The file to read: `--config PATH`, else `$BACKLOG_CONFIG`, else `backlog.yaml` in the working
  /// folder if it exists; nil = the defaults. An explicitly named file must exist.
  public static func locate(explicit: String?, environment: [String: String]) -> (path: String, required: Bool)? {
    if let explicit { return (explicit, true) }
    if let env = environment["BACKLOG_CONFIG"], !env.isEmpty { return (env, true) }
    return FileManager.default.fileExists(atPath: defaultFileName) ? (defaultFileName, false) : nil
  }

  public static let defaultFileName = "backlog.yaml"
}
