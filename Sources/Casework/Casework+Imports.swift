import CaseExchange
import CaseModel
import CaseStore
import Eligibility

/// Bulk work: imports (contract files, an office's lists) and screening every stored file again.
/// Each is one long transaction that screens on all cores on threads of its own (`Parallel.map`,
/// the import's preparing thread), so they keep GRDB's synchronous calls: the command line calls
/// them directly, the web page's list import through `CPUWork`.
extension Casework {
  /// Imports case files all or nothing (see `AppDatabase.importCaseFiles`), screening every added
  /// or changed file as of today in the same transaction (unscreened without checklists).
  @discardableResult
  public func importFiles(
    _ files: [CaseFile], actor: String, dryRun: Bool = false, progress: ((Int, Int) -> Void)? = nil
  ) throws -> ImportSummary {
    try store.importCaseFiles(files, actor: actor, dryRun: dryRun, screen: screenOnSave, progress: progress)
  }

  /// Imports chunks as they are read (`backlog import`): all or nothing, every problem listed.
  public func importFiles(
    chunks next: @escaping @Sendable () -> ImportChunk?, actor: String, dryRun: Bool = false, issueCap: Int = 50,
    progress: ((Int) -> Void)? = nil
  ) throws -> StreamedImport {
    try store.importCaseFiles(
      chunks: next, actor: actor, dryRun: dryRun, issueCap: issueCap, screen: screenOnSave, progress: progress)
  }

  /// Imports an office's own list (`backlog import LIST`, the administrator's upload).
  public func importList(_ request: ListImportRequest, progress: ((Int) -> Void)? = nil) throws -> ListImportResult {
    try store.importList(request, screen: screenOnSave, progress: progress)
  }

  /// The list import for the web page: reading, mapping and screening thousands of rows is CPU
  /// work, and the import one long transaction, so all of it runs off the cooperative pool.
  public func importList(_ request: ListImportRequest) async throws -> ListImportResult {
    try await CPUWork.run { [self] in try importList(request, progress: nil) }
  }

  /// Screens every stored file again as of today (or `asOf`) and stores what changed.
  public func rescreenAll(asOf day: Day? = nil, actor: String, onlyOpen: Bool = false) throws -> RescreenSummary {
    let (engine, asOf) = (try requiredEngine(), day ?? today())
    return try store.rescreenAll(rulesetVersion: engine.rulesetVersion, asOf: asOf, actor: actor, onlyOpen: onlyOpen) {
      engine.screen($0, asOf: asOf).records
    }
  }

  /// Screens everything again when the rule set changed since the last screening; nil if it did
  /// not (or without checklists).
  public func rescreenIfRulesChanged(actor: String) throws -> RescreenSummary? {
    guard engine.isAvailable else { return nil }
    let (engine, asOf) = (self.engine, today())
    return try store.rescreenIfChecklistsChanged(rulesetVersion: engine.rulesetVersion, asOf: asOf, actor: actor) {
      engine.screen($0, asOf: asOf).records
    }
  }

  /// Screens one stored file again and stores the result (after a change made outside a form).
  public func rescreen(fileNo: String) async throws {
    guard let screen = screenOnSave else { return }
    try await store.rescreen(fileNo: fileNo, screen: screen)
  }
}
