import Foundation

/// A decoded `application/x-www-form-urlencoded` body: repeated names keep every value in order.
public struct Form: Sendable {
  public var pairs: [(name: String, value: String)]

  public init(urlEncoded text: String) {
    pairs = text.split(separator: "&").compactMap { part in
      let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = Self.decode(kv[0]) else { return nil }
      return (name, kv.count > 1 ? Self.decode(kv[1]) ?? "" : "")
    }
  }

  /// The first value of a field, trimmed; nil if absent or blank.
  public subscript(name: String) -> String? {
    guard let v = pairs.first(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespacesAndNewlines),
      !v.isEmpty
    else { return nil }
    return v
  }

  public func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

  static func decode(_ s: Substring) -> String? {
    s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
  }
}
