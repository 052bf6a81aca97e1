import CaseModel

/// A JSON-like value read from YAML (the facts of a checklist test case). Mapping order is kept.
public indirect enum TreeValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([TreeValue])
  case object([(String, TreeValue)])

  public static func == (a: TreeValue, b: TreeValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)), (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(String(describing: self)) }

  /// Objects merge key by key (recursively); anything else in `overlay` replaces `self`.
  public func merged(with overlay: TreeValue) -> TreeValue {
    guard case .object(var base) = self, case .object(let top) = overlay else { return overlay }
    for (k, v) in top {
      if let i = base.firstIndex(where: { $0.0 == k }) {
        base[i].1 = base[i].1.merged(with: v)
      } else {
        base.append((k, v))
      }
    }
    return .object(base)
  }
}

/// A sentence-named case of a `tests.yaml`: facts and an as-of date, with the expected answer.
public struct ChecklistTestCase: Sendable {
  public struct ExpectedFinding: Sendable, Hashable {
    public var outcome: Outcome
    public var fix: Fix?
    public var until: String?
  }

  public var name: String
  public var asOf: String
  public var route: String?
  /// Name of a fixture in `checklists/fixtures.yaml` the facts are laid over.
  public var base: String?
  public var facts: TreeValue
  public var verdict: String?
  /// Expected `eligible_on`: a date, or "null" for none; nil = not checked.
  public var eligibleOn: String?
  public var eligibleUntil: String?
  public var bestRoute: String?
  public var findings: [(rule: String, expected: ExpectedFinding)]
  public var line: Int
}
