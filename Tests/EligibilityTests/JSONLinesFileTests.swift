import Foundation
import Testing

@testable import Eligibility

/// A JSON Lines file handed out in blocks of whole lines, mapped or read (as from a pipe).
@Suite struct JSONLinesFileTests {
  static func blocks(of text: String, blockBytes: Int, map: Bool) throws -> [String] {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UInt32.random(in: 0...UInt32.max)).jsonl").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = try JSONLinesFile(path: path, blockBytes: blockBytes, map: map)
    var out: [String] = []
    while let block = try file.nextBlock() { out.append(String(decoding: block, as: UTF8.self)) }
    return out
  }

  @Test(arguments: [true, false]) func blocksEndWithWholeLinesAndGiveBackTheFileUnchanged(map: Bool) throws {
    let text = (1...200).map { "{\"n\": \($0), \"text\": \"\(String(repeating: "x", count: $0 % 37))\"}" }.joined(separator: "\n") + "\nlast line without newline"
    for size in [1, 7, 64, 1000, 100_000] {
      let blocks = try Self.blocks(of: text, blockBytes: size, map: map)
      #expect(blocks.joined() == text, "block size \(size)")
      #expect(blocks.dropLast().allSatisfy { $0.hasSuffix("\n") && $0.utf8.count >= size }, "block size \(size)")
    }
  }

  @Test(arguments: [true, false]) func anEmptyFileHasNoBlocks(map: Bool) throws {
    #expect(try Self.blocks(of: "", blockBytes: 10, map: map).isEmpty)
  }

  @Test func piecesOfABlockAreCutAtLineEnds() {
    let text = Array("a\nbb\nccc\ndddd\n".utf8)
    text.withUnsafeBufferPointer { buf in
      let cuts = JSONLinesFile.cuts(buf, pieces: 4)
      #expect(cuts.first == 0 && cuts.last == buf.count && cuts == cuts.sorted())
      #expect(cuts.dropFirst().dropLast().allSatisfy { $0 == buf.count || buf[$0 - 1] == 0x0A })
    }
  }
}
