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
    var object: [String: Any] = [
      "time": ISO8601DateFormatter().string(from: Date()), "level": event.level.rawValue, "label": label,
      "message": event.message.description,
    ]
    for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
      object[key] = Self.plain(value)
    }
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
    write(String(decoding: data, as: UTF8.self))
  }

  static func plain(_ value: Logger.Metadata.Value) -> Any {
    switch value {
    case .string(let s): return s
    case .stringConvertible(let c):
      if let n = c as? Int { return n }
      if let d = c as? Double { return d }
      return c.description
    case .array(let a): return a.map(plain)
    case .dictionary(let d): return d.mapValues(plain)
    }
  }
}
