import Foundation
import Logging
import Synchronization
import Testing
@testable import BacklogCommands

@Suite("JSON log lines")
struct JSONLogHandlerTests {
  @Test("one object a line: message, level, label and metadata with numbers, lists and nested values")
  func line() throws {
    let lines = Mutex<[String]>([])
    var handler = JSONLogHandler(label: "backlog") { line in lines.withLock { $0.append(line) } }
    handler.metadata = ["request": "r-1"]
    let configured = handler
    let logger = Logger(label: "backlog") { _ in configured }
    logger.info("saved", metadata: ["ms": .stringConvertible(12), "share": .stringConvertible(0.5), "ids": ["a/b", "c"], "by": ["role": "clerk"]])
    let line = try #require(lines.withLock { $0.first })
    #expect(line.hasPrefix(#"{"by":{"role":"clerk"},"ids":["a/b","c"],"label":"backlog","level":"info","message":"saved","ms":12,"#))
    #expect(line.contains(#""request":"r-1","share":0.5,"time":""#) && line.hasSuffix("\"}") && !line.contains("\n"))
  }
}
