import CaseModel
import Checklists

/// What an evaluator says about one condition. `unmet` takes the outcome and fix the rule version
/// declares in YAML; the other kinds are fixed by the law the evaluator encodes.
struct CheckResult: Sendable {
  enum Kind: Sendable {
    case met, unmet, missing, review, notApplicable
    /// An outcome that does not depend on the YAML `unmet` (e.g. "slightly above the threshold").
    case outcome(Outcome, Fix?)
  }

  var kind: Kind
  var de: ReasonText
  var en: ReasonText
  var until: Day? = nil
  var deadline: Day? = nil

  static func met(_ de: ReasonText, _ en: ReasonText, deadline: Day? = nil) -> CheckResult {
    CheckResult(kind: .met, de: de, en: en, deadline: deadline)
  }
  static func unmet(_ de: ReasonText, _ en: ReasonText, until: Day? = nil, deadline: Day? = nil) -> CheckResult {
    CheckResult(kind: .unmet, de: de, en: en, until: until, deadline: deadline)
  }
  static func missing(_ fact: String) -> CheckResult {
    let words = Wording.notRecorded(fact)
    return CheckResult(kind: .missing, de: words.de, en: words.en)
  }
  static func review(_ de: ReasonText, _ en: ReasonText) -> CheckResult {
    CheckResult(kind: .review, de: de, en: en)
  }
  static func notApplicable(_ de: ReasonText, _ en: ReasonText) -> CheckResult {
    CheckResult(kind: .notApplicable, de: de, en: en)
  }
  static func outcome(_ o: Outcome, _ fix: Fix?, _ de: ReasonText, _ en: ReasonText, until: Day? = nil) -> CheckResult {
    CheckResult(kind: .outcome(o, fix), de: de, en: en, until: until)
  }
}

/// An evaluator compiled with its parameter values for one period of the law.
typealias Check = @Sendable (EvalContext) -> CheckResult
