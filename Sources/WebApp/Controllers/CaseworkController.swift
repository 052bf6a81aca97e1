import CaseModel
import Casework
import Eligibility

/// A controller that reaches the files through `Casework` (never the store or the engine
/// directly): its clock and, for what pages show, the engine when checklists are loaded.
protocol CaseworkController {
  var casework: Casework { get }
}

extension CaseworkController {
  /// Today in Germany by the casework's clock.
  var today: @Sendable () -> Day { casework.today }
  /// The engine for live screenings, document names and rule titles; nil without checklists
  /// (pages then show the stored summary).
  var engine: ScreeningEngine? { casework.screeningAvailable ? casework.engine : nil }
}
