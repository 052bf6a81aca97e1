import ArgumentParser
import BacklogConfig
import CaseModel
import CaseStore
import Casework
import DemoDistrict
import Eligibility
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import WebApp

/// `backlog serve [--db PATH] [--port N] [--demo] [--host H]`: the web application.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve", abstract: "Run the web application and the JSON API.",
    discussion: "--demo fills an empty database with a generated district and prints one user per role.")

  @OptionGroup var database: DatabaseOptions
  @Option(help: "Port to listen on (default: the configuration's server.port, else 8080).") var port: Int?
  @Option(help: "Address to listen on (default: the configuration's server.host, else 127.0.0.1).") var host: String?
  @Flag(help: "Fill an empty database with the demo district and create demo users.") var demo = false
  @Flag(help: "Accepted for compatibility: session cookies are Secure by default.") var secureCookies = false
  @Flag(help: "Session cookies without Secure: only for plain HTTP on another host than localhost, in development.")
  var insecureCookies = false
  @Option(
    name: .customLong("trusted-proxy"),
    help: "Address of a reverse proxy whose X-Forwarded-For names the client (repeatable; for login limits).")
  var trustedProxies: [String] = []
  @OptionGroup var checklists: ChecklistOptions
  @OptionGroup var configFile: ConfigOptions
  @OptionGroup var operations: ServeOperationsOptions

  func validate() throws {
    if secureCookies && insecureCookies { throw ValidationError("--secure-cookies and --insecure-cookies exclude each other") }
  }

  func run() async throws {
    let settings = try configFile.load()
    let host = self.host ?? settings.server.host
    let port = self.port ?? settings.server.port
    let environment = ProcessInfo.processInfo.environment["BACKLOG_DB"].flatMap { $0.isEmpty ? nil : $0 }
    let dbPath = database.db ?? environment ?? settings.server.database ?? database.path
    let clock = CommandEnvironment.current.now
    let ops = try operations.resolve(settings)
    let store = try AppDatabase.open(path: dbPath, backupsBeforeMigration: ops.backups?.path)
    let today: @Sendable () -> Day = { Day.today(clock: clock) }
    let environmentNames = ProcessInfo.processInfo.environment
    var checklists = self.checklists  // the configuration's folders unless an option or variable names one
    if checklists.checklists == nil, (environmentNames["BACKLOG_CHECKLISTS"] ?? "").isEmpty {
      checklists.checklists = settings.server.checklists
    }
    let engine = ScreeningSetup.engineOrWarning(checklists)
    var proxies = settings.server.trustedProxies
    for text in trustedProxies {
      guard let range = IPRange(text.trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError("--trusted-proxy \(text): not an IP address or CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1)")
      }
      proxies.append(range)
    }
    // Secure unless switched off here or in the configuration file (plain HTTP elsewhere, development only)
    var config = WebConfiguration(
      hostname: host, port: port, secureCookies: !insecureCookies && settings.server.secureCookies, today: today,
      engine: engine, trustedProxies: proxies)
    config.settings = settings
    if let reports = settings.server.reports, (environmentNames["BACKLOG_REPORTS"] ?? "").isEmpty {
      config.reports.directory = reports
    }
    config.logger = ops.logger
    // For /metrics, a loopback peer sending X-Forwarded-For is a local proxy even when none is
    // configured: a request nginx forwarded from afar must not count as loopback.
    var metricsAccess = ops.metricsAccess
    if !proxies.isEmpty { metricsAccess.trustedProxies = proxies }
    config.operations = OperationsSettings(metricsAccess: metricsAccess, backupFolder: ops.backups, now: clock)
    let casework = {
      var c = Casework(store: store, engine: engine ?? .unavailable, today: today)
      c.municipalities = settings.municipalities.map(\.name)
      return c
    }()
    if let r = try casework.rescreenIfRulesChanged(actor: "serve"), r.files > 0 {
      Terminal.error("The checklists changed: re-screened \(Terminal.grouped(r.files)) files, \(r.verdictsChanged) verdicts changed.")
    }
    if demo { try await DemoSetup.prepare(casework.on(today())) }
    let ended = try await casework.endReferralsWithoutConsent(actor: "serve")
    if ended > 0 { Terminal.error("Ended \(ended) open referrals whose consent has run out.") }
    if let source = settings.source { Terminal.error("Configuration: \(source)") }
    Terminal.out("backlog: open http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)/ (database \(dbPath))")
    let logger = ops.logger
    let app = try await buildApplication(config, database: store)
    var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: app)]
    if let backups = ops.backups {
      let scheduler = BackupScheduler(folder: backups, database: dbPath, at: ops.backupAt, now: clock, logger: logger)
      services.append(.init(service: scheduler, successTerminationBehavior: .ignore, failureTerminationBehavior: .ignore))
    }
    var group = ServiceGroupConfiguration(
      services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
    // SIGTERM: stop accepting, let running requests finish; systemd waits 10 s (TimeoutStopSec).
    group.maximumGracefulShutdownDuration = .seconds(7)
    group.maximumCancellationDuration = .seconds(1)
    try await ServiceGroup(configuration: group).run()
    let stopping = ContinuousClock.now
    // Everything committed goes into the database file and the -wal file is emptied, so the file
    // alone is complete (for a copy, a restore, the next start).
    try await store.checkpoint()
    let took = ContinuousClock.now - stopping
    logger.info("stopped", metadata: ["checkpoint_ms": .stringConvertible(took.components.attoseconds / 1_000_000_000_000_000 + took.components.seconds * 1000)])
  }
}

/// The demo district and one user per role (their passwords are new on every start).
enum DemoSetup {
  static let users: [(name: String, role: Role, municipalities: [String])] = [
    ("m.schmitz", .ebhClerk, []), ("b.krause", .abhClerk, []), ("cm.siegburg", .caseManager, ["Siegburg"]),
    ("cm.hennef", .caseManager, ["Hennef (Sieg)", "Eitorf"]),
    ("leitung", .management, []), ("admin", .admin, []),
  ]

  static func prepare(_ casework: Casework) async throws {
    let (store, today) = (casework.store, casework.today())
    if try await store.caseFileCount() == 0 {
      Terminal.error("Generating the demo district as of \(today.iso) ...")
      let files = DemoDistrict(seed: 1, today: today).generate()
      try casework.importFiles(files, actor: "demo", progress: { Terminal.progress("Importing", $0, $1) })
      Terminal.error("Imported \(Terminal.grouped(files.count)) demo files.")
      if casework.screeningAvailable {
        let referrals = try await DemoReferrals.make(store, engine: casework.engine, today: today)
        Terminal.error("Referred \(Terminal.grouped(referrals)) files to case management over the last 15 months.")
      }
    }
    Terminal.out("Demo users (passwords valid until the next start with --demo):")
    for u in users {
      let password: String
      do {
        password = try await store.createUser(name: u.name, role: u.role, municipalities: u.municipalities, mustChangePassword: false)
          .password
      } catch AccountError.nameTaken {
        password = try await store.resetPassword(userName: u.name, mustChangePassword: false)
      }
      Terminal.out("  \(u.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(u.role.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(password)")
    }
  }
}
