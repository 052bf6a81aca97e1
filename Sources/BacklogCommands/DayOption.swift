import ArgumentParser
import CaseModel

/// A date option (`--from`, `--as-of`, ...): `YYYY-MM-DD` between 1900 and 2100, the range of the
/// case files; anything else is a usage error naming the option.
extension Day: ExpressibleByArgument {
  public init?(argument: String) {
    guard let day = Day(iso: argument), CaseFile.plausibleDays.contains(day) else { return nil }
    self = day
  }
  public static var defaultCompletionKind: CompletionKind { .default }
}
