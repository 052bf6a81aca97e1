/// What is wrong with one value of a strict YAML file. Typed, so each reader words it the way its
/// users know it (`backlog config check`, `checklists lint`, `reports lint`).
public enum YAMLFault: Sendable, Equatable {
  /// The text is not YAML at all (the parser's message).
  case notValidYAML(String)
  case expectedMapping
  case expectedList
  case expectedText
  /// An item of a list of texts is not a text (or, with `lengths`, too short or too long).
  case expectedTextItem(lengths: ClosedRange<Int>?)
  case expectedBool(got: String)
  case expectedInt(got: String, range: ClosedRange<Int>?)
  /// Not one of `allowed`.
  case expectedChoice(got: String, allowed: [String])
  /// Not of the `format` named in words, e.g. "a date YYYY-MM-DD".
  case expectedFormat(got: String, format: String)
  case required
  case empty
  case tooLong(maximum: Int)
  /// A key the reader does not know, with the keys it does (in the reader's order).
  case unknownKey(String, allowed: [String])
  /// The reader's own words (a rule of its format beyond the value's type).
  case other(String)
}

/// One problem with where it is: the dotted path (`server.trusted_proxies[1]`), the key it
/// concerns (`trusted_proxies`), the reader's label of the enclosing value (`rule STAG10-LANG`)
/// and the 1-based line.
public struct YAMLProblem: Sendable, Equatable {
  public var path: String
  public var key: String?
  public var context: String
  public var line: Int?
  public var fault: YAMLFault

  public init(path: String, key: String? = nil, context: String = "", line: Int? = nil, fault: YAMLFault) {
    self.path = path
    self.key = key
    self.context = context
    self.line = line
    self.fault = fault
  }

  /// The key without a list index (`trusted_proxies` for `trusted_proxies[1]`).
  public var name: String? { key.map { String($0.prefix { $0 != "[" }) } }
}

/// Every problem of one read, in the order found (one log per read, never shared between threads).
public final class ProblemLog {
  public private(set) var problems: [YAMLProblem] = []
  public init() {}
  public func append(_ problem: YAMLProblem) { problems.append(problem) }
  public var isEmpty: Bool { problems.isEmpty }
  public var count: Int { problems.count }
}
