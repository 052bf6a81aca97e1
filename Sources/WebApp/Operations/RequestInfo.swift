import Foundation
import Hummingbird

/// What the request log learns while a request runs. One instance per request, shared by every
/// copy of the (value-typed) context, so middleware further in can tell the outermost responder.
public final class RequestInfo: @unchecked Sendable {
  /// 16 hex digits, random: sent back as `X-Request-Id` and written into the request's audit rows.
  public let id: String
  private let lock = NSLock()
  private var _user: String?
  private var _failure: String?

  public init() {
    var generator = SystemRandomNumberGenerator()
    let n = generator.next() as UInt64
    let hex = String(n, radix: 16)
    id = String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The account name of the logged-in user (staff, not the data subject).
  public var user: String? {
    get { lock.withLock { _user } }
    set { lock.withLock { _user = newValue } }
  }

  /// Why the request failed, for the one log line of a failed request.
  public var failure: String? {
    get { lock.withLock { _failure } }
    set { lock.withLock { _failure = newValue } }
  }

  /// The cause of a failure without personal data: client errors by kind and the names of the
  /// fields at fault (messages may quote file numbers or input), server errors in full (they come
  /// from the program, and the operator needs them).
  static func cause(of error: any Error, as appError: AppError) -> String {
    if appError.status.code >= 500 { return String(describing: error) }
    let fields = appError.details.compactMap(\.field)
    let kind = String(describing: type(of: error))
    return fields.isEmpty ? kind : kind + " (fields: " + fields.joined(separator: ", ") + ")"
  }
}
