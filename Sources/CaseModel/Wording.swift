/// The language a reason is worded in, with the words for the codes it names. English is the
/// contract's language (API, command line, log); German is what the pages show, with statuses,
/// values and field paths in words (the web layer passes its strings).
public struct Wording: Sendable {
  public var german: Bool
  /// A code of the contract (`granted`, `settlement_permit`, `StAG-10`) in words.
  public var code: @Sendable (String) -> String
  /// A dotted field path (`person.birth_date`) in words.
  public var field: @Sendable (String) -> String

  public init(german: Bool, code: @escaping @Sendable (String) -> String, field: @escaping @Sendable (String) -> String) {
    self.german = german
    self.code = code
    self.field = field
  }

  public static let english = Wording(german: false, code: { $0 }, field: { $0 })

  /// The English or the German text.
  public func pick(_ en: @autoclosure () -> String, _ de: @autoclosure () -> String) -> String { german ? de() : en() }
}

/// A value that says something to a person, in English or German from one definition.
public protocol Worded: Sendable, CustomStringConvertible {
  func text(_ wording: Wording) -> String
}

extension Worded {
  /// The English text (API, command line, log).
  public var english: String { text(.english) }
  public var description: String { english }
}
