import CaseModel
import Checklists

/// What an applicant still has to bring, for the letter to the applicant: the documents named by
/// the open findings that the applicant (or case management) can close, and the documents the
/// file records as requested, missing or expired; plus the open points in plain words.
///
/// Documents that `documents.yaml` marks as needed only in some case (`only_if`: a waiver's
/// medical certificate, the self-employed's tax papers) are listed apart with that case, unless
/// the clerk recorded them as requested. A document the file already holds is asked for again
/// only when a gap remains that it should close (it did not suffice), not when the fact is just
/// not recorded yet; one recorded as not required is never asked for.
public struct MissingItems: Sendable, Equatable {
  public struct Document: Sendable, Equatable {
    public var id: String
    public var name: String
    /// When the document is needed (only in `conditional`).
    public var onlyIf: String?
  }

  /// Documents the applicant must bring.
  public var documents: [Document]
  /// Documents needed only in the stated case.
  public var conditional: [Document]
  /// Reasons of the gaps the applicant can act on (German or English); a fact that is merely not
  /// recorded is the office's to collect, through the documents listed.
  public var points: [String]

  public init(file: CaseFile, screenings: [Screening], documents known: [String: DocumentDefinition], german: Bool = true) {
    let head = screenings.first { $0.bestRoute == nil || $0.route == $0.bestRoute } ?? screenings.first
    let open = (head?.findings ?? []).filter { f in
      (f.outcome == .gap || f.outcome == .missing) && f.fix != .time && f.fix != .authority
    }
    let recorded = Dictionary((file.documents ?? []).map { ($0.id, $0.status) }, uniquingKeysWith: { _, last in last })
    let requested = Set(recorded.filter { [.requested, .missing, .expired].contains($0.value) }.keys)
    var named: [String: Bool] = [:]  // document id -> some gap (not only missing facts) names it
    for f in open { for id in f.documents { named[id] = (named[id] ?? false) || f.outcome == .gap } }
    let wanted = named.filter { id, byGap in
      switch recorded[id] {
      case .notRequired?: return false
      case .provided?: return byGap
      default: return true
      }
    }
    var needed: [Document] = []
    var conditional: [Document] = []
    for id in Set(wanted.keys).union(requested).sorted() {
      let definition = known[id]
      let name = definition.map { german ? $0.de : $0.en } ?? id
      let onlyIf = definition.flatMap { german ? $0.onlyIfDE : $0.onlyIfEN }
      if let onlyIf, !requested.contains(id) {
        conditional.append(Document(id: id, name: name, onlyIf: onlyIf))
      } else {
        needed.append(Document(id: id, name: name))
      }
    }
    self.documents = needed
    self.conditional = conditional
    points = open.filter { $0.outcome == .gap }.map { german ? $0.reasonDE : $0.reasonEN }
  }
}
