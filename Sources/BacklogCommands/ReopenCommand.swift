import ArgumentParser
import CaseModel
import CaseStore

/// `backlog reopen FILE_NO --reason TEXT`: the administrator's correction of a file closed by
/// mistake. The file goes back to review with the reason in its history; the step is audited and
/// the reports count the file as open again from today.
struct ReopenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reopen", abstract: "Reopen a closed file (administrators): back to review, with a reason.")

  @Argument(help: "The file number.") var fileNo: String
  @Option(help: "Why the file is reopened (kept in its history).") var reason: String
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var checklists: ChecklistOptions

  func run() throws {
    let store = try AppDatabase.open(path: database.path)
    let today = Day.today(clock: CommandEnvironment.current.now)
    let actor = Terminal.actor
    guard let stored = try store.caseFile(fileNo: fileNo, actor: actor) else { throw InputError("\(fileNo): no such file") }
    guard stored.file.status.isClosed else {
      throw InputError("\(fileNo) is open (\(stored.file.status.rawValue)); only a closed file can be reopened")
    }
    let screen = ScreeningSetup.screener(ScreeningSetup.engineOrWarning(checklists), asOf: today)
    let reason = self.reason
    do {
      let version = try blockingRun {
        try await store.editCaseFile(
          fileNo: fileNo, expectedVersion: stored.version, actor: actor, mayReopen: true, screen: screen
        ) { file in
          do {
            try CaseLifecycle.step(&file, to: CaseLifecycle.reopenedStage, on: today, by: actor, reason: reason, reopen: true)
          } catch let e as FieldError { throw InvalidCaseFile([e]) }
        }
      }
      Terminal.out("Reopened \(fileNo): back to review (version \(version)).")
    } catch let e as InvalidCaseFile {
      throw InputError(e.errors.map { "\(fileNo): \($0)" }.joined(separator: "\n"))
    }
  }
}
