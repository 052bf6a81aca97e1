import CaseModel

// The law as data: typed values read from `checklists/` (see checklists/README.md for the format).
// Nothing here evaluates a rule; `Eligibility` compiles these values into an evaluation plan.

/// The outcome a rule version gives when its condition is not met.
public struct UnmetOutcome: Sendable, Hashable {
  public var outcome: Outcome
  public var fix: Fix?
  public init(outcome: Outcome, fix: Fix? = nil) {
    self.outcome = outcome
    self.fix = fix
  }
}

/// One version of a rule: the wording in force from `validFrom` through `validTo` (inclusive).
public struct RuleVersion: Sendable {
  public var validFrom: Day
  public var validTo: Day?
  /// Citation of this version where it differs from the rule's.
  public var citation: String?
  /// The German wording this version encodes (verbatim or close paraphrase).
  public var statute: String
  /// Name of the Swift evaluator that decides the condition.
  public var check: String
  /// Evaluator argument name -> parameter name in `parameters/`.
  public var params: [String: String]
  public var unmet: UnmetOutcome
  public var unverified: Bool
  public var note: String?
  /// Fixed reason texts for evaluators that have none of their own (`not_in_force`).
  public var reasonDE: String?
  public var reasonEN: String?
  public var line: Int

  public func covers(_ day: Day) -> Bool {
    day >= validFrom && (validTo.map { day <= $0 } ?? true)
  }
}

/// A legal condition with its id (legal-rules.md), citation and dated versions.
public struct Rule: Sendable {
  public var id: String
  public var title: String
  /// The title in German, as the interface shows it (`title_de`).
  public var titleDE: String
  public var citation: String
  public var documents: [String]
  public var facts: [String]
  public var versions: [RuleVersion]
  public var line: Int

  public func version(on day: Day) -> RuleVersion? { versions.first { $0.covers(day) } }
}

/// One folder of `checklists/`: rules for one or more routes, plus their tests.
public struct ChecklistFolder: Sendable {
  public var name: String
  public var title: String
  public var routes: [String]
  /// Ids of rules defined in other folders that these routes also apply.
  public var uses: [String]
  public var rules: [Rule]
  public var tests: [ChecklistTestCase]
  public var rulesFile: String
  public var testsFile: String?
}

/// A dated value of a parameter.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
  case int(Int)
  case number(Double)
  case bool(Bool)
  case date(Day)
  case text(String)
  case list([String])

  public var description: String {
    switch self {
    case .int(let v): return String(v)
    case .number(let v): return String(v)
    case .bool(let v): return String(v)
    case .date(let d): return d.iso
    case .text(let s): return s
    case .list(let l): return l.joined(separator: ", ")
    }
  }
}

/// A named legal value with its history and reference (openfisca style).
public struct Parameter: Sendable {
  public var name: String
  public var description: String
  public var reference: String
  public var unverified: Bool
  public var note: String?
  public var values: [(from: Day, value: ParameterValue)]
  public var file: String
  public var line: Int

  public func value(on day: Day) -> ParameterValue? {
    values.last { $0.from <= day }?.value
  }
}

/// A piece of evidence from `documents.yaml` (legal-rules.md section 7.1).
public struct DocumentDefinition: Sendable {
  public var id: String
  public var de: String
  public var en: String
  public var who: String
  /// The case in which the document is needed, in plain words (German, English); nil when
  /// everyone whose gap names it needs it.
  public var onlyIfDE: String?
  public var onlyIfEN: String?

  public init(id: String, de: String, en: String, who: String, onlyIfDE: String? = nil, onlyIfEN: String? = nil) {
    self.id = id
    self.de = de
    self.en = en
    self.who = who
    self.onlyIfDE = onlyIfDE
    self.onlyIfEN = onlyIfEN
  }
}
