import CaseModel
import Checklists
import Eligibility
import Foundation
import Testing

/// The letter's list: what the applicant must bring, what only in some case, and the open gaps.
@Suite("What the letter asks the applicant for")
struct MissingItemsTests {
  /// The known files of the browser tests (Tests/e2e/cases.jsonl).
  static let files: [String: CaseFile] = {
    let path = Support.root.appendingPathComponent("Tests/e2e/cases.jsonl").path
    let text = try! String(contentsOfFile: path, encoding: .utf8)
    return Dictionary(uniqueKeysWithValues: Support.files(jsonl: text).map { ($0.fileNo, $0) })
  }()

  static func missing(_ file: CaseFile) -> MissingItems {
    let asOf = Support.day("2026-11-24")
    return MissingItems(
      file: file, screenings: Support.engine.screen(file, asOf: asOf), documents: Support.engine.documents)
  }

  /// A2 certificate and no civics recorded: STAG10-LANG gap, STAG10-CIVICS missing.
  var languageGapNoCivics: CaseFile { Self.files["EBH-2025-90002"]! }

  @Test("the B1 certificate and the test are asked for; the medical certificate only as the waiver's alternative")
  func waiverEvidenceIsConditional() {
    let m = Self.missing(languageGapNoCivics)
    #expect(m.documents.map(\.id) == ["D08", "D09"])
    #expect(m.conditional.map(\.id) == ["D18"])
    #expect(m.conditional.first?.onlyIf?.contains("Krankheit, Behinderung oder Alter") == true)
  }

  @Test("only gaps are open points: a fact not yet recorded is the office's to collect")
  func onlyGapsArePoints() {
    #expect(Self.missing(languageGapNoCivics).points == ["Deutsch A2; B1 erforderlich"])
  }

  @Test("a document already provided is asked for again only when a gap remains that it should close")
  func providedDocuments() {
    var file = languageGapNoCivics
    file.documents = [
      DocumentRecord(id: "D08", status: .provided, on: Support.day("2025-04-14")),
      DocumentRecord(id: "D09", status: .provided, on: Support.day("2025-04-14")),
    ]
    #expect(Self.missing(file).documents.map(\.id) == ["D08"])
    file.documents = [DocumentRecord(id: "D08", status: .notRequired)]
    #expect(Self.missing(file).documents.map(\.id) == ["D09"])
  }

  @Test("a conditional document the clerk requested is needed, not conditional")
  func requestedConditionalDocument() {
    var file = languageGapNoCivics
    file.documents = [DocumentRecord(id: "D18", status: .requested)]
    let m = Self.missing(file)
    #expect(m.documents.map(\.id) == ["D08", "D09", "D18"])
    #expect(m.conditional.isEmpty)
  }

  @Test("documents.yaml gives a condition in both languages or in none")
  func conditionsInBothLanguages() {
    for d in Support.checklists.documents {
      #expect((d.onlyIfDE == nil) == (d.onlyIfEN == nil), "\(d.id)")
    }
  }
}
