/// One finding of a screening as the file page's table shows it, codes as words.
struct FindingRow: TemplateValues {
  let rule: String
  let title: String
  let outcome: String
  let outcomeLabel: String
  let fix: String
  let until: String
  let citation: String
  let reason: String
  let documents: String
  let hasFix: Bool
  let hasUntil: Bool
  let hasDocumentsNamed: Bool
  let reviewPending: Bool
}

extension FileView {
  /// The screening table: open findings first (what the clerk must act on), then the met ones,
  /// then those not in force, the rule order kept within each; codes as words.
  static func findingRows(_ findings: [ShownScreening.Finding], format: FactFormat, documentNames: [String: String])
    -> [FindingRow]
  {
    let t = format.texts
    let ordered = findings.enumerated().sorted { a, b in
      (rank(a.element.outcome), a.offset) < (rank(b.element.outcome), b.offset)
    }
    return ordered.map(\.element).map { f in
      let documents = f.documents.map { id in documentNames[id].map { id + " " + $0 } ?? id }
      return FindingRow(
        rule: f.rule, title: f.title ?? f.rule, outcome: f.outcome, outcomeLabel: t.word(.outcome, f.outcome) ?? f.outcome,
        fix: f.fix.flatMap { t.word(.fix, $0) } ?? f.fix ?? "", until: f.until.map(format.iso) ?? "",
        citation: f.citation ?? "", reason: f.reason.map { Words.inText($0, t) } ?? "", documents: documents.joined(separator: "; "),
        hasFix: f.fix != nil, hasUntil: f.until != nil, hasDocumentsNamed: !documents.isEmpty,
        reviewPending: f.legalReviewPending)
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
