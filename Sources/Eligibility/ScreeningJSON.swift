import CaseExchange
import CaseModel

/// The JSON of one screening, exactly the keys of spec section 4 plus extensions
/// (`eligible_until`, `best_route`, `ruleset_version`, per finding `deadline`, `reason_de`,
/// `documents`, `legal_review_pending`). One line, no trailing newline. Written straight into
/// bytes: this runs once per file in bulk screening.
public enum ScreeningJSON {
  public static func encode(_ s: Screening) -> String {
    let out = ByteBuffer(capacity: 4096)
    encode(s, into: out)
    return out.string
  }

  public static func encode(_ s: Screening, into o: inout [UInt8]) {
    let out = ByteBuffer(capacity: 4096)
    encode(s, into: out)
    o.append(contentsOf: out.bytes)
  }

  /// The bulk path: reasons are formatted straight into `o` (see `ReasonText`).
  public static func encode(_ s: Screening, into o: ByteBuffer) {
    o.append(#"{"file_no":"#)
    o.appendQuoted(s.fileNo)
    o.append(#","route":""#)
    o.append(contentsOf: s.route.rawValue)
    o.append(#"","as_of":"#)
    o.appendJSON(s.asOf)
    o.append(#","verdict":""#)
    o.append(contentsOf: s.verdict.rawValue)
    o.append(#"","eligible_on":"#)
    o.appendJSON(s.eligibleOn)
    o.append(#","eligible_until":"#)
    o.appendJSON(s.eligibleUntil)
    if let b = s.bestRoute {
      o.append(#","best_route":""#)
      o.append(contentsOf: b.rawValue)
      o.append(UInt8(ascii: "\""))
    }
    o.append(#","ruleset_version":"#)
    o.appendQuoted(s.rulesetVersion)
    o.append(#","findings":["#)
    for i in s.findings.indices {
      if i > 0 { o.append(UInt8(ascii: ",")) }
      finding(s.findings[i], o)
    }
    o.append("]}")
  }

  static func finding(_ f: Finding, _ o: ByteBuffer) {
    append(f.info.ruleJSON, o)  // {"rule":"ID","outcome":"
    o.append(contentsOf: f.outcome.rawValue)
    o.append(UInt8(ascii: "\""))
    if let fix = f.fix {
      o.append(#","fix":""#)
      o.append(contentsOf: fix.rawValue)
      o.append(UInt8(ascii: "\""))
    }
    if let u = f.until {
      o.append(#","until":"#)
      o.appendJSON(u)
    }
    if let d = f.deadline {
      o.append(#","deadline":"#)
      o.appendJSON(d)
    }
    append(f.info.citationJSON, o)  // ,"citation":"…","reason":"
    f.reasonTextEN.write(to: o, escaped: true)
    o.append(#"","reason_de":""#)
    f.reasonTextDE.write(to: o, escaped: true)
    o.append(UInt8(ascii: "\""))
    if f.showsDocuments { append(f.info.documentsJSON, o) }
    if f.legalReviewPending { o.append(#","legal_review_pending":true"#) }
    o.append(UInt8(ascii: "}"))
  }

  static func append(_ bytes: [UInt8], _ o: ByteBuffer) {
    bytes.withUnsafeBufferPointer { if let p = $0.baseAddress { o.append(p, count: $0.count) } }
  }

  static func quote(_ s: String) -> String {
    let out = ByteBuffer(capacity: s.utf8.count + 8)
    out.appendQuoted(s)
    return out.string
  }
}
