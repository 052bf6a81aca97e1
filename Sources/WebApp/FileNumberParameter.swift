import Foundation
import Hummingbird

extension AppRequestContext {
  /// The `{file_no}` of the route, percent-decoded: file numbers may hold a slash, which a link
  /// (and a proxy passing the path on as received) sends as `%2F`; the router leaves it encoded.
  func fileNumber() throws -> String {
    let raw = try parameters.require("file_no")
    return raw.removingPercentEncoding ?? raw
  }
}
