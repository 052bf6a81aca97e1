import CaseExchange
import CaseModel
import Foundation
import Testing

@testable import DemoDistrict

@Suite("Generated files are valid") struct ValidityTests {
  static let today = Day(year: 2026, month: 11, day: 24)!

  @Test("every file of the district passes validation, walks only allowed stage steps and round-trips through canonical JSON")
  func validAndRoundTrip() throws {
    let files = DistrictFiguresTests.files
    let writer = CaseFileWriter()
    var invalid: [String] = []
    for file in files {
      let errors = file.validate() + CaseLifecycle.problems(inNew: file)
      if !errors.isEmpty { invalid.append("\(file.fileNo): \(errors)") }
    }
    #expect(invalid.isEmpty, "\(invalid.prefix(5))")
    let text = try writer.jsonLines(files)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("demo-district-\(UUID()).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let batch = CaseFileReader().read(paths: [path])
    #expect(batch.issues.isEmpty, "\(batch.issues.prefix(3))")
    #expect(batch.files.map(\.file) == files)
  }

  @Test("file numbers are unique and look like EBH-2023-00417")
  func fileNumbers() {
    let files = DistrictFiguresTests.files
    #expect(Set(files.map(\.fileNo)).count == files.count)
    #expect(files.allSatisfy { $0.fileNo.wholeMatch(of: /(EBH|ABH)-20\d\d-\d{5}/) != nil })
  }

  @Test("histories start with received, end with the status and never pass today")
  func histories() {
    for file in DistrictFiguresTests.files {
      guard let history = file.history, let first = history.first else {
        Issue.record("\(file.fileNo) has no history")
        continue
      }
      #expect(first.status == .received && first.at == file.receivedOn)
      #expect(history.allSatisfy { $0.at <= Self.today && $0.by == file.clerk })
      if file.status == .granted || file.status == .refused { #expect(file.decidedOn == history.last?.at) }
    }
  }

  /// Days on which something happened (not validity ends or erasure dates, which may lie ahead).
  static func recordedDays(_ f: CaseFile) -> [Day] {
    var days: [Day] = [f.receivedOn]
    days += [f.decidedOn, f.certificateHandoverOn, f.followupApplicationOn, f.german?.on, f.civics?.on,
      f.declarations?.fdgoSignedOn, f.declarations?.historySignedOn, f.marriedToGermanSince].compactMap { $0 }
    days += (f.stays ?? []).map(\.from) + (f.absences ?? []).map(\.to) + (f.convictions ?? []).map(\.on)
    days += (f.identity?.efforts ?? []).map(\.on) + (f.documents ?? []).compactMap(\.on)
    days += (f.consents ?? []).flatMap { [$0.givenOn, $0.withdrawnOn].compactMap { $0 } }
    return days
  }

  @Test("nothing in the district happens after today")
  func nothingAfterToday() {
    for file in DistrictFiguresTests.files {
      let late = Self.recordedDays(file).filter { $0 > Self.today }
      #expect(late.isEmpty, "\(file.fileNo): \(late)")
    }
  }

  @Test("the same seed and day give the same district; another seed another")
  func deterministic() {
    let a = DemoDistrict(seed: 7, today: Self.today, fileCount: 600).generate()
    let b = DemoDistrict(seed: 7, today: Self.today, fileCount: 600).generate()
    let c = DemoDistrict(seed: 8, today: Self.today, fileCount: 600).generate()
    #expect(a == b)
    #expect(a != c)
  }

  @Test("a file count scales the mix to exactly that many files, two EBH to one ABH")
  func scaled() {
    let files = DemoDistrict(seed: 1, today: Self.today, fileCount: 3_000).generate()
    #expect(files.count == 3_000)
    #expect(files.filter { $0.office == .EBH }.count == 2_000)
    #expect(files.allSatisfy { $0.validate().isEmpty })
    var streamed = 0
    DemoDistrict(seed: 1, today: Self.today, fileCount: 3_000).forEach { _ in streamed += 1 }
    #expect(streamed == 3_000)
  }
}

@Suite("Other days") struct OtherDayTests {
  @Test("a district generated on an earlier day is valid and has nothing after that day", arguments: [
    Day(year: 2020, month: 2, day: 1)!, Day(year: 2023, month: 1, day: 15)!, Day(year: 2024, month: 6, day: 30)!,
    Day(year: 2027, month: 12, day: 31)!,
  ])
  func earlierDay(today: Day) {
    let files = DemoDistrict(seed: 3, today: today, fileCount: 2_000).generate()
    #expect(files.count == 2_000)
    for file in files {
      #expect(file.validate().isEmpty, "\(file.fileNo): \(file.validate())")
      #expect(file.receivedOn <= today && (file.history ?? []).allSatisfy { $0.at <= today })
      #expect(file.permit104c.map { $0.from <= today } ?? true)
      let past = ValidityTests.recordedDays(file).filter { $0 > today }
      #expect(past.isEmpty, "\(file.fileNo) records facts after \(today): \(past)")
    }
  }

  @Test("before 2020 there is nothing to generate")
  func beforeFirstYear() {
    #expect(DemoDistrict(seed: 3, today: Day(year: 2019, month: 5, day: 1)!).generate().isEmpty)
  }
}
