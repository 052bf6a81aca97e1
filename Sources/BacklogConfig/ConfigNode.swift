import Foundation
import Yams

/// One problem in the configuration file, with where it is: `office.phone (line 12): not a phone number`.
public struct ConfigProblem: Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var line: Int?
  public var message: String
  public var description: String {
    let at = line.map { " (line \($0))" } ?? ""
    return path.isEmpty ? "\(message)\(at)" : "\(path)\(at): \(message)"
  }
}

/// The configuration could not be used: every problem found, not only the first.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var problems: [ConfigProblem]
  public var description: String {
    "\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
      + problems.map { "  - \($0)" }.joined(separator: "\n")
  }
}

/// Collects problems while a configuration is read (one per load, never shared between threads).
final class ProblemSink {
  var problems: [ConfigProblem] = []
}

/// A mapping of the configuration with its dotted path. Readers report a problem and return nil
/// instead of throwing, so one run names every mistake in the file.
struct ConfigNode {
  let node: Node
  let path: String
  let sink: ProblemSink

  var line: Int? { node.mark.map { $0.line } }

  func problem(_ message: String, key: String? = nil, at n: Node? = nil) {
    let p = key.map { path.isEmpty ? $0 : "\(path).\($0)" } ?? path
    sink.problems.append(ConfigProblem(path: p, line: (n ?? node).mark?.line, message: message))
  }

  /// Reports keys outside `allowed`: a typo must not silently drop a setting.
  func onlyKeys(_ allowed: [String]) {
    guard let mapping = node.mapping else { return problem("expected a mapping of settings") }
    for key in mapping.keys {
      let k = key.string ?? "?"
      if !allowed.contains(k) {
        problem("unknown setting; allowed here: \(allowed.joined(separator: ", "))", key: k, at: key)
      }
    }
  }

  func raw(_ key: String) -> Node? {
    guard let v = node.mapping?[key] else { return nil }
    if case .scalar(let s) = v, Self.isNull(s) { return nil }
    return v
  }

  /// YAML's null: `~`, `null` or nothing, unquoted.
  static func isNull(_ s: Node.Scalar) -> Bool {
    (s.style == .plain || s.style == .any) && ["", "~", "null", "Null", "NULL"].contains(s.string)
  }

  func child(_ key: String) -> ConfigNode? {
    guard let v = raw(key) else { return nil }
    guard v.mapping != nil else {
      problem("expected a mapping of settings", key: key, at: v)
      return nil
    }
    return ConfigNode(node: v, path: path.isEmpty ? key : "\(path).\(key)", sink: sink)
  }

  func list(_ key: String) -> [ConfigNode] {
    guard let v = raw(key) else { return [] }
    guard let seq = v.sequence else {
      problem("expected a list", key: key, at: v)
      return []
    }
    let base = path.isEmpty ? key : "\(path).\(key)"
    return seq.enumerated().compactMap { i, n in
      guard n.mapping != nil else {
        problem("expected a mapping of settings", key: "\(key)[\(i)]", at: n)
        return nil
      }
      return ConfigNode(node: n, path: "\(base)[\(i)]", sink: sink)
    }
  }

  func string(_ key: String, required: Bool = false, maxLength: Int = 500) -> String? {
    guard let v = raw(key) else {
      if required { problem("is required", key: key) }
      return nil
    }
    guard case .scalar(let s) = v else {
      problem("expected a text", key: key, at: v)
      return nil
    }
    let text = s.string.trimmingCharacters(in: .whitespaces)
    if text.isEmpty {
      if required { problem("must not be empty", key: key, at: v) }
      return nil
    }
    if text.count > maxLength {
      problem("at most \(maxLength) characters", key: key, at: v)
      return nil
    }
    return text
  }

  func stringList(_ key: String, maxLength: Int = 500) -> [String]? {
    guard let v = raw(key) else { return nil }
    guard let seq = v.sequence else {
      problem("expected a list", key: key, at: v)
      return nil
    }
    var out: [String] = []
    for (i, n) in seq.enumerated() {
      guard case .scalar(let s) = n, !s.string.isEmpty, s.string.count <= maxLength else {
        problem("expected a text of 1 to \(maxLength) characters", key: "\(key)[\(i)]", at: n)
        continue
      }
      out.append(s.string)
    }
    return out
  }

  func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
    guard let v = raw(key) else { return nil }
    guard case .scalar(let s) = v, let n = Int(s.string), range.contains(n) else {
      problem("expected a whole number from \(range.lowerBound) to \(range.upperBound)", key: key, at: v)
      return nil
    }
    return n
  }

  func bool(_ key: String) -> Bool? {
    guard let v = raw(key) else { return nil }
    switch v.scalar?.string.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      problem("expected true or false", key: key, at: v)
      return nil
    }
  }

  /// The contact block shared by the office and the case-management offices.
  func contact() -> (address: PostalAddress?, phone: String?, email: String?, openingHours: String?) {
    (
      child("address").flatMap(PostalAddress.init), checked("phone", Contact.checkPhone),
      checked("email", Contact.checkEmail), string("opening_hours", maxLength: 500)
    )
  }

  /// A text matching `check`, which returns nil when fine or the reason.
  func checked(_ key: String, required: Bool = false, _ check: (String) -> String?) -> String? {
    guard let s = string(key, required: required) else { return nil }
    if let reason = check(s) {
      problem(reason, key: key, at: raw(key))
      return nil
    }
    return s
  }
}
