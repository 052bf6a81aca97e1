import CaseExchange
import CaseModel
import CaseStore
import Foundation
import OfficeLists

/// The values of `lists.mustache`: before an upload the form alone (`checked` false); after it
/// the mapping as a form, the problems and notes, what would be (or was) imported, and the
/// mapping as a profile.
struct ListImportView: PageContent {
  static let template = "lists"

  struct Column: TemplateValues {
    let index: Int
    let letter: String
    let header: String
    let samples: String
    let note: String
    let options: [Choice]
  }

  struct Summary: TemplateValues {
    let added: Int
    let changed: Int
    let unchanged: Int
  }

  /// The result of a check or an import (`{{#checked}}`).
  struct Checked: TemplateValues {
    let id: String
    let columns: [Column]
    let source: String
    let format: String
    let headerLine: Int
    let rowCount: Int
    let offices: [Choice]
    let sheet: String
    let isWorkbook: Bool
    let problems: [String]
    /// nil when every problem is listed.
    let moreProblems: Int?
    let warnings: [String]
    let needsOffice: Bool
    let profile: String
    let imported: Bool
    let summary: Summary?
    let mayImport: Bool?
  }

  let error: String?
  /// nil: the upload form.
  let checked: Checked?

  /// The upload form, with an error when there is one.
  init(error: String? = nil) {
    self.error = error
    checked = nil
  }

  init(_ r: ListImportResult, id: String, office: Office?, sheet: String?, imported: Bool, today: Day, texts t: Texts) {
    let fields = ListField.allCases.filter { $0 != .ignore }
    error = nil
    checked = Checked(
      id: id,
      columns: r.mapping.columns.map { c in
        Column(
          index: c.index, letter: c.letter, header: c.header, samples: c.samples.joined(separator: " · "), note: c.note ?? "",
          options: [Choice(value: "ignore", label: t[.list_ignore], selected: c.field == nil || c.field == .ignore)]
            + fields.map { f in Choice(value: f.rawValue, label: "\(f.german) (\(f.rawValue))", selected: c.field == f) })
      },
      source: r.table.source, format: r.table.format, headerLine: r.table.headerLine, rowCount: r.rowCount,
      offices: [Choice(value: "", label: t[.list_office_none], selected: office == nil)]
        + Office.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: office == $0) },
      sheet: sheet ?? r.table.sheet ?? "", isWorkbook: r.table.sheet != nil,
      problems: r.issues.map { Self.words($0, t) }, moreProblems: r.issueCount > r.issues.count ? r.issueCount - r.issues.count : nil,
      warnings: r.warnings.prefix(100).map { Self.words($0, t) }, needsOffice: r.needsOffice,
      profile: MappingReport.text(table: r.table, mapping: r.mapping, office: office, today: today),
      imported: imported, summary: r.summary.map { Summary(added: $0.added.count, changed: $0.changed.count, unchanged: $0.unchanged) },
      mayImport: r.summary.map { _ in r.succeeded && !imported })
  }

  /// A problem of the list in the page's language: where, the file number, the field (a path in
  /// words, a column as the list names it) and the reason.
  static func words(_ issue: ImportIssue, _ t: Texts) -> String {
    var field = issue.field
    if let f = field, f.range(of: #"^[a-z0-9_.\[\]]+$"#, options: .regularExpression) != nil { field = FactLabels.words(f, t) }
    if field?.isEmpty == true { field = nil }
    let place = [issue.location?.description, issue.fileNo, field].compactMap { $0 }.map { $0 + ": " }.joined()
    return place + ServerMessages.reason(issue.reason, t)
  }
}
