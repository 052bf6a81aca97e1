import CaseModel

/// The columns a clerk can sort the queue by. Without a sort the queue keeps its triage order
/// (group, then oldest first); with one, the rows of every selected group are sorted together, so
/// that the ABH's § 104c permit ending in two days is row 1 whatever its group.
public enum QueueSort: String, CaseIterable, Sendable, Hashable {
  case fileNo = "file_no", name, stage, received = "received_on", municipality, clerk
  case followUp = "follow_up_on", eligibleOn = "eligible_on"
  /// ABH: the end of the § 104c permit; permits already ended come last (no deadline left).
  case permit104cEnd = "permit_104c_end"
  /// ABH: the 27th birthday (the end of § 25a); people already 27 come last.
  case turns27 = "turns_27"

  /// The ORDER BY terms; only the first may hold parameters (`arguments`).
  func key(today: Day) -> (terms: [String], arguments: [String]) {
    switch self {
    case .fileNo: (["file_no"], [])
    case .name: (["family_name COLLATE NOCASE", "given_names COLLATE NOCASE"], [])
    case .stage: (["status"], [])
    case .received: (["received_on"], [])
    case .municipality: (["municipality"], [])
    case .clerk: (["clerk"], [])
    case .followUp: (["follow_up_on"], [])
    case .eligibleOn: (["eligible_on"], [])
    case .permit104cEnd: (["CASE WHEN \(QueueSort.permitEnd) >= ? THEN \(QueueSort.permitEnd) END"], [today.iso])
    case .turns27: (["CASE WHEN birth_date > ? THEN birth_date END"], [today.adding(years: -27).iso])
    }
  }

  /// The § 104c permit's end: a column kept by triggers from the facts JSON (v14-clerkb-queue-indexes).
  static let permitEnd = "permit_104c_end"
}

/// The ABH's routes a clerk filters the queue by.
public enum QueueRoute: String, CaseIterable, Sendable, Hashable {
  case aufenthG25a = "25a", aufenthG25b = "25b", aufenthG104c = "104c"

  public var route: Route {
    switch self {
    case .aufenthG25a: .aufenthG25a
    case .aufenthG25b: .aufenthG25b
    case .aufenthG104c: .aufenthG104cFollowup
    }
  }
}
