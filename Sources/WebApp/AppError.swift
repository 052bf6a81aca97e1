import CaseModel
import Hummingbird

/// An error with an HTTP status, a message and optional details (field errors). The error
/// middleware renders it as JSON `{"error": "...", "details": [...]}` under `/api`, else as a page.
public struct AppError: Error, Sendable {
  public var status: HTTPResponse.Status
  public var message: String
  public var details: [Detail]
  /// The key of the text a page shows instead of `message` (pages speak the user's language;
  /// `message` is for the API and the log).
  public var pageText: String?
  /// The message typed, for the page in the user's language (nil: `message` as it is).
  var typed: ErrorMessage?

  /// A problem with one field: `reason` in English for the API, `cause` typed for the page.
  public struct Detail: Sendable, Encodable, Equatable {
    public var field: String?
    public var cause: Reason
    public var reason: String { cause.english }
    public init(field: String?, _ cause: Reason) {
      self.field = field
      self.cause = cause
    }

    enum CodingKeys: String, CodingKey { case field, reason }
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encodeIfPresent(field, forKey: .field)
      try c.encode(reason, forKey: .reason)
    }
  }

  public init(_ status: HTTPResponse.Status, _ message: String, details: [Detail] = [], pageText: String? = nil) {
    self.status = status
    self.message = message
    self.details = details
    self.pageText = pageText
  }

  init(_ status: HTTPResponse.Status, _ message: ErrorMessage, details: [Detail] = []) {
    self.init(status, message.english, details: details)
    typed = message
  }
}

/// A redirect thrown from deep inside (e.g. "log in first"), turned into a 303 by the middleware.
struct Redirect: Error, Sendable {
  var location: String
}
