import Foundation
import Logging

/// swift-log output as one JSON object per line on stderr (for journald or a log collector):
/// `{"time":..., "level":..., "label":..., "message":..., <metadata>}`.
struct JSONLogHandler: LogHandler {
  let label: String
  var logLevel: Logger.Level = .info
  var metadata: Logger.Metadata = [:]
  let write: @Sendable (String) -> Void

  init(label: String, write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
    self.label = label
    self.write = write
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    var object: [String: LogValue] = [
      "time": .text(ISO8601DateFormatter().string(from: Date())), "level": .text(event.level.rawValue), "label": .text(label),
      "message": .text(event.message.description),
    ]
    for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
      object[key] = LogValue(value)
    }
    guard let data = try? Self.encoder.encode(object) else { return }
    write(String(decoding: data, as: UTF8.self))
  }

  static let encoder: JSONEncoder = {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return e
  }()
}

/// A metadata value as JSON: numbers stay numbers, lists and dictionaries nest.
enum LogValue: Encodable {
  case text(String)
  case int(Int)
  case double(Double)
  case list([LogValue])
  case object([String: LogValue])

  init(_ value: Logger.Metadata.Value) {
    switch value {
    case .string(let s): self = .text(s)
    case .stringConvertible(let c):
      if let n = c as? Int {
        self = .int(n)
      } else if let d = c as? Double {
        self = .double(d)
      } else {
        self = .text(c.description)
      }
    case .array(let a): self = .list(a.map(LogValue.init))
    case .dictionary(let d): self = .object(d.mapValues(LogValue.init))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .text(let s): try c.encode(s)
    case .int(let n): try c.encode(n)
    case .double(let d): try c.encode(d)
    case .list(let a): try c.encode(a)
    case .object(let o): try c.encode(o)
    }
  }
}
