import CaseModel
import Yams

/// Reads a folder's `rules.yaml` and the top-level `documents.yaml`.
enum RuleReader {
  static func folder(_ root: Node, name: String, file: String) throws -> ChecklistFolder {
    let r = YAMLReader(file: file, node: root, context: name)
    try r.onlyKeys(["title", "routes", "uses", "rules"])
    let rules = try r.list("rules").map { try rule($0, r) }
    return ChecklistFolder(
      name: name, title: try r.optionalString("title") ?? name, routes: try r.strings("routes"),
      uses: try r.strings("uses"), rules: rules, tests: [], rulesFile: file, testsFile: nil)
  }

  static func rule(_ node: Node, _ parent: YAMLReader) throws -> Rule {
    var r = parent.child(node, "rule")
    let id = try r.string("id")
    r = parent.child(node, "rule \(id)")
    try r.onlyKeys(["id", "title", "title_de", "citation", "documents", "facts", "versions"])
    let versions = try r.list("versions").map { try version($0, r) }
    return Rule(
      id: id, title: try r.optionalString("title") ?? "", titleDE: try r.optionalString("title_de") ?? "", citation: try r.optionalString("citation") ?? "",
      documents: try r.strings("documents"), facts: try r.strings("facts"), versions: versions,
      line: r.line)
  }

  static func version(_ node: Node, _ parent: YAMLReader) throws -> RuleVersion {
    let r = parent.child(node, parent.context + ", version")
    try r.onlyKeys([
      "valid_from", "valid_to", "citation", "statute", "check", "params", "unmet", "fix",
      "unverified", "note", "reason_de", "reason_en",
    ])
    var params: [String: String] = [:]
    if let p = r["params"] {
      guard let m = p.mapping else { throw r.fail("\"params\" maps evaluator arguments to parameter names", at: p) }
      for (k, v) in m { params[k.string ?? ""] = v.string ?? "" }
    }
    let unmetText = try r.string("unmet")
    guard let outcome = Outcome(rawValue: unmetText) else {
      throw r.fail("\"unmet\" must be one of gap, excluded, review, suspend, missing; got \"\(unmetText)\"")
    }
    var fix: Fix?
    if let f = try r.optionalString("fix") {
      guard let v = Fix(rawValue: f) else {
        throw r.fail("\"fix\" must be one of time, case_management, applicant, authority; got \"\(f)\"")
      }
      fix = v
    }
    return RuleVersion(
      validFrom: try r.day("valid_from"), validTo: try r.optionalDay("valid_to"),
      citation: try r.optionalString("citation"), statute: try r.optionalString("statute") ?? "",
      check: try r.string("check"), params: params, unmet: UnmetOutcome(outcome: outcome, fix: fix),
      unverified: try r.bool("unverified"), note: try r.optionalString("note"),
      reasonDE: try r.optionalString("reason_de"), reasonEN: try r.optionalString("reason_en"),
      line: r.line)
  }

  static func documents(_ root: Node, file: String) throws -> [DocumentDefinition] {
    let top = YAMLReader(file: file, node: root, context: "documents")
    try top.onlyKeys(["documents"])
    return try top.list("documents").map { n in
      let r = top.child(n, "document")
      try r.onlyKeys(["id", "de", "en", "who", "only_if_de", "only_if_en"])
      let onlyIf = (try r.optionalString("only_if_de"), try r.optionalString("only_if_en"))
      if (onlyIf.0 == nil) != (onlyIf.1 == nil) { throw r.fail("only_if_de and only_if_en go together") }
      return DocumentDefinition(
        id: try r.string("id"), de: try r.string("de"), en: try r.string("en"),
        who: try r.optionalString("who") ?? "", onlyIfDE: onlyIf.0, onlyIfEN: onlyIf.1)
    }
  }
}
