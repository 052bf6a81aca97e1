import CaseModel
import CaseStore
import Checklists
import Eligibility

/// The office's casework: one value holding the store, the screening engine and the clock, with
/// methods named after what people do (record facts, change the stage, refer a gap, import a
/// list). Every path that changes a file goes through it — the web pages, the API and the
/// `backlog` commands — so a rule of the office holds everywhere or nowhere:
///
///     form → controller → Casework (rules: lifecycle, screening, referral rules) → CaseStore → audit
///
/// The engine is not optional. A server started without valid checklists gets
/// `ScreeningEngine.unavailable`: files are then stored unscreened and features that need a
/// screening say so (`screeningAvailable`).
public struct Casework: Sendable {
  /// Persistence only; callers outside this module use it for operations (backups, accounts,
  /// retention), never for a change to a file.
  public let store: AppDatabase
  public let engine: ScreeningEngine
  /// Today in Germany (injected so tests can fix it).
  public let today: @Sendable () -> Day
  /// The district's municipalities (the configuration's `municipalities:`); a referral goes only
  /// to one of them. Empty: no list configured, any name is accepted.
  public var municipalities: [String] = []
  /// Called around each screening of a saved file (the server counts and times them).
  let observeScreening: @Sendable (ContinuousClock.Duration) -> Void

  public init(
    store: AppDatabase, engine: ScreeningEngine, today: @escaping @Sendable () -> Day,
    observeScreening: @escaping @Sendable (ContinuousClock.Duration) -> Void = { _ in }
  ) {
    self.store = store
    self.engine = engine
    self.today = today
    self.observeScreening = observeScreening
  }

  /// The same casework on another day (demo history, `screen --as-of`, imports of past lists).
  public func on(_ day: Day) -> Casework {
    var c = Casework(store: store, engine: engine, today: { day }, observeScreening: observeScreening)
    c.municipalities = municipalities
    return c
  }

  /// The same casework writing through another store (e.g. one with a past clock).
  public func with(store: AppDatabase) -> Casework {
    var c = Casework(store: store, engine: engine, today: today, observeScreening: observeScreening)
    c.municipalities = municipalities
    return c
  }

  /// Whether checklists are loaded: without them files are stored unscreened.
  public var screeningAvailable: Bool { engine.isAvailable }

  /// Screening on save: every stored change is screened as of today in its own transaction, so
  /// the stored verdict always belongs to the stored facts (nil without checklists).
  var screenOnSave: Screener? {
    guard let screen = screener(asOf: nil) else { return nil }
    return { screen($0).records }
  }

  /// The screening function as of `day` (default: today by the clock), or nil without checklists.
  public func screener(asOf day: Day?) -> (@Sendable (CaseFile) -> [Screening])? {
    guard engine.isAvailable else { return nil }
    let (engine, today, observe) = (self.engine, self.today, self.observeScreening)
    return { file in
      let start = ContinuousClock.now
      let result = engine.screen(file, asOf: day ?? today())
      observe(ContinuousClock.now - start)
      return result
    }
  }

  /// The live screening of a file as of `day` (default today), or nil without checklists.
  public func screen(_ file: CaseFile, asOf day: Day? = nil) -> [Screening]? {
    screener(asOf: day).map { $0(file) }
  }
}

extension ScreeningEngine {
  /// The engine of a server without valid checklists: no rules, screens nothing (`isAvailable`).
  public static let unavailable: ScreeningEngine = {
    let empty = ChecklistSet(directory: "", folders: [], parameters: [:], documents: [], fixtures: [:], version: "")
    // An empty set has nothing to compile; failing here would be a programming error.
    guard let engine = try? ScreeningEngine(checklists: empty) else { fatalError("an empty checklist set must compile") }
    return engine
  }()

  /// Whether rules are loaded (false for `unavailable`).
  public var isAvailable: Bool { !rules.isEmpty }
}
