import CaseModel
import CaseStore

/// The reads the pages and the API need that are not about one file: the triage queue, the
/// audit log, counts for the metrics and the health check.
extension Casework {
  public func triageQueue(_ filter: QueueFilter) async throws -> QueuePage {
    try await store.triageQueue(filter, today: today())
  }

  public func closedFiles(matching query: String, office: Office) async throws -> [ClosedMatch] {
    try await store.closedFiles(matching: query, office: office)
  }

  /// Records one audit row for a list shown (queue, API list, referral list).
  public func auditListRead(actor: String, _ read: ListRead) async throws {
    try await store.auditListRead(actor: actor, read)
  }

  public func auditEntries(fileNo: String? = nil, limit: Int = 200) async throws -> [AuditEntry] {
    try await store.auditEntries(fileNo: fileNo, limit: limit)
  }

  /// One page of the audit log, filtered (user, file, action, period), newest first.
  public func auditPage(_ filter: AuditFilter) async throws -> AuditPage {
    try await store.auditPage(filter)
  }

  /// What is stored about the person of one file (audited).
  public func personReport(fileNo: String, actor: String) async throws -> PersonReport? {
    try await store.personReport(fileNo: fileNo, actor: actor)
  }

  public func openFileCounts() async throws -> [(office: String, group: String, count: Int)] {
    try await store.openFileCounts()
  }

  /// The recorded import runs by source (command line, server), for `/metrics`.
  public func importRuns() async throws -> [ImportRuns] {
    try await store.importRuns()
  }

  /// The schema state of the database (the health check).
  public func schemaStatus() async throws -> SchemaStatus {
    try await store.schemaStatus()
  }
}
