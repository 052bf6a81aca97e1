// The words of a screening's findings, shared by the rules (Checklists), the engine, the
// referrals and the store (spec section 4).

/// What a rule says about a file (spec section 4).
public enum Outcome: String, Sendable, Codable, CaseIterable {
  case met, gap, missing, review, suspend, excluded
  case notApplicable = "not_applicable"
}

/// Who or what closes a gap (spec section 4).
public enum Fix: String, Sendable, Codable, CaseIterable {
  case time
  case caseManagement = "case_management"
  case applicant, authority
}
