import Hummingbird

/// An error with an HTTP status, a message and optional details (field errors). The error
/// middleware renders it as JSON `{"error": "...", "details": [...]}` under `/api`, else as a page.
public struct AppError: Error, Sendable {
  public var status: HTTPResponse.Status
  public var message: String
  public var details: [Detail]
  /// The key of the text a page shows instead of `message` (pages speak the user's language;
  /// `message` is for the API and the log).
  var pageText: StringKey?

  public struct Detail: Sendable, Codable, Equatable {
    public var field: String?
    public var reason: String
    public init(field: String?, reason: String) {
      self.field = field
      self.reason = reason
    }
  }

  public init(_ status: HTTPResponse.Status, _ message: String, details: [Detail] = []) {
    self.init(status, message, details: details, pageText: nil)
  }

  init(_ status: HTTPResponse.Status, _ message: String, details: [Detail] = [], pageText: StringKey?) {
    self.status = status
    self.message = message
    self.details = details
    self.pageText = pageText
  }
}

/// A redirect thrown from deep inside (e.g. "log in first"), turned into a 303 by the middleware.
struct Redirect: Error, Sendable {
  var location: String
}
