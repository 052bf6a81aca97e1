import CaseModel
import Checklists

/// What an applicant still has to bring, for the letter to the applicant: the documents named by
/// the open findings that the applicant (or case management) can close, and the documents the
/// file records as requested, missing or expired; plus the open points in plain words.
public struct MissingItems: Sendable, Equatable {
  public struct Document: Sendable, Equatable {
    public var id: String
    public var name: String
  }

  public var documents: [Document]
  /// Reasons of findings the applicant can act on (German or English).
  public var points: [String]

  public init(file: CaseFile, screenings: [Screening], documents known: [String: DocumentDefinition], german: Bool = true) {
    let head = screenings.first { $0.bestRoute == nil || $0.route == $0.bestRoute } ?? screenings.first
    let open = (head?.findings ?? []).filter { f in
      (f.outcome == .gap || f.outcome == .missing) && f.fix != .time && f.fix != .authority
    }
    var ids: [String] = []
    for id in open.flatMap(\.documents) + (file.documents ?? []).filter({
      $0.status == .requested || $0.status == .missing || $0.status == .expired
    }).map(\.id) where !ids.contains(id) {
      ids.append(id)
    }
    documents = ids.sorted().map { id in
      Document(id: id, name: known[id].map { german ? $0.de : $0.en } ?? id)
    }
    points = open.map { german ? $0.reasonDE : $0.reasonEN }
  }
}
