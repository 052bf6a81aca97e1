import ArgumentParser
import CaseModel
import CaseStore
import Casework
import Checklists
import Eligibility
import Foundation

/// `--checklists DIR`, shared by every command that screens.
struct ChecklistOptions: ParsableArguments {
  @Option(help: "The checklists folder (default: $BACKLOG_CHECKLISTS, the configuration's server.checklists, or ./checklists).")
  var checklists: String?

  var directory: String {
    checklists ?? ConfiguredDefaults.path("BACKLOG_CHECKLISTS", \.checklists)
      ?? ChecklistLoader.defaultDirectory(environment: ProcessInfo.processInfo.environment)
  }

  func load() throws -> ChecklistSet {
    do { return try ChecklistLoader.load(directory: directory) } catch {
      throw InputError("cannot load the checklists in \(directory): \(error)")
    }
  }

  func engine() throws -> ScreeningEngine {
    do { return try ScreeningEngine(checklists: try load()) } catch let e as InputError { throw e } catch {
      throw InputError("the checklists in \(directory) are not valid: \(error)")
    }
  }
}

/// Screening on import: with valid checklists every imported file is screened at once; without
/// them the import still works and says how to screen later.
enum ScreeningSetup {
  /// The screening function for imports and edits, as of one date.
  static func screener(_ engine: ScreeningEngine?, asOf: Day) -> (@Sendable (CaseFile) -> [Screening])? {
    guard let engine else { return nil }
    let screen: @Sendable (CaseFile) -> [Screening] = { engine.screen($0, asOf: asOf) }
    return screen
  }

  /// The casework of a command: the store, the engine (or none: files stored unscreened) and
  /// the day the command works on.
  static func casework(_ store: AppDatabase, engine: ScreeningEngine?, today: Day) -> Casework {
    Casework(store: store, engine: engine ?? .unavailable, today: { today })
  }

  static func engineOrWarning(_ options: ChecklistOptions) -> ScreeningEngine? {
    do { return try options.engine() } catch {
      Terminal.error("Warning: \(error). Files are stored unscreened; run `backlog screen --all` later.")
      return nil
    }
  }
}
