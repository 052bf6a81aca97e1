import CaseModel

/// One file's place in the intake: its number, day of receipt, queue rank and own random stream,
/// plus the family it belongs to when several members apply together.
struct Slot: Sendable {
  let office: Office
  let fileNo: String
  let receivedOn: Day
  /// Queue rank with noise: the file closes when cumulative closures reach it.
  let rank: Double
  /// A file held up for long (identity, investigation, missing papers): far back in the queue.
  let stuck: Bool
  let family: Family?
  var rng: SplitMix64
}

/// Members of one household who apply together: a head, maybe a spouse and minor children.
struct Family: Sendable {
  enum Role: Sendable, Equatable { case head, spouse, child }

  let role: Role
  let familyName: Name
  let nationality: Nationality
  let municipality: Municipality
  let headFileNo: String
  let spouseFileNo: String?
  let childFileNos: [String]
  let headBirth: Day

  /// The other members of the family as seen from this file.
  func related(from fileNo: String) -> [RelatedFile] {
    var out: [RelatedFile] = []
    switch role {
    case .head, .spouse:
      let partner = role == .head ? spouseFileNo : headFileNo
      if let partner { out.append(RelatedFile(fileNo: partner, relation: .spouse)) }
      out += childFileNos.map { RelatedFile(fileNo: $0, relation: .child) }
    case .child:
      out.append(RelatedFile(fileNo: headFileNo, relation: .parent))
      if let spouseFileNo { out.append(RelatedFile(fileNo: spouseFileNo, relation: .parent)) }
      out += childFileNos.filter { $0 != fileNo }.map { RelatedFile(fileNo: $0, relation: .sibling) }
    }
    return out
  }
}
