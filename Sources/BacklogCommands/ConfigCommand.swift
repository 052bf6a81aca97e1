import ArgumentParser
import BacklogConfig
import Foundation

/// `--config PATH`, shared by the commands that read the configuration file.
struct ConfigOptions: ParsableArguments {
  @Option(name: .long, help: "Configuration file (default: $BACKLOG_CONFIG, else ./backlog.yaml if present).")
  var config: String?

  /// The configuration, or the defaults when no file is named and none lies in the working folder.
  func load() throws -> BacklogConfiguration {
    guard let (path, _) = BacklogConfiguration.locate(explicit: config, environment: ProcessInfo.processInfo.environment)
    else { return BacklogConfiguration() }
    do {
      return try BacklogConfiguration.load(path: path)
    } catch {
      throw InputError(error.description)
    }
  }
}

/// `backlog config check`: reads the configuration file and names every problem in it.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config", abstract: "Check the configuration file.", subcommands: [Check.self])

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check", abstract: "Validate the configuration file and summarise it; exit 1 with every problem named.")

    @OptionGroup var options: ConfigOptions

    func run() throws {
      let config = try options.load()
      guard let source = config.source else {
        Terminal.out("No configuration file (looked for --config, $BACKLOG_CONFIG, ./\(BacklogConfiguration.defaultFileName)): the defaults apply.")
        return
      }
      Terminal.out("\(source): OK")
      for line in ConfigSummary.lines(config) { Terminal.out("  \(line)") }
    }
  }
}

/// What `config check` prints for a valid file: the settings that matter, in words.
enum ConfigSummary {
  static func lines(_ c: BacklogConfiguration) -> [String] {
    var out = ["server: \(c.server.host):\(c.server.port), session cookies \(c.server.secureCookies ? "Secure" : "NOT Secure (plain HTTP)")"]
    out.append(
      c.server.trustedProxies.isEmpty
        ? "trusted proxies: none (X-Forwarded-For is ignored)"
        : "trusted proxies: \(c.server.trustedProxies.map(\.description).joined(separator: ", "))")
    if let o = c.office {
      out.append("office: \(o.name)\(o.unit.map { ", \($0)" } ?? "")")
    } else {
      out.append("office: not configured (letters and report covers carry no letterhead)")
    }
    let withCM = c.municipalities.filter { $0.caseManagement != nil }.count
    out.append(
      c.municipalities.isEmpty
        ? "municipalities: none listed (referrals accept any municipality)"
        : "municipalities: \(c.municipalities.count), \(withCM) with a case-management office")
    return out
  }
}
