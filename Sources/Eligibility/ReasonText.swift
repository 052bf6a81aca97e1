import CaseExchange
import CaseModel

/// The reason of a finding in one language, kept as its literal pieces and typed values and
/// formatted only when someone reads it: a bulk re-screening stores verdicts and never formats a
/// reason, and `screen --json` writes the pieces straight into its output buffer.
///
///     let de: ReasonText = "Geduldet seit \(german: start) (\(de: span)); \(months) Monate erforderlich"
///     let en: ReasonText = "tolerated since \(iso: start) (\(en: span)); \(months) months needed"
///     en.string   // "tolerated since 2021-03-01 (5 years 8 months); 18 months needed"
///
/// Literal pieces are `StaticString`s (no copy); dates name their form (`german:` DD.MM.YYYY,
/// `iso:` YYYY-MM-DD), so a text never depends on where it is shown.
public struct ReasonText: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
  enum Part: Sendable {
    case literal(StaticString)
    case text(String)
    case int(Int)
    case day(Day, german: Bool)
    case span(Wording.Span, german: Bool)
    case reason(ReasonText)
  }

  /// A text without interpolations is one literal and needs no array.
  enum Storage: Sendable {
    case literal(StaticString)
    case parts([Part])
  }

  let storage: Storage

  public init(stringLiteral value: StaticString) { storage = .literal(value) }
  public init(stringInterpolation: Interpolation) { storage = .parts(stringInterpolation.parts) }
  /// A text given whole (from `checklists/`, or made once when the checklists are compiled).
  public init(verbatim text: String) { storage = .parts([.text(text)]) }
  init(parts: [Part]) { storage = .parts(parts) }

  public struct Interpolation: StringInterpolationProtocol {
    var parts: [Part] = []

    public init(literalCapacity: Int, interpolationCount: Int) {
      parts.reserveCapacity(2 * interpolationCount + 1)
    }
    public mutating func appendLiteral(_ s: StaticString) {
      if s.utf8CodeUnitCount > 0 { parts.append(.literal(s)) }
    }
    public mutating func appendInterpolation(_ s: String) { parts.append(.text(s)) }
    public mutating func appendInterpolation(_ n: Int) { parts.append(.int(n)) }
    public mutating func appendInterpolation(german d: Day) { parts.append(.day(d, german: true)) }
    public mutating func appendInterpolation(iso d: Day) { parts.append(.day(d, german: false)) }
    /// "4 Jahre 8 Monate"
    public mutating func appendInterpolation(de span: Wording.Span) { parts.append(.span(span, german: true)) }
    /// "4 years 8 months"
    public mutating func appendInterpolation(en span: Wording.Span) { parts.append(.span(span, german: false)) }
    public mutating func appendInterpolation(_ r: ReasonText) { parts.append(.reason(r)) }
  }

  /// `texts` joined by `separator` (both languages join the same way).
  static func joined(_ texts: [ReasonText], separator: StaticString) -> ReasonText {
    var parts: [Part] = []
    for (i, t) in texts.enumerated() {
      if i > 0 { parts.append(.literal(separator)) }
      parts.append(.reason(t))
    }
    return ReasonText(parts: parts)
  }

  // MARK: - Formatting

  /// Appends the text to `out`; `escaped`: as the body of a JSON string.
  public func write(to out: ByteBuffer, escaped: Bool) {
    switch storage {
    case .literal(let s): Self.put(s.utf8Start, s.utf8CodeUnitCount, out, escaped)
    case .parts(let parts): for p in parts { Self.write(p, to: out, escaped: escaped) }
    }
  }

  static func write(_ part: Part, to out: ByteBuffer, escaped: Bool) {
    switch part {
    case .literal(let s): put(s.utf8Start, s.utf8CodeUnitCount, out, escaped)
    case .text(var s): s.withUTF8 { if let p = $0.baseAddress { put(p, $0.count, out, escaped) } }
    case .int(let n): out.append(decimal: n)
    case .day(let d, let german): out.append(d, german: german)
    case .span(let s, let german): s.write(to: out, german: german)
    case .reason(let r): r.write(to: out, escaped: escaped)
    }
  }

  @inline(__always) static func put(_ p: UnsafePointer<UInt8>, _ n: Int, _ out: ByteBuffer, _ escaped: Bool) {
    if escaped { out.appendEscaped(p, count: n) } else { out.append(p, count: n) }
  }

  /// The formatted text.
  public var string: String {
    if case .literal(let s) = storage { return s.description }
    let out = ByteBuffer(capacity: 128)
    write(to: out, escaped: false)
    return out.string
  }

  public var description: String { string }
  public var isEmpty: Bool { string.isEmpty }

  public static func == (a: ReasonText, b: ReasonText) -> Bool { a.string == b.string }
  public func hash(into h: inout Hasher) { h.combine(string) }
}

extension Wording {
  /// Whole years and months, said as "4 Jahre 8 Monate" / "4 years 8 months" (years left out when
  /// zero and months are given; months left out when zero).
  public struct Span: Sendable, Hashable {
    public var years: Int
    public var months: Int

    func write(to out: ByteBuffer, german: Bool) {
      let y = years > 0 || months == 0
      if y {
        out.append(decimal: years)
        out.append(german ? (years == 1 ? " Jahr" : " Jahre") : (years == 1 ? " year" : " years"))
      }
      guard months > 0 else { return }
      if y { out.append(UInt8(ascii: " ")) }
      out.append(decimal: months)
      out.append(german ? (months == 1 ? " Monat" : " Monate") : (months == 1 ? " month" : " months"))
    }
  }
}
