import BacklogConfig
import Foundation

/// The configuration file's `server:` paths as the defaults of every command, so that an
/// administrator's `backlog backup`, `user add` or `retention` (and the retention timer) use the
/// database, checklists and reports `serve` uses. Order: the option, then the environment
/// (`$BACKLOG_DB`, `$BACKLOG_CHECKLISTS`, `$BACKLOG_REPORTS`), then the file named by
/// `$BACKLOG_CONFIG` or ./backlog.yaml, then the built-in name in the working folder.
/// A configuration file that cannot be read is left to the command that loads it to report.
enum ConfiguredDefaults {
  static func server(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ServerSettings? {
    guard let (path, _) = BacklogConfiguration.locate(explicit: nil, environment: environment) else { return nil }
    return (try? BacklogConfiguration.load(path: path))?.server
  }

  static func path(
    _ variable: String, _ configured: (ServerSettings) -> String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    if let value = environment[variable], !value.isEmpty { return nil }  // the environment decides
    return server(environment).flatMap(configured)
  }
}
