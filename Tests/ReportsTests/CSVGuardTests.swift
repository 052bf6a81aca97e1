import CaseModel
import Testing

@testable import Reports

/// Report CSVs carry no formulas either: text cells (file numbers, names of groups) are
/// guarded, numbers stay numbers (issue 12).
@Suite("Report CSV without formulas")
struct CSVGuardTests {
  @Test("a text cell beginning with = + - @ is guarded; -18 and -1,5 stay numbers")
  func guarded() {
    let doc = ReportDocument(
      name: "backlog", title: "t", subtitle: "s", language: .de,
      sections: [
        .init(
          id: "oldest", title: "Oldest",
          table: .init(
            columns: ["Akte", "Tage", "Änderung"],
            rows: [[.text("=HYPERLINK(\"x\")"), .count(-18), .number(-1.5, digits: 1)], [.text("+49 2241 13-0"), .count(7), .empty]]))
      ])
    for plain in [false, true] {
      let csv = CSVRenderer(plain: plain).render(doc)
      #expect(csv.contains("'=HYPERLINK") && csv.contains("'+49 2241 13-0"), "\(csv)")
      #expect(csv.contains(plain ? ",-18," : ";-18;"), "\(csv)")
      #expect(csv.contains(plain ? "-1.5" : "-1,5"), "\(csv)")
    }
  }
}
