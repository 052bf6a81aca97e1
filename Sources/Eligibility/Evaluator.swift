import CaseModel
import Checklists

/// A named Swift evaluator a rule version refers to with `check:`: the parameters it needs, the
/// facts it reads (for the linter) and how it is compiled into a `Check` for one period of the law.
struct Evaluator: Sendable {
  var params: [String]
  var facts: [String]
  var make: @Sendable (ParamValues, RuleVersion) throws -> Check
}

/// A rule version's parameters resolved for one day: argument name -> value.
struct ParamValues: Sendable {
  var values: [String: ParameterValue]
  var rule: String

  struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  func fail(_ name: String, _ expected: String) -> Failure {
    Failure(message: "\(rule): parameter \"\(name)\" must be \(expected), got \(values[name].map { "\($0)" } ?? "nothing")")
  }

  func int(_ name: String) throws -> Int {
    guard case .int(let v)? = values[name] else { throw fail(name, "a whole number") }
    return v
  }
  func number(_ name: String) throws -> Double {
    switch values[name] {
    case .number(let v)?: return v
    case .int(let v)?: return Double(v)
    default: throw fail(name, "a number")
    }
  }
  func bool(_ name: String) throws -> Bool {
    guard case .bool(let v)? = values[name] else { throw fail(name, "true or false") }
    return v
  }
  func date(_ name: String) throws -> Day {
    guard case .date(let v)? = values[name] else { throw fail(name, "a date") }
    return v
  }
  func text(_ name: String) throws -> String {
    guard case .text(let v)? = values[name] else { throw fail(name, "text") }
    return v
  }
  func list(_ name: String) throws -> [String] {
    guard case .list(let v)? = values[name] else { throw fail(name, "a list") }
    return v
  }
  func level(_ name: String) throws -> LanguageLevel {
    guard let l = LanguageLevel(rawValue: try text(name)) else { throw fail(name, "a language level A1-C2") }
    return l
  }
  func statuses(_ name: String) throws -> StatusSet {
    StatusSet(try list(name).map { s in
      guard let v = StayStatus(rawValue: s) else { throw fail(name, "a list of stay statuses") }
      return v
    })
  }
  func protections(_ name: String) throws -> ProtectionSet {
    ProtectionSet(try list(name).map { s in
      guard let v = Protection(rawValue: s) else { throw fail(name, "a list of protection values") }
      return v
    })
  }
}

/// Every evaluator by name. Rules in YAML may use only these (the linter checks).
public enum Evaluators {
  /// The version of the evaluators' code. It is part of the rule-set version (`CompiledChecklists.version`),
  /// so stored screenings are redone when an evaluator changes even if `checklists/` did not.
  /// Change it with every change of what an evaluator answers.
  public static let codeVersion = "e2026-12-07c"

  static let all: [String: Evaluator] = {
    var out: [String: Evaluator] = [:]
    for table in [stagResidence, stagPersonal, stagLivelihood, stagPenal, abhStatus, abhConditions, permit104c] {
      out.merge(table) { a, _ in a }
    }
    return out
  }()
}
