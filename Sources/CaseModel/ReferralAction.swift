
/// What someone does to a referral (spec section 6, `POST /api/v1/referrals/{id}/events`, extended
/// by `send` for proposals and `seen` for the clerk taking note of a returned referral).
public enum ReferralAction: String, Sendable, CaseIterable, Codable {
  case send, accept, decline, progress, resolve
  case `return`
  case withdraw, seen

  /// Who may take the action: the office that owns the file or the case management it was sent to.
  public var party: ReferralParty.Kind {
    switch self {
    case .send, .withdraw, .seen: return .office
    case .accept, .decline, .progress, .resolve, .return: return .caseManagement
    }
  }

  /// Declining and returning need a reason; a progress entry needs its note.
  public var needsNote: Bool { self == .decline || self == .return || self == .progress }

  /// The state after the action, or nil where the action is not allowed in `state`.
  public func next(from state: ReferralState) -> ReferralState? {
    switch (self, state) {
    case (.send, .proposed): return .sent
    case (.accept, .sent): return .accepted
    case (.decline, .sent): return .declined
    case (.progress, .accepted), (.progress, .inProgress): return .inProgress
    case (.resolve, .accepted), (.resolve, .inProgress): return .resolved
    case (.return, .accepted), (.return, .inProgress): return .returned
    case (.withdraw, let s) where s.isOpen: return .withdrawn
    case (.seen, .resolved), (.seen, .returned), (.seen, .declined): return state
    default: return nil
    }
  }

  /// The actions allowed in `state` for `kind`, in the order a page offers them.
  public static func allowed(in state: ReferralState, for kind: ReferralParty.Kind) -> [ReferralAction] {
    allCases.filter { $0.party == kind && $0.next(from: state) != nil }
  }
}

/// Who acts on a referral: a clerk of an office, or a case manager of some municipalities.
public struct ReferralParty: Sendable, Equatable {
  public enum Kind: Sendable, Equatable { case office, caseManagement }

  public var name: String
  public var office: Office?
  public var municipalities: [String]

  public static func clerk(_ name: String, office: Office) -> ReferralParty {
    ReferralParty(name: name, office: office, municipalities: [])
  }
  public static func caseManager(_ name: String, municipalities: [String]) -> ReferralParty {
    ReferralParty(name: name, office: nil, municipalities: municipalities)
  }

  public var kind: Kind { office == nil ? .caseManagement : .office }

  /// Whether this party may see the referral at all: the owning office, or case management of
  /// its municipality once it was sent.
  public func reaches(office referralOffice: Office, municipality: String, state: ReferralState) -> Bool {
    if let office { return office == referralOffice }
    return state.isVisibleToCaseManagement && municipalities.contains(municipality)
  }
}
