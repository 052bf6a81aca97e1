import CaseModel
import CaseStore
import Eligibility

/// Changes to one file: every change checks the version the user saw, passes the lifecycle,
/// validates like the import, is screened as of today and audited, in one transaction.
extension Casework {
  /// Records facts or documents a clerk entered (`change` applies the form to the file).
  @discardableResult
  public func recordFacts(
    fileNo: String, expectedVersion: Int, actor: String, _ change: @escaping @Sendable (inout CaseFile) throws -> Void
  ) async throws -> Int {
    try await store.editCaseFile(
      fileNo: fileNo, expectedVersion: expectedVersion, actor: actor, screen: screenOnSave, change)
  }

  /// Moves the file one allowed step (`CaseLifecycle`), with the reason the step needs.
  /// `reopen` is the administrator's path (`backlog reopen`).
  @discardableResult
  public func changeStage(
    fileNo: String, expectedVersion: Int, to next: CaseStatus, on day: Day, reason: String?, actor: String,
    reopen: Bool = false
  ) async throws -> Int {
    try await store.editCaseFile(
      fileNo: fileNo, expectedVersion: expectedVersion, actor: actor, mayReopen: reopen, screen: screenOnSave
    ) { file in
      do {
        try CaseLifecycle.step(&file, to: next, on: day, by: actor, reason: reason, reopen: reopen)
      } catch let e as FieldError { throw InvalidCaseFile([e]) }
    }
  }

  /// Saves a whole file sent by the API (`PUT /api/v1/files/{no}`): nil creates it; otherwise
  /// the stored version must equal `expectedVersion`.
  @discardableResult
  public func putFile(_ file: CaseFile, expectedVersion: Int?, actor: String) async throws -> Int {
    try await store.saveCaseFile(file, expectedVersion: expectedVersion, actor: actor, screen: screenOnSave)
  }

  /// Assigns open files of one office to a clerk (nil: unassigned); returns the files changed.
  @discardableResult
  public func assign(_ clerk: String?, fileNos: [String], office: Office, actor: String) async throws -> [String] {
    try await store.assignClerk(clerk, fileNos: fileNos, office: office, actor: actor, screen: screenOnSave)
  }

  /// Records the person's consent to a referral to case management (given on `givenOn`, not in
  /// the future; the form version at most 60 characters, never cut).
  @discardableResult
  public func recordConsent(
    fileNo: String, expectedVersion: Int, givenOn: Day, formVersion: String?, actor: String
  ) async throws -> Int {
    let day = today()
    return try await recordFacts(fileNo: fileNo, expectedVersion: expectedVersion, actor: actor) { file in
      if let v = formVersion, v.count > 60 { throw FieldError(path: "consent.form_version", reason: .atMostCharacters(60)) }
      guard givenOn <= day else { throw FieldError(path: "consent.given_on", reason: .mustNotBeInFuture) }
      file.consents = (file.consents ?? []) + [
        Consent(scope: .caseManagementReferral, givenOn: givenOn, formVersion: formVersion, recordedBy: actor)
      ]
    }
  }

  /// Withdraws the person's consent as of `withdrawnOn`; open referrals whose consent lapsed end
  /// in the same transaction.
  @discardableResult
  public func withdrawConsent(fileNo: String, expectedVersion: Int, withdrawnOn: Day, actor: String) async throws -> Int {
    try await recordFacts(fileNo: fileNo, expectedVersion: expectedVersion, actor: actor) { file in
      file.consents = (file.consents ?? []).map { c in
        guard c.scope == .caseManagementReferral, c.withdrawnOn == nil else { return c }
        var ended = c
        ended.withdrawnOn = withdrawnOn
        return ended
      }
    }
  }

  /// Adds a note to a file (1 to 4000 characters).
  public func addNote(fileNo: String, text: String, actor: String) async throws {
    try await store.addNote(fileNo: fileNo, text: text, actor: actor)
  }

  // MARK: - Reads

  /// One file with its version; the read is audited.
  public func file(fileNo: String, actor: String) async throws -> VersionedCaseFile? {
    try await store.caseFile(fileNo: fileNo, actor: actor)
  }

  /// One file, screened as of today and the screening stored, in one audited transaction
  /// (`backlog screen FILE_NO`).
  public func fileScreened(fileNo: String, actor: String) async throws -> VersionedCaseFile? {
    try await store.caseFile(fileNo: fileNo, actor: actor, screen: screenOnSave)
  }

  /// The office a file belongs to (no personal data read): lets the access policy decide first.
  public func office(ofFile fileNo: String) async throws -> Office? {
    try await store.officeOfCaseFile(fileNo: fileNo)
  }

  public func notes(fileNo: String) async throws -> [FileNote] { try await store.notes(fileNo: fileNo) }

  /// The stored screenings of a file (shown when no checklists are loaded).
  public func storedScreenings(fileNo: String) async throws -> [StoredScreening] {
    try await store.storedScreenings(fileNo: fileNo)
  }
}
