import Foundation
import StrictYAML

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

extension ConfigProblem {
  /// The configuration's wording of a strict-YAML problem.
  init(_ p: YAMLProblem) {
    let message: String
    switch p.fault {
    case .notValidYAML(let error): message = "not valid YAML: \(error)"
    case .expectedMapping: message = "expected a mapping of settings"
    case .expectedList: message = "expected a list"
    case .expectedText: message = "expected a text"
    case .expectedTextItem(let lengths): message = "expected a text of \(lengths?.lowerBound ?? 1) to \(lengths?.upperBound ?? 500) characters"
    case .expectedBool: message = "expected true or false"
    case .expectedInt(_, let range):
      message = range.map { "expected a whole number from \($0.lowerBound) to \($0.upperBound)" } ?? "expected a whole number"
    case .expectedChoice(_, let allowed): message = allowed.joined(separator: ", ")
    case .expectedFormat(_, let format): message = format
    case .required: message = "is required"
    case .empty: message = "must not be empty"
    case .tooLong(let maximum): message = "at most \(maximum) characters"
    case .unknownKey(_, let allowed): message = "unknown setting; allowed here: \(allowed.joined(separator: ", "))"
    case .other(let text): message = text
    }
    self.init(path: p.path, line: p.line, message: message)
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

/// A mapping of the configuration with its dotted path: a strict YAML value whose readers log a
/// problem and go on, so one run names every mistake in the file.
typealias ConfigNode = YAMLValue

extension YAMLValue {
  /// A setting's text: trimmed, not empty, at most `maxLength` characters.
  func text(_ key: String, required: Bool = false, maxLength: Int = 500) -> String? {
    guard let s = string(key, required: required) else { return nil }
    let text = s.trimmingCharacters(in: .whitespaces)
    if text.isEmpty {
      if required { report(.empty, key: key, at: self[key]) }
      return nil
    }
    if text.count > maxLength {
      report(.tooLong(maximum: maxLength), key: key, at: self[key])
      return nil
    }
    return text
  }

  /// A problem in the configuration's own words.
  func problem(_ message: String, key: String? = nil, at value: YAMLValue? = nil) {
    report(.other(message), key: key, at: value)
  }

  /// The contact block shared by the office and the case-management offices.
  func contact() -> (address: PostalAddress?, phone: String?, email: String?, openingHours: String?) {
    (
      map("address").flatMap(PostalAddress.init), checked("phone", Contact.checkPhone),
      checked("email", Contact.checkEmail), text("opening_hours", maxLength: 500)
    )
  }

  /// A text matching `check`, which returns nil when fine or the reason.
  func checked(_ key: String, required: Bool = false, _ check: (String) -> String?) -> String? {
    guard let s = text(key, required: required) else { return nil }
    if let reason = check(s) {
      problem(reason, key: key, at: self[key])
      return nil
    }
    return s
  }
}
