import CaseModel
import StrictYAML

/// Reads a folder's `rules.yaml` and the top-level `documents.yaml`.
enum RuleReader {
  static func folder(_ root: YAMLValue, name: String, file: String) -> ChecklistFolder {
    let r = root.labelled(name)
    r.only(["title", "routes", "uses", "rules"])
    let rules = (r.list("rules") ?? []).map(rule)
    return ChecklistFolder(
      name: name, title: r.string("title") ?? name, routes: r.strings("routes") ?? [],
      uses: r.strings("uses") ?? [], rules: rules, tests: [], rulesFile: file, testsFile: nil)
  }

  static func rule(_ node: YAMLValue) -> Rule {
    let id = node.labelled("rule").string("id", required: true) ?? ""
    let r = node.labelled(id.isEmpty ? "rule" : "rule \(id)")
    r.only(["id", "title", "title_de", "citation", "documents", "facts", "versions"])
    let versions = (r.list("versions") ?? []).map { version($0, r) }
    return Rule(
      id: id, title: r.string("title") ?? "", titleDE: r.string("title_de") ?? "", citation: r.string("citation") ?? "",
      documents: r.strings("documents") ?? [], facts: r.strings("facts") ?? [], versions: versions,
      line: r.line ?? 0)
  }

  static let unmetOutcomes = ["gap", "excluded", "review", "suspend", "missing"]

  static func version(_ node: YAMLValue, _ parent: YAMLValue) -> RuleVersion {
    let r = node.labelled(parent.context + ", version")
    r.only([
      "valid_from", "valid_to", "citation", "statute", "check", "params", "unmet", "fix",
      "unverified", "note", "reason_de", "reason_en",
    ])
    var params: [String: String] = [:]
    if let p = r["params"] {
      if let entries = p.entries {
        for (k, v) in entries { params[k] = v.scalar?.text ?? "" }
      } else {
        r.report(.other("\"params\" maps evaluator arguments to parameter names"), at: p)
      }
    }
    let outcome = r.choice("unmet", Outcome.self, allowed: unmetOutcomes, required: true)
    return RuleVersion(
      validFrom: r.day("valid_from", required: true) ?? Day.min, validTo: r.day("valid_to"),
      citation: r.string("citation"), statute: r.string("statute") ?? "",
      check: r.string("check", required: true) ?? "", params: params,
      unmet: UnmetOutcome(outcome: outcome ?? .gap, fix: r.choice("fix", Fix.self)),
      unverified: r.bool("unverified") ?? false, note: r.string("note"),
      reasonDE: r.string("reason_de"), reasonEN: r.string("reason_en"),
      line: r.line ?? 0)
  }

  static func documents(_ root: YAMLValue) -> [DocumentDefinition] {
    let top = root.labelled("documents")
    top.only(["documents"])
    return (top.list("documents") ?? []).map { n in
      let r = n.labelled("document")
      r.only(["id", "de", "en", "who", "only_if_de", "only_if_en"])
      let onlyIf = (r.string("only_if_de"), r.string("only_if_en"))
      if (onlyIf.0 == nil) != (onlyIf.1 == nil) { r.report(.other("only_if_de and only_if_en go together")) }
      return DocumentDefinition(
        id: r.string("id", required: true) ?? "", de: r.string("de", required: true) ?? "",
        en: r.string("en", required: true) ?? "", who: r.string("who") ?? "", onlyIfDE: onlyIf.0, onlyIfEN: onlyIf.1)
    }
  }
}
