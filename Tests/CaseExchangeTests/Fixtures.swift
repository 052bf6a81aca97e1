import CaseExchange
import CaseModel
import Foundation

enum Fixtures {
  /// The shared examples, copied into `Tests/Fixtures/examples/` (the repository alone passes its tests).
  static let examplesPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/Fixtures/examples/cases.jsonl").path

  static func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("backlog-test-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ text: String, _ name: String, in dir: URL) -> String {
    let path = dir.appendingPathComponent(name).path
    try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  static let minimal =
    #"{"file_no":"EBH-1","office":"EBH","received_on":"2024-01-02","status":"received","person":{"family_name":"Doe"}}"#
}
