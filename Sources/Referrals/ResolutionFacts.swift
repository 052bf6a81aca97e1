import CaseExchange
import CaseModel

/// The facts case management records when it resolves a referral (spec section 6: `facts`, same
/// fields as section 1), laid over the stored file. Case management may record what it helps
/// with (language, civics, identity, livelihood, declarations, school, household, documents),
/// never the procedure, the person's data, the history, convictions or consents.
///
/// Objects are merged member by member (`{"german": {"level": "B1"}}` keeps the other German
/// facts); `documents` are merged by id and `identity.efforts` are added to the recorded ones.
/// The result is validated like an import; every bad field is named.
public enum ResolutionFacts {
  public static let allowedFields: Set<String> = [
    "german", "civics", "identity", "livelihood", "declarations", "school", "household", "waivers", "documents",
  ]

  public static func apply(_ facts: JSONObject, to file: CaseFile) throws -> CaseFile {
    var errors: [FieldError] = []
    for key in facts.keys where !allowedFields.contains(key) {
      errors.append(FieldError(path: key, reason: "case management cannot record this fact"))
    }
    guard errors.isEmpty else { throw InvalidCaseFile(errors) }
    guard case .object(var merged) = try JSONParser.parse(CaseFileWriter().canonicalJSON(file)) else {
      throw InvalidCaseFile([FieldError(path: "", reason: "the stored file could not be read")])
    }
    for (key, value) in facts.members {
      merged[key] = merge(key, old: merged[key], new: value)
    }
    let (result, issues) = CaseFileReader.decode(
      .object(merged), textScalars: false, at: SourceLocation(file: "facts", line: 1))
    guard let result, issues.isEmpty else {
      throw InvalidCaseFile(issues.map { FieldError(path: $0.field ?? "facts", reason: $0.reason) })
    }
    return result
  }

  static func merge(_ key: String, old: JSONValue?, new: JSONValue) -> JSONValue {
    switch (old, new) {
    case (.array(let items)?, .array(let added)) where key == "documents":
      return .array(mergeByID(items, added))
    case (.object(var object)?, .object(let changes)):
      for (k, v) in changes.members {
        if key == "identity", k == "efforts", case .array(let before)? = object[k], case .array(let more) = v {
          object[k] = .array(before + more.filter { !before.contains($0) })
        } else {
          object[k] = v
        }
      }
      return .object(object)
    default:
      return new
    }
  }

  /// Documents with the same id replace the recorded ones; new ids are added.
  static func mergeByID(_ items: [JSONValue], _ added: [JSONValue]) -> [JSONValue] {
    var result = items
    for item in added {
      if case .object(let o) = item, let id = o["id"],
        let i = result.firstIndex(where: { if case .object(let x) = $0 { return x["id"] == id } else { return false } })
      {
        result[i] = item
      } else {
        result.append(item)
      }
    }
    return result
  }
}
