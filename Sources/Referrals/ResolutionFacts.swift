import CaseExchange
import CaseModel

/// The facts case management records when it resolves a referral (spec section 6: `facts`, same
/// fields as section 1), laid over the stored file. Case management records what its work
/// produces: the language level and its proof, the civics test, identity steps (passport, evidence
/// level, efforts) and documents, the signed declarations and evidence of livelihood. It never
/// records the office's legal judgements (waivers, school, household, deception, whether a passport
/// can reasonably be obtained, whether benefits are "not at fault", the need), the procedure, the
/// person's data, the history, convictions or consents: each such field is refused by name.
///
/// Objects are merged member by member (`{"german": {"level": "B1"}}` keeps the other German
/// facts); `documents` are merged by id and `identity.efforts` are added to the recorded ones.
/// The result is validated like an import; every bad field is named.
public enum ResolutionFacts {
  /// The fact groups case management may touch, each with the members it may record (nil: the
  /// whole value, a list).
  public static let allowed: [String: Set<String>?] = [
    "german": ["level", "oral_only", "proof", "on", "age_appropriate"],
    "civics": ["passed", "proof", "on"],
    "identity": ["passport_valid", "evidence_level", "efforts"],
    "declarations": ["fdgo_signed_on", "history_signed_on"],
    "livelihood": ["benefits_sgb2_sgb12", "fulltime_now", "fulltime_months_last_24", "income_monthly", "in_education",
                   "single_parent", "carer"],
    "documents": nil,
  ]

  /// The top-level fact groups case management may touch.
  public static var allowedFields: Set<String> { Set(allowed.keys) }

  /// Every field of `facts` case management may not record, by its dotted name.
  public static func refusedFields(_ facts: JSONObject) -> [FieldError] {
    var errors: [FieldError] = []
    for (key, value) in facts.members {
      guard let members = allowed[key] else {
        errors.append(FieldError(path: key, reason: .caseManagementCannotRecord))
        continue
      }
      guard let members, case .object(let object) = value else { continue }
      for (member, _) in object.members where !members.contains(member) {
        errors.append(FieldError(path: key + "." + member, reason: .caseManagementCannotRecord))
      }
    }
    return errors
  }

  public static func apply(_ facts: JSONObject, to file: CaseFile) throws -> CaseFile {
    let errors = refusedFields(facts)
    guard errors.isEmpty else { throw InvalidCaseFile(errors) }
    guard case .object(var merged) = try JSONParser.parse(CaseFileWriter().canonicalJSON(file)) else {
      throw InvalidCaseFile([FieldError(path: "", reason: .storedFileUnreadable)])
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
