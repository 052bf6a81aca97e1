import ArgumentParser
import CaseModel

extension Day: ExpressibleByArgument {
  public init?(argument: String) { self.init(iso: argument) }
  public static var defaultCompletionKind: CompletionKind { .default }
}
