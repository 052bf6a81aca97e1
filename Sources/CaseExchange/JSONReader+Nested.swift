import CaseModel

/// A type read by hand from a JSON object (see `JSONReader`).
public protocol JSONReadable {
  init(json: inout JSONReader) throws
}

extension JSONReader {
  public mutating func object<T: JSONReadable>(_ key: String, _ type: T.Type = T.self) throws -> T? {
    guard let v = value(key) else { return nil }
    guard case .object(let o) = v else { throw fail(key, "expected an object, got \(v.typeName)") }
    return try Self.read(T.self, o, path: fieldPath(key), textScalars: textScalars)
  }

  public mutating func requiredObject<T: JSONReadable>(_ key: String, _ type: T.Type = T.self) throws -> T {
    guard let t = try object(key, type) else { throw fail(key, "required field is missing") }
    return t
  }

  public mutating func list<T: JSONReadable>(_ key: String, _ type: T.Type = T.self) throws -> [T]? {
    guard let v = value(key) else { return nil }
    guard case .array(let items) = v else { throw fail(key, "expected a list, got \(v.typeName)") }
    var out: [T] = []
    out.reserveCapacity(items.count)
    for (i, item) in items.enumerated() {
      let p = "\(fieldPath(key))[\(i)]"
      guard case .object(let o) = item else {
        throw FieldError(path: p, reason: "expected an object, got \(item.typeName)")
      }
      out.append(try Self.read(T.self, o, path: p, textScalars: textScalars))
    }
    return out
  }

  /// A list of text values; in CSV joined with `|`.
  public mutating func stringList(_ key: String) throws -> [String]? {
    guard let v = value(key) else { return nil }
    switch v {
    case .array(let items):
      return try items.enumerated().map { i, item in
        guard case .string(let s) = item else {
          throw FieldError(path: "\(fieldPath(key))[\(i)]", reason: "expected text, got \(item.typeName)")
        }
        return s
      }
    case .string(let s) where textScalars:
      return s.split(separator: "|", omittingEmptySubsequences: true).map { String($0).trimmingSpaces() }
    default: throw fail(key, "expected a list, got \(v.typeName)")
    }
  }

  public static func read<T: JSONReadable>(_ type: T.Type, _ o: JSONObject, path: String, textScalars: Bool)
    throws -> T
  {
    var r = JSONReader(o, path: path, textScalars: textScalars)
    let t = try T(json: &r)
    try r.finish()
    return t
  }
}
