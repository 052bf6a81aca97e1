import Foundation

/// A text searched for with Horspool's method: it skips ahead by up to its own length.
struct Needle: Sendable {
  let bytes: [UInt8]
  let skip: [Int]

  init(_ text: StaticString) {
    bytes = Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    var skip = [Int](repeating: bytes.count, count: 256)
    for (i, b) in bytes.dropLast().enumerated() { skip[Int(b)] = bytes.count - 1 - i }
    self.skip = skip
  }

  func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    guard n <= hay.count else { return false }
    return bytes.withUnsafeBufferPointer { needle in
      skip.withUnsafeBufferPointer { skip in
        var i = 0
        while i <= hay.count - n {
          let last = hay[i + n - 1]
          if last == needle[n - 1], memcmp(hay.baseAddress! + i, needle.baseAddress!, n - 1) == 0 { return true }
          i += skip[Int(last)]
        }
        return false
      }
    }
  }
}
