/// A text in German and English (every label, title and definition of a report has both).
public struct LocalizedText: Sendable, Hashable {
  public var de: String
  public var en: String
  public init(_ de: String, _ en: String) {
    self.de = de
    self.en = en
  }
  public func pick(_ l: Language) -> String { l == .de ? de : en }
}
