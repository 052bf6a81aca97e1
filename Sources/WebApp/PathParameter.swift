import Foundation
import Hummingbird

extension Parameters {
  /// The file number of the address, percent-decoded: file numbers are written as offices write
  /// them (`32.1-17/2024`, spaces, umlauts), and every link encodes them (`Links.fileNo`).
  /// Hummingbird hands path parameters over as received; a malformed escape is a 400.
  func fileNo() throws -> String {
    let raw = try require("file_no")
    guard let decoded = raw.removingPercentEncoding, !decoded.isEmpty else {
      throw AppError(.badRequest, .fileNumberInvalid, details: [.init(field: "file_no", .malformedPercentEncoding)])
    }
    return decoded
  }
}

/// Addresses built from data: every part is percent-encoded as one path segment or query value.
enum Links {
  /// Unreserved characters of RFC 3986 (ASCII only: an umlaut is encoded, as is `/`).
  static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

  static func escape(_ s: String) -> String {
    s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
  }

  /// `/files/32.1-17%2F2024`
  static func file(_ fileNo: String) -> String { "/files/" + escape(fileNo) }
}
