import CaseModel
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
