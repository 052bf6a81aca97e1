import CaseModel
import CaseStore
import Foundation
import Referrals
import Testing

@testable import WebApp

@Suite("Interface texts")
struct InterfaceTextTests {
  static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/WebApp/Resources/templates")

  @Test("no text key is defined in two sections")
  func keysAreUnique() {
    let total = Strings.sections.reduce(0) { $0 + $1.count }
    #expect(total == Strings.entries.count)
  }

  @Test("every key Swift reads has a German and an English text")
  func swiftKeys() {
    let missing = StringKey.allCases.filter { key in
      (Strings.german[key.rawValue] ?? "").isEmpty || (Strings.english[key.rawValue] ?? "").isEmpty
    }
    #expect(missing.isEmpty, "\(missing)")
  }

  @Test("every {{t.key}} of the templates has a German and an English text")
  func templateKeys() throws {
    let pattern = try NSRegularExpression(pattern: #"\{\{[#^/&{]?\s*t\.([^\s}]+)\s*\}?\}\}"#)
    var used: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: Self.templates.path) where name.hasSuffix(".mustache") {
      let text = try String(contentsOf: Self.templates.appendingPathComponent(name), encoding: .utf8)
      for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        used[String(text[try #require(Range(m.range(at: 1), in: text))])] = name
      }
    }
    #expect(used.count > 300, "the pattern finds the keys (\(used.count))")
    let missing = used.filter { key, _ in (Strings.german[key] ?? "").isEmpty || (Strings.english[key] ?? "").isEmpty }
    #expect(missing.isEmpty, "\(missing.map { "\($0.value): t.\($0.key)" }.sorted())")
  }

  @Test("every code of the domain's lists has its word")
  func codedWords() {
    var missing: [String] = []
    func check(_ kind: WordKind, _ codes: [String]) {
      for code in codes where Texts.german.word(kind, code) == nil || Texts.english.word(kind, code) == nil {
        missing.append(kind.rawValue + code)
      }
    }
    check(.status, CaseStatus.allCases.map(\.rawValue))
    check(.role, Role.allCases.map(\.rawValue))
    check(.office, Office.allCases.map(\.rawValue))
    check(.group, QueueGroup.allCases.map(\.rawValue))
    check(.route, QueueRoute.allCases.map(\.rawValue))
    check(.team, Team.allCases.map(\.rawValue))
    check(.reportsTeam, Team.allCases.map(\.rawValue))
    check(.referralState, ReferralState.allCases.map(\.rawValue))
    check(.action, ReferralAction.allCases.map(\.rawValue))
    check(.docStatus, DocumentStatus.allCases.map(\.rawValue))
    check(.auditDo, AuditWords.actions)
    #expect(missing.isEmpty, "\(missing)")
  }
}
