import CaseModel

/// The JSON of one screening, exactly the keys of spec section 4 plus extensions
/// (`eligible_until`, `best_route`, `ruleset_version`, per finding `deadline`, `reason_de`,
/// `documents`, `legal_review_pending`). One line, no trailing newline.
public enum ScreeningJSON {
  public static func encode(_ s: Screening) -> String {
    var o = "{\"file_no\":" + quote(s.fileNo) + ",\"route\":" + quote(s.route.rawValue)
    o += ",\"as_of\":\"" + s.asOf.iso + "\",\"verdict\":\"" + s.verdict.rawValue + "\""
    o += ",\"eligible_on\":" + (s.eligibleOn.map { "\"" + $0.iso + "\"" } ?? "null")
    o += ",\"eligible_until\":" + (s.eligibleUntil.map { "\"" + $0.iso + "\"" } ?? "null")
    if let b = s.bestRoute { o += ",\"best_route\":\"" + b.rawValue + "\"" }
    o += ",\"ruleset_version\":\"" + s.rulesetVersion + "\",\"findings\":["
    for (i, f) in s.findings.enumerated() {
      if i > 0 { o += "," }
      o += "{\"rule\":" + quote(f.rule) + ",\"outcome\":\"" + f.outcome.rawValue + "\""
      if let fix = f.fix { o += ",\"fix\":\"" + fix.rawValue + "\"" }
      if let u = f.until { o += ",\"until\":\"" + u.iso + "\"" }
      if let d = f.deadline { o += ",\"deadline\":\"" + d.iso + "\"" }
      o += ",\"citation\":" + quote(f.citation) + ",\"reason\":" + quote(f.reasonEN)
      o += ",\"reason_de\":" + quote(f.reasonDE)
      if !f.documents.isEmpty { o += ",\"documents\":[" + f.documents.map(quote).joined(separator: ",") + "]" }
      if f.legalReviewPending { o += ",\"legal_review_pending\":true" }
      o += "}"
    }
    return o + "]}"
  }

  static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 {
          let h = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
