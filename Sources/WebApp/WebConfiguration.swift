import CaseModel
import CaseStore
import Eligibility
import Foundation

/// Everything `buildApplication` needs from outside: address, database, login rules and the clock.
public struct WebConfiguration: Sendable {
  public var hostname: String
  public var port: Int
  public var loginPolicy: LoginPolicy
  /// Mark session cookies `Secure` (set when served behind HTTPS).
  public var secureCookies: Bool
  /// Today's date in Germany; injected so tests can fix it.
  public var today: @Sendable () -> Day
  /// Called after every saved change of a file (web form or API) with its file number: the place
  /// where the eligibility engine re-screens the file at once. Nil until the engine is wired in.
  public var rescreen: (@Sendable (_ fileNo: String) async throws -> Void)?
  /// The eligibility engine: file pages and the screening API show live screenings with every
  /// rule, citation and reason. Without it they show the stored summary.
  public var engine: ScreeningEngine?

  public init(
    hostname: String = "127.0.0.1", port: Int = 8080, loginPolicy: LoginPolicy = LoginPolicy(),
    secureCookies: Bool = false, today: @escaping @Sendable () -> Day = { Day(inBerlinAt: Date()) },
    rescreen: (@Sendable (_ fileNo: String) async throws -> Void)? = nil, engine: ScreeningEngine? = nil
  ) {
    self.rescreen = rescreen
    self.engine = engine
    self.hostname = hostname
    self.port = port
    self.loginPolicy = loginPolicy
    self.secureCookies = secureCookies
    self.today = today
  }
}
