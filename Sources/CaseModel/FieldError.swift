/// A validation error on one field of a case file: `path` is the dotted field name
/// (`person.birth_date`, `stays[2].from`), `reason` says what is wrong (typed; worded in English
/// for the API and in German for the pages by `Reason+Wording.swift`).
public struct FieldError: Error, Sendable, Hashable, CustomStringConvertible {
  public var path: String
  public var reason: Reason

  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  public static func invalid(path: [any CodingKey], reason: Reason) -> FieldError {
    FieldError(path: dottedPath(path), reason: reason)
  }

  public var description: String { path.isEmpty ? reason.english : "\(path): \(reason.english)" }

  /// `[person, birthDate]` -> `person.birth_date`; array indexes become `[i]`.
  public static func dottedPath(_ path: [any CodingKey]) -> String {
    var out = ""
    for key in path {
      if let i = key.intValue {
        out += "[\(i)]"
      } else {
        if !out.isEmpty { out += "." }
        out += snakeCase(key.stringValue)
      }
    }
    return out
  }

  /// `birthDate` -> `birth_date`; already snake-case names pass unchanged.
  public static func snakeCase(_ name: String) -> String {
    var out = ""
    out.reserveCapacity(name.utf8.count + 4)
    for ch in name {
      if ch.isUppercase {
        if !out.isEmpty { out.append("_") }
        out += ch.lowercased()
      } else {
        out.append(ch)
      }
    }
    return out
  }
}

/// A change a user asked for that would make the file invalid; nothing was saved.
public struct InvalidCaseFile: Error, Sendable, Equatable {
  public var errors: [FieldError]
  public init(_ errors: [FieldError]) { self.errors = errors }
}
