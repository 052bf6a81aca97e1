import CaseModel

extension CaseStatus {
  /// Position in `allCases`, for counting in flat arrays.
  var index: Int {
    switch self {
    case .received: 0
    case .documentsRequested: 1
    case .inReview: 2
    case .suspended: 3
    case .decisionPending: 4
    case .granted: 5
    case .refused: 6
    case .withdrawn: 7
    }
  }

  static let byIndex: [CaseStatus] = [
    .received, .documentsRequested, .inReview, .suspended, .decisionPending, .granted, .refused, .withdrawn,
  ]
  /// The open stages in procedural order.
  public static let openStages: [CaseStatus] = [.received, .documentsRequested, .inReview, .suspended, .decisionPending]
}
