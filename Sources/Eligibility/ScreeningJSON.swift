import CaseModel

/// The JSON of one screening, exactly the keys of spec section 4 plus extensions
/// (`eligible_until`, `best_route`, `ruleset_version`, per finding `deadline`, `reason_de`,
/// `documents`, `legal_review_pending`). One line, no trailing newline. Written straight into
/// bytes: this runs once per file in bulk screening.
public enum ScreeningJSON {
  public static func encode(_ s: Screening) -> String {
    var out: [UInt8] = []
    encode(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  public static func encode(_ s: Screening, into o: inout [UInt8]) {
    o.reserveCapacity(o.count + 256 + s.findings.count * 200)
    o.append(contentsOf: #"{"file_no":"#.utf8)
    quote(s.fileNo, &o)
    o.append(contentsOf: #","route":"#.utf8)
    quote(s.route.rawValue, &o)
    o.append(contentsOf: #","as_of":"#.utf8)
    day(s.asOf, &o)
    o.append(contentsOf: #","verdict":""#.utf8)
    o.append(contentsOf: s.verdict.rawValue.utf8)
    o.append(contentsOf: #"","eligible_on":"#.utf8)
    day(s.eligibleOn, &o)
    o.append(contentsOf: #","eligible_until":"#.utf8)
    day(s.eligibleUntil, &o)
    if let b = s.bestRoute {
      o.append(contentsOf: #","best_route":"#.utf8)
      quote(b.rawValue, &o)
    }
    o.append(contentsOf: #","ruleset_version":"#.utf8)
    quote(s.rulesetVersion, &o)
    o.append(contentsOf: #","findings":["#.utf8)
    for (i, f) in s.findings.enumerated() {
      if i > 0 { o.append(UInt8(ascii: ",")) }
      o.append(contentsOf: #"{"rule":"#.utf8)
      quote(f.rule, &o)
      o.append(contentsOf: #","outcome":""#.utf8)
      o.append(contentsOf: f.outcome.rawValue.utf8)
      o.append(UInt8(ascii: "\""))
      if let fix = f.fix {
        o.append(contentsOf: #","fix":""#.utf8)
        o.append(contentsOf: fix.rawValue.utf8)
        o.append(UInt8(ascii: "\""))
      }
      if let u = f.until {
        o.append(contentsOf: #","until":"#.utf8)
        day(u, &o)
      }
      if let d = f.deadline {
        o.append(contentsOf: #","deadline":"#.utf8)
        day(d, &o)
      }
      o.append(contentsOf: #","citation":"#.utf8)
      quote(f.citation, &o)
      o.append(contentsOf: #","reason":"#.utf8)
      quote(f.reasonEN, &o)
      o.append(contentsOf: #","reason_de":"#.utf8)
      quote(f.reasonDE, &o)
      if !f.documents.isEmpty {
        o.append(contentsOf: #","documents":["#.utf8)
        for (j, d) in f.documents.enumerated() {
          if j > 0 { o.append(UInt8(ascii: ",")) }
          quote(d, &o)
        }
        o.append(UInt8(ascii: "]"))
      }
      if f.legalReviewPending { o.append(contentsOf: #","legal_review_pending":true"#.utf8) }
      o.append(UInt8(ascii: "}"))
    }
    o.append(contentsOf: "]}".utf8)
  }

  /// A date as `"YYYY-MM-DD"`, or `null`.
  static func day(_ d: Day?, _ o: inout [UInt8]) {
    guard let d else {
      o.append(contentsOf: "null".utf8)
      return
    }
    let (y, m, dd) = d.components
    o.append(UInt8(ascii: "\""))
    o.append(UInt8(48 + y / 1000 % 10))
    o.append(UInt8(48 + y / 100 % 10))
    o.append(UInt8(48 + y / 10 % 10))
    o.append(UInt8(48 + y % 10))
    o.append(UInt8(ascii: "-"))
    o.append(UInt8(48 + m / 10))
    o.append(UInt8(48 + m % 10))
    o.append(UInt8(ascii: "-"))
    o.append(UInt8(48 + dd / 10))
    o.append(UInt8(48 + dd % 10))
    o.append(UInt8(ascii: "\""))
  }

  static func quote(_ s: String, _ o: inout [UInt8]) {
    o.append(UInt8(ascii: "\""))
    var copy = s
    copy.withUTF8 { buf in
      if !buf.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
        o.append(contentsOf: buf)
        return
      }
      for b in buf {
        switch b {
        case UInt8(ascii: "\""): o.append(contentsOf: #"\""#.utf8)
        case UInt8(ascii: "\\"): o.append(contentsOf: #"\\"#.utf8)
        case 0x0A: o.append(contentsOf: #"\n"#.utf8)
        case 0x0D: o.append(contentsOf: #"\r"#.utf8)
        case 0x09: o.append(contentsOf: #"\t"#.utf8)
        case 0..<0x20:
          let hex = Array("0123456789abcdef".utf8)
          o.append(contentsOf: #"\u00"#.utf8)
          o.append(hex[Int(b >> 4)])
          o.append(hex[Int(b & 15)])
        default: o.append(b)
        }
      }
    }
    o.append(UInt8(ascii: "\""))
  }

  static func quote(_ s: String) -> String {
    var o: [UInt8] = []
    quote(s, &o)
    return String(decoding: o, as: UTF8.self)
  }
}
