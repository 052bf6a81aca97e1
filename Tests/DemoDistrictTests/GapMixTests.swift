import CaseModel
import Testing

@testable import DemoDistrict

/// The open files show every kind of gap the screening must handle, in plausible shares.
@Suite("Gap mix") struct GapMixTests {
  static let today = DistrictFiguresTests.today
  var open: [CaseFile] { DistrictFiguresTests.files.filter { $0.office == .EBH && !$0.status.isClosed } }
  var abh: [CaseFile] { DistrictFiguresTests.files.filter { $0.office == .ABH } }

  func share(_ files: [CaseFile], _ test: (CaseFile) -> Bool) -> Double {
    Double(files.filter(test).count) / Double(max(1, files.count))
  }

  @Test("open naturalization files show each kind of gap, most files none of the hard ones")
  func eachGapPresent() {
    let files = open
    let a2 = share(files) { $0.german?.level == .A2 }
    let identity = share(files) { ($0.identity?.evidenceLevel ?? 0) >= 3 }
    let benefits = share(files) { $0.livelihood?.benefitsSgb2Sgb12 == true }
    let fulltimeException = share(files) { $0.livelihood?.benefitsSgb2Sgb12 == true && $0.livelihood?.fulltimeNow == true }
    let unknown = share(files) { $0.german == nil || $0.livelihood == nil || $0.civics == nil || $0.convictions == nil }
    let smallFine = share(files) { $0.convictions?.contains { (1...90).contains($0.dailyRates ?? 0) } ?? false }
    let bigFine = share(files) { $0.convictions?.contains { ($0.dailyRates ?? 0) > 90 || $0.kind == .prisonSuspended } ?? false }
    let suspended = share(files) { $0.status == .suspended && $0.pendingInvestigation == true }
    let excluded = share(files) { $0.securityCheck == .hit || $0.identity?.deception == .ongoing || ($0.convictions?.contains { $0.hateMotive == true } ?? false) }
    let shortStay = share(files) {
      guard let start = $0.stays?.first?.from else { return false }
      let complete = start.adding(years: 5)
      return complete > Self.today && complete <= Self.today.adding(years: 1)
    }
    print("A2", a2, "identity", identity, "benefits", benefits, "ft-exception", fulltimeException, "unknown", unknown,
      "fine<=90", smallFine, "fine>90", bigFine, "suspended", suspended, "excluded", excluded, "time gap", shortStay)
    #expect((0.12...0.30).contains(a2))
    #expect((0.03...0.15).contains(identity))
    #expect((0.05...0.18).contains(benefits))
    #expect(fulltimeException > 0)
    #expect((0.03...0.20).contains(unknown))
    #expect((0.02...0.10).contains(smallFine))
    #expect((0.002...0.05).contains(bigFine))
    #expect((0.002...0.05).contains(suspended))
    #expect((0.002...0.05).contains(excluded))
    #expect((0.02...0.15).contains(shortStay))
  }

  @Test("a few former guest workers apply with oral German")
  func guestWorkers() {
    let workers = DistrictFiguresTests.files.filter { $0.guestWorkerEntry != nil }
    #expect(workers.count > 10)
    #expect(workers.allSatisfy { $0.german?.oralOnly == true && $0.person.birthDate!.year < 1956 })
  }

  @Test("most files carry a consent to case management, not all; a few withdrew it")
  func consents() {
    let all = DistrictFiguresTests.files
    let given = share(all) { !($0.consents ?? []).isEmpty }
    #expect((0.7...0.92).contains(given))
    #expect(all.contains { $0.consents?.first?.withdrawnOn != nil })
  }

  @Test("related files exist and point back")
  func relatedLinks() {
    let byNumber = Dictionary(uniqueKeysWithValues: DistrictFiguresTests.files.map { ($0.fileNo, $0) })
    let linked = DistrictFiguresTests.files.filter { !($0.related ?? []).isEmpty }
    #expect(linked.count > 200)
    for file in linked {
      for link in file.related ?? [] {
        let other = byNumber[link.fileNo]
        #expect(other?.related?.contains { $0.fileNo == file.fileNo } == true, "\(file.fileNo) -> \(link.fileNo)")
        #expect(other?.person.familyName == file.person.familyName)
      }
    }
  }

  @Test("Duldung files cover § 104c holders with permits ending 2026-2027, young people near 27, families")
  func duldungMix() {
    let holders = abh.filter { $0.permit104c != nil }
    #expect(holders.allSatisfy { $0.permit104c!.to == $0.permit104c!.from.adding(months: 18).adding(days: -1) })
    #expect(holders.contains { $0.permit104c!.to.year == 2026 } && holders.contains { $0.permit104c!.to.year == 2027 })
    #expect(holders.contains { $0.followupApplicationOn != nil } && holders.contains { $0.followupApplicationOn == nil })
    #expect(abh.contains { $0.route == .aufenthG25a && $0.person.birthDate!.age(on: Self.today) == 26 })
    #expect(abh.contains { ($0.household?.minorChildren ?? 0) > 0 })
    #expect(abh.contains { $0.route == nil })
    let statuses = Set(abh.flatMap { $0.stays ?? [] }.map(\.status))
    #expect(statuses.isSuperset(of: [.gestattung, .duldung, .duldung60b, .duldung60c, .duldung60d, .permit104c]))
  }
}
