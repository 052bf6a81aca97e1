import Checklists
import Eligibility
import Testing

/// The checklists themselves: lint is clean and every tests.yaml case passes.
@Suite struct ChecklistSuiteTests {
  @Test func theChecklistsLintWithoutErrors() {
    let issues = ChecklistLinter.lint(Support.checklists)
    let errors = issues.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    for w in issues where w.severity == .warning { print("lint warning: \(w)") }
  }

  @Test func everyTestCaseInEveryTestsYamlPasses() throws {
    let report = try ChecklistTestRunner.run(Support.checklists)
    #expect(report.results.count > 0)
    print("checklist tests: \(report.passedCount)/\(report.results.count) passed")
    for f in report.failures {
      Issue.record("\(f.file):\(f.line) \(f.name): \(f.problems.joined(separator: "; "))")
    }
  }

  @Test func theRuleSetVersionIsAStableContentHash() throws {
    let again = try ChecklistLoader.load(directory: Support.checklistsDirectory)
    #expect(again.version == Support.checklists.version)
    #expect(again.version.hasPrefix("rs-") && again.version.count == 19)
  }
}
