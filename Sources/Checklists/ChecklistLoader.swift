import CaseModel
import Foundation
import Yams

/// Reads a `checklists/` directory into a `ChecklistSet`. Fails with the file and line of the
/// first malformed entry; content problems (duplicates, overlaps, unknown names) are the linter's.
public enum ChecklistLoader {
  /// The directory the command line uses: `BACKLOG_CHECKLISTS`, else `checklists/` in the
  /// working directory.
  public static func defaultDirectory(environment: [String: String]) -> String {
    environment["BACKLOG_CHECKLISTS"] ?? "checklists"
  }

  public static func load(directory: String) throws -> ChecklistSet {
    let fm = FileManager.default
    var hash = StableHash()
    func read(_ rel: String, hashed: Bool = true) throws -> String {
      guard let data = fm.contents(atPath: directory + "/" + rel),
        let text = String(data: data, encoding: .utf8)
      else { throw ChecklistError(file: rel, line: nil, message: "cannot read the file") }
      if hashed {
        hash.combine(rel.utf8)
        hash.combine([0])
        hash.combine(data)
      }
      return text
    }
    func compose(_ rel: String, hashed: Bool = true) throws -> Node? {
      let text = try read(rel, hashed: hashed)
      do { return try Yams.compose(yaml: text) } catch {
        throw ChecklistError(file: rel, line: nil, message: "not valid YAML: \(error)")
      }
    }
    guard let entries = try? fm.contentsOfDirectory(atPath: directory) else {
      throw ChecklistError(file: directory, line: nil, message: "checklists directory not found")
    }
    var parameters: [String: Parameter] = [:]
    let paramFiles = ((try? fm.contentsOfDirectory(atPath: directory + "/parameters")) ?? [])
      .filter { $0.hasSuffix(".yaml") }.sorted()
    for name in paramFiles {
      let rel = "parameters/" + name
      guard let root = try compose(rel) else { continue }
      for p in try ParameterReader.read(root, file: rel) {
        if let first = parameters[p.name] {
          throw ChecklistError(file: rel, line: p.line, message: "parameter \(p.name) is already defined in \(first.file)")
        }
        parameters[p.name] = p
      }
    }
    var folders: [ChecklistFolder] = []
    for name in entries.sorted() where fm.fileExists(atPath: "\(directory)/\(name)/rules.yaml") {
      let rulesRel = name + "/rules.yaml"
      guard let root = try compose(rulesRel) else { continue }
      var folder = try RuleReader.folder(root, name: name, file: rulesRel)
      let testsRel = name + "/tests.yaml"
      if fm.fileExists(atPath: directory + "/" + testsRel), let troot = try compose(testsRel, hashed: false) {
        folder.tests = try TestCaseReader.read(troot, file: testsRel)
        folder.testsFile = testsRel
      }
      folders.append(folder)
    }
    var documents: [DocumentDefinition] = []
    if fm.fileExists(atPath: directory + "/documents.yaml"), let root = try compose("documents.yaml") {
      documents = try RuleReader.documents(root, file: "documents.yaml")
    }
    var fixtures: [String: TreeValue] = [:]
    if fm.fileExists(atPath: directory + "/fixtures.yaml"), let root = try compose("fixtures.yaml", hashed: false) {
      guard let m = root.mapping else {
        throw ChecklistError(file: "fixtures.yaml", line: nil, message: "expected a mapping of fixture names to facts")
      }
      for (k, v) in m { fixtures[k.string ?? ""] = YAMLReader.tree(v) }
    }
    var set = ChecklistSet(
      directory: directory, folders: folders, parameters: parameters, documents: documents,
      fixtures: fixtures, version: "rs-" + hash.hex)
    // (not hashed: the wording for case management changes no verdict)
    if fm.fileExists(atPath: directory + "/referral-reasons.yaml"), let root = try compose("referral-reasons.yaml", hashed: false) {
      for r in try ReferralReason.read(root, file: "referral-reasons.yaml") where set.referralReasons[r.rule] == nil {
        set.referralReasons[r.rule] = r
      }
    }
    return set
  }
}
