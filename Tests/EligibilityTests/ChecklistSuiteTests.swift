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

/// The linter rejects the mistakes it is there for.
@Suite struct ChecklistLinterTests {
  static func broken(_ edit: (inout ChecklistSet) -> Void) -> [String] {
    var set = Support.checklists
    edit(&set)
    return ChecklistLinter.lint(set).filter { $0.severity == .error }.map(\.message)
  }

  @Test func aDuplicateRuleIdIsAnError() {
    let errors = Self.broken { s in s.folders[1].rules.append(s.folders[0].rules[0]) }
    #expect(errors.contains { $0.contains("duplicate rule id") })
  }

  @Test func aMissingCitationIsAnError() {
    let errors = Self.broken { s in s.folders[0].rules[0].citation = " " }
    #expect(errors.contains { $0.contains("missing citation") })
  }

  @Test func aMissingGermanTitleIsAnError() {
    let errors = Self.broken { s in s.folders[0].rules[0].titleDE = "" }
    #expect(errors.contains { $0.contains("missing title_de") })
  }

  @Test func overlappingVersionsAreAnError() {
    let errors = Self.broken { s in
      let i = s.folders.firstIndex { $0.name == "stag-10" }!
      let r = s.folders[i].rules.firstIndex { $0.id == "STAG10-RESIDENCE" }!
      s.folders[i].rules[r].versions[1].validFrom = Day(iso: "2024-01-01")!
    }
    #expect(errors.contains { $0.contains("overlaps") })
  }

  @Test func unorderedVersionsAreAnError() {
    let errors = Self.broken { s in
      let i = s.folders.firstIndex { $0.name == "stag-10" }!
      let r = s.folders[i].rules.firstIndex { $0.id == "STAG10-RESIDENCE" }!
      s.folders[i].rules[r].versions.reverse()
    }
    #expect(!errors.isEmpty)
  }

  @Test func anUnknownFactNameIsAnError() {
    let errors = Self.broken { s in s.folders[0].rules[0].facts.append("identity.pasport_valid") }
    #expect(errors.contains { $0.contains("unknown fact name \"identity.pasport_valid\"") })
  }

  @Test func anUnknownCheckOrParameterIsAnError() {
    let errors = Self.broken { s in
      s.folders[0].rules[0].versions[0].check = "no_such_check"
      s.folders[0].rules[1].versions[0].params["x"] = "no.such.parameter"
    }
    #expect(errors.contains { $0.contains("unknown check") })
    #expect(errors.contains { $0.contains("takes no parameter") || $0.contains("unknown parameter") })
  }

  @Test func aGapWithoutFixIsAnError() {
    let errors = Self.broken { s in
      let i = s.folders.firstIndex { $0.name == "stag-10" }!
      let r = s.folders[i].rules.firstIndex { $0.id == "STAG10-LANG" }!
      s.folders[i].rules[r].versions[0].unmet = UnmetOutcome(outcome: .gap)
    }
    #expect(errors.contains { $0.contains("needs a fix") })
  }
}
