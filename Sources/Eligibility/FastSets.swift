import CaseModel

// Small sets over the contract's enums as bit masks. Fact enums hash and compare through their
// String raw values, which is too slow for the per-file hot path.

extension StayStatus {
  var bit: UInt32 {
    switch self {
    case .residencePermit: return 1 << 0
    case .settlementPermit: return 1 << 1
    case .euLongTerm: return 1 << 2
    case .blueCard: return 1 << 3
    case .euFreeMovement: return 1 << 4
    case .fiktion: return 1 << 5
    case .gestattung: return 1 << 6
    case .duldung: return 1 << 7
    case .duldung60b: return 1 << 8
    case .duldung60c: return 1 << 9
    case .duldung60d: return 1 << 10
    case .permit104c: return 1 << 11
    case .none: return 1 << 12
    }
  }
}

extension Protection {
  var bit: UInt32 {
    switch self {
    case .none: return 1 << 0
    case .asylum: return 1 << 1
    case .refugee: return 1 << 2
    case .subsidiary: return 1 << 3
    case .deportationBan: return 1 << 4
    }
  }
}

extension Route {
  /// Position in `Route.allCases`, for array-indexed plans.
  var index: Int {
    switch self {
    case .stag10: return 0
    case .stag9: return 1
    case .stag8: return 2
    case .stag10FastTrack: return 3
    case .aufenthG25a: return 4
    case .aufenthG25b: return 5
    case .aufenthG104cFollowup: return 6
    }
  }
}

struct StatusSet: Sendable {
  var bits: UInt32 = 0
  init(_ s: some Sequence<StayStatus>) { for x in s { bits |= x.bit } }
  func contains(_ s: StayStatus) -> Bool { bits & s.bit != 0 }
  mutating func insert(_ s: StayStatus) { bits |= s.bit }
}

struct ProtectionSet: Sendable {
  var bits: UInt32 = 0
  init(_ s: some Sequence<Protection>) { for x in s { bits |= x.bit } }
  func contains(_ p: Protection) -> Bool { bits & p.bit != 0 }
}
