import CaseModel
import CaseStore

/// The letter of missing documents: printing it changes nothing; recording it as sent moves the
/// file to "documents requested" (one allowed lifecycle step, none when it is there already) and
/// sets the follow-up on the letter's deadline, in one audited, screened save.
extension Casework {
  @discardableResult
  public func recordLetterSent(
    fileNo: String, expectedVersion: Int, deadline: Day, on day: Day, actor: String
  ) async throws -> Int {
    try await recordFacts(fileNo: fileNo, expectedVersion: expectedVersion, actor: actor) { file in
      try Self.recordLetterSent(&file, deadline: deadline, on: day, by: actor)
    }
  }

  /// The step of a sent letter; a closed file refuses it (the lifecycle's message).
  public static func recordLetterSent(_ file: inout CaseFile, deadline: Day, on day: Day, by actor: String) throws(FieldError) {
    if file.status != .documentsRequested {
      try CaseLifecycle.step(
        &file, to: .documentsRequested, on: day, by: actor,
        reason: "Brief „fehlende Unterlagen“ verschickt, Frist \(deadline.german)")
    }
    file.followUpOn = deadline
  }
}
