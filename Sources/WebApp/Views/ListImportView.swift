import CaseExchange
import CaseModel
import CaseStore
import OfficeLists

/// The template data of the list import page: the mapping as a form, the problems and notes,
/// what would be (or was) imported, and the mapping as a profile.
enum ListImportView {
  static func data(
    _ r: ListImportResult, id: String, office: Office?, sheet: String?, imported: Bool, today: Day, t: [String: String]
  ) -> [String: Any] {
    let fields = ListField.allCases.filter { $0 != .ignore }
    let columns: [[String: Any]] = r.mapping.columns.map { c in
      [
        "index": c.index, "letter": c.letter, "header": c.header, "samples": c.samples.joined(separator: " · "),
        "note": c.note ?? "",
        "options": [["value": "ignore", "label": t["list_ignore"]!, "selected": c.field == nil || c.field == .ignore]]
          + fields.map { f in ["value": f.rawValue, "label": "\(f.german) (\(f.rawValue))", "selected": c.field == f] },
      ]
    }
    var data: [String: Any] = [
      "id": id, "columns": columns, "source": r.table.source, "format": r.table.format,
      "headerLine": r.table.headerLine, "rowCount": r.rowCount,
      "offices": [["value": "", "label": t["list_office_none"]!, "selected": office == nil]]
        + Office.allCases.map { ["value": $0.rawValue, "label": $0.rawValue, "selected": office == $0] },
      "sheet": sheet ?? r.table.sheet ?? "", "isWorkbook": r.table.sheet != nil,
      "problems": r.issues.map(\.description), "moreProblems": max(0, r.issueCount - r.issues.count),
      "warnings": r.warnings.prefix(100).map(\.description), "needsOffice": r.needsOffice,
      "profile": MappingReport.text(table: r.table, mapping: r.mapping, office: office, today: today),
      "checked": true, "imported": imported,
    ]
    if let s = r.summary {
      data["summary"] = ["added": s.added.count, "changed": s.changed.count, "unchanged": s.unchanged]
      data["mayImport"] = r.succeeded && !imported
    }
    return data
  }
}
