import Foundation
import CaseModel

/// The recognised mapping as text, in the form of a profile (YAML with comments): the dry run
/// prints it, and a profile is written by copying it and changing what is wrong.
public enum MappingReport {
  public static func text(table: ListTable, mapping: ListMapping, office: Office?, today: Day) -> String {
    var lines: [String] = []
    var where_ = table.format
    if let d = table.delimiter { where_ += ", delimiter \(d == "\t" ? "tab" : "\"\(d)\"")" }
    lines.append("# List \(table.source)\(table.sheet.map { ", sheet \"\($0)\"" } ?? "") (\(where_)), header in line \(table.headerLine), \(table.rows.count) rows")
    lines.append("# The recognised mapping as a profile: copy it into a file, correct it, import with --profile FILE.")
    let procedureColumn = mapping.columns.first { $0.field == .procedure || $0.field == .office }
    if let office {
      lines.append("office: \(office.rawValue)")
    } else if let c = procedureColumn {
      lines.append("# office: EBH or ABH  (taken per row from \"\(c.header)\"; needed only where that is empty)")
    } else {
      lines.append("# office: EBH or ABH  (the list does not say it: needed, or give --office)")
    }
    if let route = mapping.profile.route { lines.append("route: \(route.rawValue)") }
    if let sheet = table.sheet { lines.append("sheet: \(quoted(sheet))") }
    if table.headerLine != 1 { lines.append("header_row: \(table.headerLine)") }
    lines.append("columns:")
    for c in mapping.columns {
      let target = c.field?.rawValue ?? "ignore"
      var comment = "\(c.letter): \(c.field?.german ?? "nicht übernommen")"
      switch c.source {
      case .header: break
      case .profile: comment += ", from the profile"
      case .values, .unknown, .duplicate: if let n = c.note { comment += "; \(n)" }
      }
      if !c.samples.isEmpty { comment += "; e.g. \(c.samples.map { "\"\($0)\"" }.joined(separator: ", "))" }
      lines.append(pad("  \(quoted(c.header.isEmpty ? "(\(c.letter))" : c.header)): \(target)", 44) + "# \(comment)")
    }
    let words = valueWords(table: table, mapping: mapping, today: today)
    if !words.isEmpty {
      lines.append("values:")
      for (field, entries) in words {
        lines.append("  \(field.rawValue):")
        for e in entries { lines.append(pad("    \(quoted(e.word)): \(e.value ?? "")", 44) + "# \(e.comment)") }
      }
    }
    return lines.joined(separator: "\n")
  }

  struct WordEntry { var word: String; var value: String?; var comment: String }

  /// The distinct words of the stage, nationality, procedure and team columns and what each
  /// becomes (up to 40 per field); an unknown word has no value and names the closest known ones.
  static func valueWords(table: ListTable, mapping: ListMapping, today: Day) -> [(ListField, [WordEntry])] {
    var out: [(ListField, [WordEntry])] = []
    for field in [ListField.stage, .nationality, .procedure, .office, .team] {
      var counts: [String: Int] = [:]
      var order: [String] = []
      for c in mapping.columns(for: field) {
        for row in table.rows {
          let t = row[c.index].text
          guard !t.isEmpty else { continue }
          if counts[t] == nil { order.append(t) }
          counts[t, default: 0] += 1
        }
      }
      guard !order.isEmpty else { continue }
      var entries: [WordEntry] = []
      for word in order.prefix(40) {
        let n = counts[word] ?? 0
        let rows = n == 1 ? "1 row" : "\(n) rows"
        if let v = mapping.profile.value(field, word) {
          entries.append(WordEntry(word: word, value: v, comment: "\(rows), from the profile"))
          continue
        }
        switch field {
        case .stage:
          if let s = StageWords.status(word) {
            entries.append(WordEntry(word: word, value: s.rawValue, comment: rows))
          } else {
            entries.append(WordEntry(word: word, value: nil, comment: "\(rows), UNKNOWN: one of \(CaseStatus.allCases.map(\.rawValue).joined(separator: ", "))"))
          }
        case .nationality:
          switch NationalityWords.codes(word) {
          case .success(let codes): entries.append(WordEntry(word: word, value: codes.joined(separator: "|"), comment: rows))
          case .failure(let u):
            entries.append(WordEntry(word: word, value: nil, comment: "\(rows), UNKNOWN; closest: \(u.closest.joined(separator: ", "))"))
          }
        case .team:
          entries.append(WordEntry(word: word, value: ValueWords.team(word)?.rawValue, comment: ValueWords.team(word) == nil ? "\(rows), UNKNOWN: kim or regular" : rows))
        default:
          let p = field == .office ? ValueWords.office(word).map { Procedure(office: $0) } : ProcedureWords.procedure(word)
          let v = p.map { [$0.office.rawValue, $0.route?.rawValue].compactMap { $0 }.joined(separator: " ") }
          entries.append(WordEntry(word: word, value: v, comment: v == nil ? "\(rows), UNKNOWN: EBH, ABH or a route such as StAG-10" : rows))
        }
      }
      if order.count > 40 { entries.append(WordEntry(word: "...", value: nil, comment: "\(order.count - 40) more words")) }
      out.append((field, entries))
    }
    return out
  }

  static func quoted(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  static func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s + "  " : s + String(repeating: " ", count: width - s.count) }
}
