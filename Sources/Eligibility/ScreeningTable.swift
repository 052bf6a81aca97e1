import CaseModel

/// The human-readable output of `backlog screen` (default, without `--json`): one line per file
/// and route, then the findings that are not met, indented, with reason and fix.
///
///     print(ScreeningTable.render(screenings, language: .de))
public enum ScreeningTable {
  public enum Language: String, Sendable { case de, en }

  public static func render(_ screenings: [Screening], language: Language = .en, details: Bool = true) -> String {
    let de = language == .de
    let header = de
      ? ["Aktenzeichen", "Weg", "Ergebnis", "berechtigt ab", "Frist bis"]
      : ["File", "Route", "Verdict", "Eligible on", "Deadline"]
    var rows: [[String]] = [header]
    var notes: [[String]] = [[]]
    for s in screenings {
      let best = s.bestRoute.map { de ? " (bester Weg: \($0.rawValue))" : " (best: \($0.rawValue))" } ?? ""
      rows.append([
        s.fileNo, s.route.rawValue + best, verdict(s.verdict, de), s.eligibleOn?.iso ?? "–", s.eligibleUntil?.iso ?? "–",
      ])
      guard details else { notes.append([]); continue }
      notes.append(s.findings.filter { $0.outcome != .met && $0.outcome != .notApplicable }.map { f in
        let fix = f.fix.map { " [\(fixText($0, de))]" } ?? ""
        let until = f.until.map { de ? " bis \($0.german)" : " until \($0.iso)" } ?? ""
        let review = f.legalReviewPending ? (de ? " (rechtliche Prüfung offen)" : " (legal review pending)") : ""
        return "    \(f.rule): \(f.outcome.rawValue)\(fix)\(until) – \(de ? f.reasonDE : f.reasonEN)\(review)"
      })
    }
    let widths = (0..<header.count).map { c in rows.map { $0[c].count }.max() ?? 0 }
    var out = ""
    for (i, row) in rows.enumerated() {
      out += row.enumerated().map { c, cell in
        c == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - cell.count)
      }.joined(separator: "  ") + "\n"
      for n in notes[i] { out += n + "\n" }
    }
    return out + summary(screenings, de) + "\n"
  }

  static func summary(_ screenings: [Screening], _ de: Bool) -> String {
    var counts: [Verdict: Int] = [:]
    for s in screenings { counts[s.verdict, default: 0] += 1 }
    return summary(counts: counts, total: screenings.count, de)
  }

  static func summary(counts: [Verdict: Int], total: Int, _ de: Bool) -> String {
    let parts = Verdict.allCases.compactMap { v in counts[v].map { "\(verdict(v, de)) \($0)" } }
    return (de ? "\(total) Prüfungen: " : "\(total) screenings: ") + parts.joined(separator: ", ")
  }

  // MARK: - Streamed (`screen --input` without `--json`)

  /// The widths of the streamed table's first four columns: fixed, so each row is written as soon
  /// as its file is screened (a million files are never held); a longer cell moves the rest of
  /// its row to the right.
  static let streamedWidths = [16, 24, 14, 13]

  /// The header line of the streamed table.
  public static func streamedHeader(language: Language) -> String {
    let de = language == .de
    let header = de
      ? ["Aktenzeichen", "Weg", "Ergebnis", "berechtigt ab", "Frist bis"]
      : ["File", "Route", "Verdict", "Eligible on", "Deadline"]
    return streamedLine(header)
  }

  /// One screening as lines of the streamed table: the row, then the findings not met.
  public static func streamedRow(_ s: Screening, language: Language) -> String {
    let de = language == .de
    let best = s.bestRoute.map { de ? " (bester Weg: \($0.rawValue))" : " (best: \($0.rawValue))" } ?? ""
    var out = streamedLine([
      s.fileNo, s.route.rawValue + best, verdict(s.verdict, de), s.eligibleOn?.iso ?? "–", s.eligibleUntil?.iso ?? "–",
    ])
    for f in s.findings where f.outcome != .met && f.outcome != .notApplicable {
      let fix = f.fix.map { " [\(fixText($0, de))]" } ?? ""
      let until = f.until.map { de ? " bis \($0.german)" : " until \($0.iso)" } ?? ""
      let review = f.legalReviewPending ? (de ? " (rechtliche Prüfung offen)" : " (legal review pending)") : ""
      out += "    \(f.rule): \(f.outcome.rawValue)\(fix)\(until) – \(de ? f.reasonDE : f.reasonEN)\(review)\n"
    }
    return out
  }

  /// The closing line of the streamed table: screenings counted by verdict.
  public static func streamedSummary(counts: [Verdict: Int], total: Int, language: Language) -> String {
    summary(counts: counts, total: total, language == .de) + "\n"
  }

  static func streamedLine(_ cells: [String]) -> String {
    cells.enumerated().map { c, cell in
      c == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, streamedWidths[c] - cell.count))
    }.joined(separator: "  ") + "\n"
  }

  static func verdict(_ v: Verdict, _ de: Bool) -> String {
    guard de else { return v.rawValue }
    switch v {
    case .excluded: return "ausgeschlossen"
    case .suspended: return "ausgesetzt"
    case .gaps: return "Lücken"
    case .incomplete: return "unvollständig"
    case .review: return "Prüfung"
    case .eligible: return "erfüllt"
    }
  }

  static func fixText(_ f: Fix, _ de: Bool) -> String {
    guard de else { return f.rawValue }
    switch f {
    case .time: return "Zeit"
    case .caseManagement: return "Case Management"
    case .applicant: return "Antragsteller"
    case .authority: return "Behörde"
    }
  }
}
