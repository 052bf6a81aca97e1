import CaseExchange
import CaseModel

/// What a resolve step must carry (issue 13): at least one recorded fact or document that can
/// close one of the referral's open gaps. A recorded fact counts for a gap when it touches a fact
/// the gap's rule reads (the same dotted name, or one inside the other: `german.level` touches
/// `german`); a recorded document counts when the gap names it. An empty form or facts beside
/// the gaps are refused, and the case manager is offered "return with reason" instead.
public enum ResolutionEvidence {
  /// The dotted names `facts` records: `german.level`, `identity.efforts`, `documents.D08`.
  public static func recordedPaths(_ facts: JSONObject?) -> [String] {
    guard let facts else { return [] }
    var paths: [String] = []
    for (key, value) in facts.members {
      switch value {
      case .object(let object) where object.count > 0:
        paths += object.members.map { key + "." + $0.0 }
      case .array(let items) where key == "documents":
        paths += items.compactMap { item -> String? in
          guard case .object(let d) = item, case .string(let id)? = d["id"] else { return nil }
          return "documents." + id
        }
      case .null: continue
      default: paths.append(key)
      }
    }
    return paths
  }

  /// Whether a recorded name touches a fact a rule reads.
  public static func touches(_ recorded: String, _ ruleFact: String) -> Bool {
    recorded == ruleFact || recorded.hasPrefix(ruleFact + ".") || ruleFact.hasPrefix(recorded + ".")
  }

  /// The open gaps of `gaps` that the recorded facts touch, by rule id.
  /// `ruleFacts` gives the facts each rule reads (`Rule.facts` of checklists/).
  public static func touchedRules(_ facts: JSONObject?, gaps: [ReferralGap], ruleFacts: [String: [String]]) -> [String] {
    let recorded = recordedPaths(facts)
    return openGaps(gaps).filter { gap in
      recorded.contains { path in
        if path.hasPrefix("documents.") { return gap.documents.contains(String(path.dropFirst(10))) }
        return (ruleFacts[gap.rule] ?? []).contains { touches(path, $0) }
      }
    }.map(\.rule)
  }

  /// The gaps still open (all of them if every one is marked closed).
  static func openGaps(_ gaps: [ReferralGap]) -> [ReferralGap] {
    let open = gaps.filter { $0.closedOn == nil }
    return open.isEmpty ? gaps : open
  }

  /// Nil when the step may resolve; else one error per open gap naming what would close it.
  public static func problems(_ facts: JSONObject?, gaps: [ReferralGap], ruleFacts: [String: [String]]) -> [FieldError] {
    guard touchedRules(facts, gaps: gaps, ruleFacts: ruleFacts).isEmpty else { return [] }
    return openGaps(gaps).map { gap in
      FieldError(path: "facts", reason: .unproven(rule: gap.rule, fields: recordable(ruleFacts[gap.rule] ?? []), documents: gap.documents))
    }
  }

  /// The error of a resolve step without evidence (pages offer "return").
  public static func isUnproven(_ error: FieldError) -> Bool {
    if error.path == "facts", case .unproven = error.reason { return true }
    return false
  }

  /// The facts a rule reads that case management may record (`ResolutionFacts.allowed`).
  public static func recordable(_ ruleFacts: [String]) -> [String] {
    var out: [String] = []
    for fact in ruleFacts {
      let parts = fact.split(separator: ".", maxSplits: 1).map(String.init)
      guard let entry = ResolutionFacts.allowed[parts[0]] else { continue }
      guard let members = entry else {
        out.append(parts[0])
        continue
      }
      if parts.count == 2 {
        if members.contains(parts[1]) { out.append(fact) }
      } else {
        out += members.sorted().map { parts[0] + "." + $0 }
      }
    }
    var seen = Set<String>()
    return out.filter { seen.insert($0).inserted }
  }
}
