/// Where a referral to municipal case management stands (domain.md, "The referral bridge"):
/// proposed -> sent -> accepted / declined -> in progress -> resolved / returned; withdrawn by the
/// office at any open stage (or when the person withdraws consent).
public enum ReferralState: String, Sendable, CaseIterable, Codable {
  /// Prepared by the office; case management does not see it yet (e.g. waiting for consent).
  case proposed
  case sent
  case accepted
  case declined
  case inProgress = "in_progress"
  case resolved
  case returned
  case withdrawn

  /// Someone still has to act on it.
  public var isOpen: Bool {
    switch self {
    case .proposed, .sent, .accepted, .inProgress: return true
    case .declined, .resolved, .returned, .withdrawn: return false
    }
  }

  /// Case management sees referrals once they are sent, never proposals.
  public var isVisibleToCaseManagement: Bool { self != .proposed }

  /// Its due date is running: sent and not yet closed.
  public var hasRunningDueDate: Bool { self == .sent || self == .accepted || self == .inProgress }
}
