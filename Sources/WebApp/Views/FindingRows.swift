extension FileView {
  /// The screening table: open findings first (what the clerk must act on), then the met ones,
  /// then those not in force, the rule order kept within each; codes as words.
  static func findingRows(_ findings: [ShownScreening.Finding], format: FactFormat, documentNames: [String: String])
    -> [[String: Any]]
  {
    let t = format.strings
    let ordered = findings.enumerated().sorted { a, b in
      (rank(a.element.outcome), a.offset) < (rank(b.element.outcome), b.offset)
    }
    return ordered.map(\.element).map { f in
      let documents = f.documents.map { id in documentNames[id].map { id + " " + $0 } ?? id }
      let row: [String: Any] = [
        "rule": f.rule, "title": f.title ?? f.rule, "outcome": f.outcome, "outcomeLabel": t["outcome_" + f.outcome] ?? f.outcome,
        "fix": f.fix.flatMap { t["fix_" + $0] } ?? f.fix ?? "", "until": f.until.map(format.iso) ?? "",
        "citation": f.citation ?? "", "reason": f.reason.map { Words.inText($0, t) } ?? "", "documents": documents.joined(separator: "; "),
        "hasFix": f.fix != nil, "hasUntil": f.until != nil, "hasDocumentsNamed": !documents.isEmpty,
        "reviewPending": f.legalReviewPending,
      ]
      return row
    }
  }

  /// Open findings rank first, met ones next, those not in force last.
  static func rank(_ outcome: String) -> Int {
    switch outcome {
    case "met": return 1
    case "not_applicable": return 2
    default: return 0
    }
  }
}
