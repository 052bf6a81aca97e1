import CaseExchange
import DemoDistrict
import Testing

@testable import CaseModel
@testable import CaseStore

/// The audit row of a save names the changed top-level fields. Saves compare typed values
/// (`CaseFile.changedFields(from:)`); imports compare the stored JSON texts. Both must agree.
@Suite("changed fields of a save")
struct ChangedFieldsTests {
  @Test("every field of the contract has its comparison")
  func everyFieldCompared() {
    #expect(CaseFile.fieldComparisons.map(\.key.stringValue).sorted() == CaseFile.CodingKeys.allCases.map(\.stringValue).sorted())
  }

  @Test("typed comparison names the same fields as the comparison of the canonical JSON")
  func typedEqualsJSON() {
    let files = DemoDistrict(seed: 5, today: Day(iso: "2026-11-24")!, fileCount: 200).generate()
    let writer = CaseFileWriter()
    var compared = 0
    for (i, old) in files.enumerated() {
      var new = old
      switch i % 5 {
      case 0: new.clerk = (old.clerk ?? "") + "x"
      case 1: new.person.givenNames = "Neu"; new.followUpOn = Day(iso: "2027-01-04")
      case 2: new.stays = nil
      case 3: new.documents = (old.documents ?? []) + [DocumentRecord(id: "D01", status: .requested)]
      default: break
      }
      let json = AppDatabase.changedFields(old: writer.canonicalJSON(old), new: writer.canonicalJSON(new))
      #expect(new.changedFields(from: old) == json, "file \(old.fileNo)")
      compared += 1
    }
    #expect(compared == 200)
    var f = files[0]
    let old = f
    f.status = .inReview
    f.german = German(level: .B1)
    #expect(f.changedFields(from: old) == ["german", "status"])
    #expect(old.changedFields(from: old) == [])
  }
}
