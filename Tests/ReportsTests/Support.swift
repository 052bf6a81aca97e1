import CaseModel
import CaseStore
import Foundation
import Reports

func day(_ iso: String) -> Day { Day(iso: iso)! }

/// A hand-made history: `file("2022-01-15", ("2022-03-31", .granted), team: .kim)`; the first
/// entry, received on the day of receipt, is added.
func file(_ received: String, _ steps: (String, CaseStatus)..., team: Team? = .regular, id: Int64 = 0) -> FileHistory {
  FileHistory(
    id: id, receivedOn: day(received), team: team,
    events: [.init(at: day(received), status: .received)] + steps.map { .init(at: day($0.0), status: $0.1) })
}

func request(_ from: String, _ to: String, today: String? = nil, office: Office = .EBH) -> ReportRequest {
  ReportRequest(office: office, from: day(from), to: day(to), today: day(today ?? to))
}

/// The report definitions shipped in `reports/`.
enum Shipped {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("reports").path
  static let catalog = ReportCatalog.load(directory: directory)

  /// The document of the shipped report `name` over one data set made by the caller.
  static func document(
    _ content: any ReportContent, _ name: String, _ l: Language = .de, request r: ReportRequest = request("2026-01-01", "2026-06-30")
  ) -> ReportDocument {
    guard let definition = catalog.report(name) else { return ReportDocument(name: name, title: "", subtitle: "", language: l, sections: []) }
    return DefinedReport(definition: definition, request: r, data: Dictionary(uniqueKeysWithValues: definition.dataSets.map { ($0, content) }))
      .document(l)
  }
}
