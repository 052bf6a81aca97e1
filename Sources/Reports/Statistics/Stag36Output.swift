import Foundation

extension Stag36Survey {
  /// The record layout (UNVERIFIED: the statistical offices' delivery format could not be
  /// confirmed; see reports/README.md): one CSV per survey, `;`-separated, UTF-8, a header line,
  /// one record a line, the report year first; the place of residence as its official
  /// municipality key (AGS) where configured, else its name; "ohne Angabe" where a feature is missing.
  public func recordsCSV(_ kind: Kind) -> String {
    let fields = Self.fields(kind)
    // Each distinct value escaped once; a record is then its codes' fields.
    let texts = fields.map { f in values[f.rawValue].texts.map { Self.field($0 ?? "ohne Angabe") } }
    let codes = self.codes[kind] ?? []
    let yearField = Self.field(String(year))
    var out = (["berichtsjahr"] + fields.map(\.name)).joined(separator: ";") + "\r\n"
    out.reserveCapacity(codes.count / Feature.width * 64)
    for start in stride(from: 0, to: codes.count, by: Feature.width) {
      out += yearField
      for (j, f) in fields.enumerated() {
        out += ";"
        out += texts[j][Int(codes[start + f.rawValue])]
      }
      out += "\r\n"
    }
    return out
  }

  static func field(_ s: String) -> String {
    // No formulas in CSV: a leading =, +, -, @ is quoted with an apostrophe.
    var v = s
    if let c = v.first, "=+-@".contains(c) { v = "'" + v }
    return v.contains(";") || v.contains("\"") ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
  }

  /// Summary tables for management: per survey the records by each feature's value (birth
  /// years in decades of birth, years in Germany in bands), and the completeness check.
  public func summary() -> ReportDocument {
    var sections: [ReportDocument.Section] = []
    for kind in Kind.allCases {
      let codes = self.codes[kind] ?? []
      sections.append(.init(
        id: kind.rawValue + "-total", title: kind.title + " \(year)",
        table: .init(columns: ["Merkmal", "Datensätze"], rows: [[.text("insgesamt"), .count(count(kind))]])))
      for feature in Self.fields(kind) where feature != .residence || kind == .naturalizations {
        // Records per code, then per (grouped) value.
        var perCode = [Int](repeating: 0, count: values[feature.rawValue].texts.count)
        for start in stride(from: 0, to: codes.count, by: Feature.width) { perCode[Int(codes[start + feature.rawValue])] += 1 }
        var counts: [String: Int] = [:]
        for (code, n) in perCode.enumerated() where n > 0 {
          let v = values[feature.rawValue][UInt32(code)].map { Self.group(feature.name, $0) } ?? "ohne Angabe"
          if feature == .nationalities, v != "ohne Angabe" {
            for code in v.split(separator: "|") { counts[String(code), default: 0] += n }
          } else {
            counts[v, default: 0] += n
          }
        }
        let rows = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { [Cell.text($0.key), .count($0.value)] }
        let name = Self.featureNames[feature.name] ?? feature.name
        sections.append(.init(
          id: kind.rawValue + "-" + feature.name, title: kind.title + ": " + name, table: .init(columns: [name, "Datensätze"], rows: rows)))
      }
    }
    sections.append(keySection())
    sections.append(.init(
      id: "completeness", title: "Vollständigkeit: Datensätze ohne Angabe je Merkmal",
      notes: ["\(gapCount) Akten sind zu ergänzen (Liste mit `--part gaps`, nur für die Sachbearbeitung)."],
      table: .init(
        columns: ["Merkmal"] + Kind.allCases.map(\.rawValue),
        rows: Array(Set(Kind.allCases.flatMap(Self.features))).sorted().map { f in
          [.text(Self.featureNames[f] ?? f)] + Kind.allCases.map { k in
            Self.features(k).contains(f) ? .count(missing(k).first { $0.feature == f }?.count ?? 0) : .text("–")
          }
        })))
    return ReportDocument(name: "stag36-\(year)", title: "Statistik nach § 36 StAG, Berichtsjahr \(year)", subtitle: "EBH", language: .de, sections: sections)
  }

  /// The places of residence given by name, not by their official municipality key.
  func keySection() -> ReportDocument.Section {
    let rows = withoutKey.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { [Cell.text($0.key), .count($0.value)] }
    let note = rows.isEmpty
      ? "Jeder Wohnort ist mit seinem Amtlichen Gemeindeschlüssel (8 Ziffern) angegeben."
      : "Für diese Gemeinden nennt die Konfiguration keinen Amtlichen Gemeindeschlüssel (municipalities: key); ihre Datensätze nennen den Namen."
    return .init(
      id: "municipality-keys", title: "Vollständigkeit: Wohnorte ohne Amtlichen Gemeindeschlüssel", notes: [note],
      table: .init(columns: ["Gemeinde", "Datensätze"], rows: rows))
  }

