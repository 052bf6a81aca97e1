import CaseExchange
import CaseModel
import Foundation
import Testing

@testable import DemoDistrict

@Suite("Generated files are valid") struct ValidityTests {
  static let today = Day(year: 2026, month: 11, day: 24)!

  @Test("every file of the district passes validation and round-trips through canonical JSON")
  func validAndRoundTrip() throws {
    let files = DistrictFiguresTests.files
    let writer = CaseFileWriter()
    var invalid: [String] = []
    for file in files {
      let errors = file.validate()
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
