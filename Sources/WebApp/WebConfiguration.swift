import BacklogConfig
import CaseModel
import CaseStore
import Eligibility
import Foundation
import Logging

/// Everything `buildApplication` needs from outside: address, database, login rules and the clock.
public struct WebConfiguration: Sendable {
  public var hostname: String
  public var port: Int
  public var loginPolicy: LoginPolicy
  /// Mark session cookies `Secure` (the default; browsers accept them on http://localhost and
  /// 127.0.0.1 too). Off only for plain HTTP on another host in development
  /// (`serve --insecure-cookies`).
  public var secureCookies: Bool
  /// Reverse proxies (addresses or CIDR ranges) whose `X-Forwarded-For` names the client (`serve
  /// --trusted-proxy`; the configuration file's `server.trusted_proxies`).
  public var trustedProxies: [IPRange]
  /// Where bcrypt runs: NIO's thread pool on the server.
  public var hashing: PasswordHashing
  /// Today's date in Germany; injected so tests can fix it.
  public var today: @Sendable () -> Day
  /// The eligibility engine: file pages and the screening API show live screenings with every
  /// rule, citation and reason, and every saved change (web form, API, referral) is screened as of
  /// today in the same transaction. Without it pages show the stored summary.
  public var engine: ScreeningEngine?
  /// The report definitions, cover pages and forecast target.
  public var reports = ReportSettings()
  /// Metrics access, backup folder (for the backup-age metric).
  public var operations: OperationsSettings = .loopback
  /// Where the request log goes (`backlog serve` sets the configured format).
  public var logger: Logger = Logger(label: "backlog-web")
  /// The installation's configuration file (office, municipalities, ...); defaults when none.
  public var settings = BacklogConfiguration()

  public init(
    hostname: String = "127.0.0.1", port: Int = 8080, loginPolicy: LoginPolicy = LoginPolicy(),
    secureCookies: Bool = true, today: @escaping @Sendable () -> Day = { Day(inBerlinAt: Date()) },
    engine: ScreeningEngine? = nil, trustedProxies: [IPRange] = [], hashing: PasswordHashing = .threadPool
  ) {
    self.trustedProxies = trustedProxies
    self.hashing = hashing
    self.engine = engine
    self.hostname = hostname
    self.port = port
    self.loginPolicy = loginPolicy
    self.secureCookies = secureCookies
    self.today = today
  }
}