  /// Birth years by decade, years in Germany in bands; other values as they are.
  static func group(_ feature: String, _ value: String) -> String {
    guard let n = Int(value) else { return value }
    switch feature {
    case "birth_year": return "\(n / 10 * 10)–\(n / 10 * 10 + 9)"
    case "years_in_germany":
      switch n {
      case ..<5: return "unter 5 Jahre"
      case 5..<8: return "5 bis unter 8 Jahre"
      case 8..<10: return "8 bis unter 10 Jahre"
      case 10..<15: return "10 bis unter 15 Jahre"
      case 15..<20: return "15 bis unter 20 Jahre"
      default: return "20 Jahre und mehr"
      }
    default: return value
    }
  }

  /// The files to complete: file number and the missing features (office-internal).
  public func gapsCSV() -> String {
    "aktenzeichen;fehlende_merkmale\r\n" + gaps.map { Self.field($0.fileNo) + ";" + $0.missing.map { Self.featureNames[$0] ?? $0 }.joined(separator: ", ") + "\r\n" }.joined()
  }

  /// Everything as JSON: `part` survey (records), summary (counts), gaps (files to complete).
  public func json(part: String) -> String {
    var root = JSONRoot(year: year)
    if part == "all" || part == "summary" {
      root.completeness = Dictionary(uniqueKeysWithValues: Kind.allCases.map { k in
        (k.rawValue, JSONRoot.Completeness(
          records: count(k), without: Dictionary(uniqueKeysWithValues: missing(k).map { ($0.feature, $0.count) })))
      })
      root.filesToComplete = .count(gapCount)
      root.municipalitiesWithoutKey = withoutKey
    }
    if part == "gaps" { root.filesToComplete = .files(gaps.map { .init(fileNo: $0.fileNo, missing: $0.missing) }) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = (try? encoder.encode(root)) ?? Data()
    let text = String(decoding: data, as: UTF8.self)
    guard part == "all" || part == "survey", let year = text.range(of: "\"year\":", options: .backwards) else { return text }
    // The records (most of the output) are written directly, in the form JSONSerialization gives
    // (keys sorted, `/` escaped), and placed where "surveys" sorts: just before "year".
    return String(text[..<year.lowerBound]) + "\"surveys\":" + surveysJSON() + "," + String(text[year.lowerBound...])
  }

  /// The JSON besides the records.
  struct JSONRoot: Encodable {
    struct Completeness: Encodable {
      let records: Int
      let without: [String: Int]
    }
    struct FileToComplete: Encodable {
      let fileNo: String
      let missing: [String]
      enum CodingKeys: String, CodingKey { case fileNo = "file_no", missing }
    }
    /// A count in the summary, the files themselves in `gaps`.
    enum Files: Encodable {
      case count(Int)
      case files([FileToComplete])

      func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .count(let n): try c.encode(n)
        case .files(let f): try c.encode(f)
        }
      }
    }

    var statistic = "stag36"
    let year: Int
    var completeness: [String: Completeness]?
    var filesToComplete: Files?
    var municipalitiesWithoutKey: [String: Int]?
    enum CodingKeys: String, CodingKey {
      case statistic, year, completeness, filesToComplete = "files_to_complete", municipalitiesWithoutKey = "municipalities_without_key"
    }
  }

  /// `{"abs2":[{...},...],"abs2a":[...],"abs2b":[...]}` with each record's features in sorted order.
  func surveysJSON() -> String {
    var out = "{"
    for (i, k) in Kind.allCases.enumerated() {
      if i > 0 { out += "," }
      out += "\"" + k.rawValue + "\":["
      let fields = Self.fields(k).sorted { $0.name < $1.name }
      // Each distinct value written once, with its key: `"birth_year":"1990"`.
      let texts = fields.enumerated().map { j, f in
        values[f.rawValue].texts.map { (j == 0 ? "{" : ",") + "\"" + f.name + "\":" + ($0.map(Self.jsonString) ?? "null") }
      }
      let codes = self.codes[k] ?? []
      out.reserveCapacity(out.utf8.count + codes.count / Feature.width * 160)
      for start in stride(from: 0, to: codes.count, by: Feature.width) {
        if start > 0 { out += "," }
        for (j, f) in fields.enumerated() { out += texts[j][Int(codes[start + f.rawValue])] }
        out += "}"
      }
      out += "]"
    }
    return out + "}"
  }

  /// A JSON string as JSONSerialization writes it: quotes, backslash, `/` and control characters escaped.
  static func jsonString(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "/": out += "\\/"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
      default: out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }
}
