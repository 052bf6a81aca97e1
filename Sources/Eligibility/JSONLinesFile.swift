import Foundation

/// A JSON Lines file read a block of whole lines at a time: mapped into memory when it is a
/// regular file (no copy; the kernel reads ahead), otherwise (a pipe) read into one buffer that
/// is reused. Blocks end after a newline, or at the end of the file.
///
///     let file = try JSONLinesFile(path: path, blockBytes: 8 << 20)
///     while let block = try file.nextBlock() { ... }   // valid until the next call
final class JSONLinesFile {
  private let fd: Int32
  private let blockBytes: Int
  private var mapped: UnsafeRawBufferPointer?
  private var offset = 0
  private var buffer: UnsafeMutablePointer<UInt8>?
  private var capacity = 0
  private var filled = 0
  private var eof = false

  /// `map: false` reads even a regular file (the path pipes take).
  init(path: String, blockBytes: Int, map: Bool = true) throws {
    fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
    self.blockBytes = max(1, blockBytes)
    var info = stat()
    if map, fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
      let size = Int(info.st_size)
      if size == 0 {
        mapped = UnsafeRawBufferPointer(start: nil, count: 0)
      } else if let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED {
        _ = madvise(p, size, MADV_SEQUENTIAL)
        mapped = UnsafeRawBufferPointer(start: p, count: size)
      }
    }
  }

  deinit {
    if let m = mapped, let base = m.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), m.count) }
    buffer?.deallocate()
    close(fd)
  }

  /// The next block of whole lines (at least `blockBytes` unless the file ends), or nil at the end.
  func nextBlock() throws -> UnsafeBufferPointer<UInt8>? {
    if let m = mapped {
      guard offset < m.count else { return nil }
      let all = m.bindMemory(to: UInt8.self)
      let block = Self.leadingLines(of: UnsafeBufferPointer(rebasing: all[offset...]), atLeast: blockBytes)
      offset += block.count
      return block
    }
    return try readBlock()
  }

  /// The read path: keeps the bytes after the last newline of the previous block, then reads
  /// until the buffer holds a newline beyond `blockBytes` or the file ends.
  private func readBlock() throws -> UnsafeBufferPointer<UInt8>? {
    if offset > 0 {
      if let b = buffer { memmove(b, b + offset, filled - offset) }
      filled -= offset
      offset = 0
    }
    while !eof {
      if filled >= blockBytes, let b = buffer, memchr(b + blockBytes - 1, 0x0A, filled - blockBytes + 1) != nil { break }
      if filled == capacity {
        capacity = max(2 * capacity, blockBytes + (1 << 16))
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        if let b = buffer {
          grown.update(from: b, count: filled)
          b.deallocate()
        }
        buffer = grown
      }
      let n = read(fd, buffer! + filled, capacity - filled)
      if n < 0 {
        if errno == EINTR { continue }
        throw CocoaError(.fileReadUnknown)
      }
      if n == 0 { eof = true }
      filled += n
    }
    guard filled > 0, let b = buffer else { return nil }
    let block = Self.leadingLines(of: UnsafeBufferPointer(start: b, count: filled), atLeast: eof ? filled : blockBytes)
    offset = block.count
    return block
  }

  // MARK: - Lines in a buffer

  /// The first `atLeast` bytes extended to the end of their last line (through its newline), or
  /// everything if no newline follows.
  static func leadingLines(of buf: UnsafeBufferPointer<UInt8>, atLeast n: Int) -> UnsafeBufferPointer<UInt8> {
    guard n < buf.count, let base = buf.baseAddress else { return buf }
    guard let nl = memchr(base + max(n - 1, 0), 0x0A, buf.count - max(n - 1, 0)) else { return buf }
    return UnsafeBufferPointer(rebasing: buf[..<(base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1)])
  }

  /// `pieces + 1` offsets that cut `buf` into pieces of about equal size, each ending after a
  /// newline (or at the end); pieces may be empty.
  static func cuts(_ buf: UnsafeBufferPointer<UInt8>, pieces: Int) -> [Int] {
    var out = [0]
    for p in 1..<pieces {
      let start = max(out.last!, p * buf.count / pieces)
      out.append(start + leadingLines(of: UnsafeBufferPointer(rebasing: buf[start...]), atLeast: 1).count)
    }
    out.append(buf.count)
    return out.map { min($0, buf.count) }
  }
}
