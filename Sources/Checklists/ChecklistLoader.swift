import CaseModel
import Foundation
import StrictYAML

/// Reads a `checklists/` directory into a `ChecklistSet`. Fails with the file and line of every
/// malformed entry (`ChecklistErrors`); content problems (duplicates, overlaps, unknown names) are
/// the linter's.
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
    var errors: [ChecklistError] = []
    /// Reads one file with `body`; its problems are kept for the end, so every file is checked.
    func readFile<T>(_ rel: String, hashed: Bool = true, _ body: (YAMLValue) -> T) throws -> T? {
      let log = ProblemLog()
      let root = YAMLValue.parse(try read(rel, hashed: hashed), log: log)
      let result = root.map(body)
      errors += log.problems.map { ChecklistError(file: rel, $0) }
      return result
    }
    guard let entries = try? fm.contentsOfDirectory(atPath: directory) else {
      throw ChecklistError(file: directory, line: nil, message: "checklists directory not found")
    }
    var parameters: [String: Parameter] = [:]
    let paramFiles = ((try? fm.contentsOfDirectory(atPath: directory + "/parameters")) ?? [])
      .filter { $0.hasSuffix(".yaml") }.sorted()
    for name in paramFiles {
      let rel = "parameters/" + name
      for p in try readFile(rel, { ParameterReader.read($0, file: rel) }) ?? [] {
        if let first = parameters[p.name] {
          errors.append(ChecklistError(file: rel, line: p.line, message: "parameter \(p.name) is already defined in \(first.file)"))
        } else {
          parameters[p.name] = p
        }
      }
    }
    var folders: [ChecklistFolder] = []
    for name in entries.sorted() where fm.fileExists(atPath: "\(directory)/\(name)/rules.yaml") {
      let rulesRel = name + "/rules.yaml"
      guard var folder = try readFile(rulesRel, { RuleReader.folder($0, name: name, file: rulesRel) }) else { continue }
      let testsRel = name + "/tests.yaml"
      if fm.fileExists(atPath: directory + "/" + testsRel), let tests = try readFile(testsRel, hashed: false, { TestCaseReader.read($0, file: testsRel) }) {
        folder.tests = tests
        folder.testsFile = testsRel
      }
      folders.append(folder)
    }
    var documents: [DocumentDefinition] = []
    if fm.fileExists(atPath: directory + "/documents.yaml") {
      documents = try readFile("documents.yaml", RuleReader.documents) ?? []
    }
    var fixtures: [String: TreeValue] = [:]
    if fm.fileExists(atPath: directory + "/fixtures.yaml") {
      _ = try readFile("fixtures.yaml", hashed: false) { root in
        guard let entries = root.entries else { return root.fileProblem("expected a mapping of fixture names to facts") }
        for (k, v) in entries { fixtures[k] = v.tree }
      }
    }
    var set = ChecklistSet(
      directory: directory, folders: folders, parameters: parameters, documents: documents,
      fixtures: fixtures, version: "rs-" + hash.hex)
    // (not hashed: the wording for case management changes no verdict)
    if fm.fileExists(atPath: directory + "/referral-reasons.yaml") {
      for r in try readFile("referral-reasons.yaml", hashed: false, ReferralReason.read) ?? [] where set.referralReasons[r.rule] == nil {
        set.referralReasons[r.rule] = r
      }
    }
    if !errors.isEmpty { throw ChecklistErrors(errors) }
    return set
  }
}
