import ArgumentParser
import CaseModel
import CaseStore
import Casework

/// `backlog reopen FILE_NO --reason TEXT`: the administrator's correction of a file closed by
/// mistake. The file goes back to review with the reason in its history; the step is audited and
/// the reports count the file as open again from today.
struct ReopenCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reopen", abstract: "Reopen a closed file (administrators): back to review, with a reason.")

  @Argument(help: "The file number.") var fileNo: String
  @Option(help: "Why the file is reopened (kept in its history).") var reason: String
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var checklists: ChecklistOptions

  func run() async throws {
    let store = try AppDatabase.open(path: database.path)
    let today = Day.today(clock: CommandEnvironment.current.now)
    let actor = Terminal.actor
    guard let stored = try await store.caseFile(fileNo: fileNo, actor: actor) else { throw InputError("\(fileNo): no such file") }
    guard stored.file.status.isClosed else {
      throw InputError("\(fileNo) is open (\(stored.file.status.rawValue)); only a closed file can be reopened")
    }
    let casework = ScreeningSetup.casework(store, engine: ScreeningSetup.engineOrWarning(checklists), today: today)
    do {
      let version = try await casework.changeStage(
        fileNo: fileNo, expectedVersion: stored.version, to: CaseLifecycle.reopenedStage, on: today, reason: reason,
        actor: actor, reopen: true)
      Terminal.out("Reopened \(fileNo): back to review (version \(version)).")
    } catch let e as InvalidCaseFile {
      throw InputError(e.errors.map { "\(fileNo): \($0)" }.joined(separator: "\n"))
    }
  }
}
