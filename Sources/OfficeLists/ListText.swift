/// The bytes of a list turned into UTF-8: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
/// "Unicode-Text"), else Windows-1252 (what German Excel writes for "CSV (Trennzeichen-getrennt)").
public enum ListEncoding: String, Sendable {
  case utf8 = "UTF-8", utf8BOM = "UTF-8 (BOM)", utf16 = "UTF-16", windows1252 = "Windows-1252"
}

/// A byte that no encoding we accept can hold, named by its line.
public struct ListTextError: Error, Sendable, CustomStringConvertible {
  public var line: Int
  public var message: String
  public var description: String { "line \(line): \(message)" }
}

public enum ListText {
  /// UTF-8 bytes of the text and the encoding they were read in. Text that is not valid UTF-8 is
  /// Windows-1252; its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are an error naming the
  /// line, since such a file is neither of the two and guessing would garble names.
  public static func decode(_ bytes: [UInt8]) throws -> (utf8: [UInt8], encoding: ListEncoding) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      let rest = Array(bytes.dropFirst(3))
      guard String(validating: rest, as: UTF8.self) != nil else {
        throw ListTextError(line: firstInvalidUTF8Line(rest), message: "the file starts with a UTF-8 mark but is not UTF-8 here")
      }
      return (rest, .utf8BOM)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return (try utf16(bytes, littleEndian: bytes[0] == 0xFF), .utf16)
    }
    if String(validating: bytes, as: UTF8.self) != nil { return (bytes, .utf8) }
    return (try windows1252(bytes), .windows1252)
  }

  static func windows1252(_ bytes: [UInt8]) throws -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 16)
    var line = 1
    for b in bytes {
      if b < 0x80 {
        if b == 0x0A { line += 1 }
        out.append(b)
        continue
      }
      let scalar: UInt32
      if b >= 0xA0 {
        scalar = UInt32(b)
      } else {
        let mapped = cp1252High[Int(b - 0x80)]
        guard mapped != 0 else {
          throw ListTextError(
            line: line,
            message: "byte 0x\(String(b, radix: 16, uppercase: true)) is not a character in Windows-1252 or UTF-8; save the list as \"CSV UTF-8\" and import again")
        }
        scalar = UInt32(mapped)
      }
      appendUTF8(scalar, to: &out)
    }
    return out
  }

  /// Windows-1252 0x80-0x9F; 0 marks the undefined bytes.
  static let cp1252High: [UInt16] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  static func utf16(_ bytes: [UInt8], littleEndian: Bool) throws -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = 2
    while i + 1 < bytes.count {
      let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    var out: [UInt8] = []
    var line = 1
    var iterator = units.makeIterator()
    var decoder = UTF16()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" { line += 1 }
        appendUTF8(scalar.value, to: &out)
      case .emptyInput: break loop
      case .error: throw ListTextError(line: line, message: "invalid UTF-16 text")
      }
    }
    return out
  }

  static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
    var line = 1
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
      if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
      line += 1
      start = i + 1
    }
    return line
  }

  static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    switch v {
    case 0..<0x80: out.append(UInt8(v))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
    default:
      out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
      out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
    }
  }
}
