import CaseStore
import Hummingbird
import HummingbirdAuth

/// What every handler knows about the request besides the request itself: who is logged in (by
/// session cookie or bearer token), the session's CSRF token, the interface language and, for
/// form posts, the decoded form (read once by the CSRF check).
public struct AppRequestContext: AuthRequestContext, RequestContext {
  public var coreContext: CoreRequestContextStorage
  public var identity: Account?
  public var csrfToken: String?
  public var language: Language = .de
  public var form: Form?
  /// The IP address of the connection's peer (nil in router tests without a connection).
  public var peerAddress: String?

  public init(source: Source) {
    self.coreContext = .init(source: source)
    self.peerAddress = source.channel.remoteAddress?.ipAddress
  }
}
