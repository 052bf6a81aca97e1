import CaseModel
import Foundation
import GRDB

/// Everything stored about the person of one file, for a data-subject request (DSGVO Art. 15):
/// the file's complete facts as stored, its notes, its referrals with every step, the stored
/// screenings, and who read or changed it when (the audit log). Making it is itself audited.
public struct PersonReport: Sendable, Encodable {
  public struct Note: Sendable, Encodable { public var at, author, text: String }
  public struct ReferralStep: Sendable, Encodable {
    public var at, actor, action: String
    public var toState: String
    public var note: String?
    public var facts: String?
    enum CodingKeys: String, CodingKey { case at, actor, action, toState = "to_state", note, facts }
  }
  public struct Referral: Sendable, Encodable {
    public var id: Int64
    public var municipality, state, createdAt: String
    public var note: String?
    public var gaps: [String]
    public var steps: [ReferralStep]
    enum CodingKeys: String, CodingKey { case id, municipality, state, createdAt = "created_at", note, gaps, steps }
  }
  public struct Screening: Sendable, Encodable {
    public var route, asOf, verdict: String
    public var openFindings: String
    enum CodingKeys: String, CodingKey { case route, asOf = "as_of", verdict, openFindings = "open_findings" }
  }

  public var fileNo: String
  public var madeAt: String
  /// The stored case file (spec section 1), as JSON text.
  public var facts: String
  public var version: Int
  public var createdAt, updatedAt: String
  public var anonymisedOn: String?
  public var notes: [Note]
  public var referrals: [Referral]
  public var screenings: [Screening]
  public var audit: [AuditEntry]

  enum CodingKeys: String, CodingKey {
    case fileNo = "file_no", madeAt = "made_at", facts, version, createdAt = "created_at", updatedAt = "updated_at"
    case anonymisedOn = "anonymised_on", notes, referrals, screenings, audit
  }
}

extension AppDatabase {
  /// The report for one file, or nil when there is no such file. Records a `person-report` audit
  /// entry in the same transaction (it is a read of everything).
  public func personReport(fileNo: String, actor: String) async throws -> PersonReport? {
    let stamp = timestamp()
    return try await writing { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT id, facts, version, created_at, updated_at, anonymised_on FROM case_file WHERE file_no = ?",
          arguments: [fileNo])
      else { return nil }
      let id: Int64 = row[0]
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: "person-report", fileNo: fileNo)
      let notes = try Row.fetchAll(db, sql: "SELECT at, author, text FROM file_note WHERE case_id = ? ORDER BY id", arguments: [id])
        .map { PersonReport.Note(at: $0[0], author: $0[1], text: $0[2]) }
      var referrals: [PersonReport.Referral] = []
      for r in try Row.fetchAll(
        db, sql: "SELECT id, municipality, state, created_at, note FROM referral WHERE case_id = ? ORDER BY id", arguments: [id])
      {
        let rid: Int64 = r[0]
        let gaps = try String.fetchAll(db, sql: "SELECT rule FROM referral_gap WHERE referral_id = ? ORDER BY rule", arguments: [rid])
        let steps = try Row.fetchAll(
          db, sql: "SELECT at, actor, action, to_state, note, facts FROM referral_event WHERE referral_id = ? ORDER BY id",
          arguments: [rid]
        ).map { PersonReport.ReferralStep(at: $0[0], actor: $0[1], action: $0[2], toState: $0[3], note: $0[4], facts: $0[5]) }
        referrals.append(.init(id: rid, municipality: r[1], state: r[2], createdAt: r[3], note: r[4], gaps: gaps, steps: steps))
      }
      let screenings = try Row.fetchAll(
        db, sql: "SELECT route, as_of, verdict, open_findings FROM screening WHERE case_id = ? ORDER BY route", arguments: [id]
      ).map { PersonReport.Screening(route: $0[0], asOf: $0[1], verdict: $0[2], openFindings: $0[3]) }
      let audit = try Row.fetchAll(
        db, sql: "SELECT at, actor, action, file_no, detail FROM audit_log WHERE file_no = ? ORDER BY id", arguments: [fileNo]
      ).map { AuditEntry(at: $0[0], actor: $0[1], action: $0[2], fileNo: $0[3], detail: $0[4]) }
      return PersonReport(
        fileNo: fileNo, madeAt: stamp, facts: row[1], version: row[2], createdAt: row[3], updatedAt: row[4],
        anonymisedOn: row[5], notes: notes, referrals: referrals, screenings: screenings, audit: audit)
    }
  }
}

extension PersonReport {
  /// The report as JSON (the stored facts embedded as an object).
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let text = String(decoding: try encoder.encode(self), as: UTF8.self)
    // `facts` is JSON already: put it in as an object rather than as an escaped string.
    let quoted = String(decoding: try encoder.encode([facts]), as: UTF8.self).dropFirst(1).dropLast(1)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return text.replacingOccurrences(of: "\"facts\" : " + quoted, with: "\"facts\" : " + facts)
  }

  /// One printable, self-contained HTML page (German headings), every value escaped.
  public func html() -> String {
    func e(_ s: String?) -> String {
      (s ?? "").replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
    var h = """
      <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Auskunft Art. 15 DSGVO – \(e(fileNo))</title>
      <style>body{font:11pt/1.4 sans-serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}pre{white-space:pre-wrap;font-size:9pt}h2{margin-top:1.5em}@media print{h2{page-break-after:avoid}}</style>
      </head><body><h1>Auskunft nach Art. 15 DSGVO</h1>
      <p>Akte <b>\(e(fileNo))</b> · erstellt \(e(madeAt)) · Version \(version) · angelegt \(e(createdAt)) · geändert \(e(updatedAt))\(anonymisedOn.map { " · anonymisiert am " + e($0) } ?? "")</p>
      <h2>Gespeicherte Angaben</h2><pre>\(e(facts))</pre>
      <h2>Vermerke (\(notes.count))</h2><table><tr><th>Zeit</th><th>Von</th><th>Text</th></tr>
      """
    for n in notes { h += "<tr><td>\(e(n.at))</td><td>\(e(n.author))</td><td>\(e(n.text))</td></tr>" }
    h += "</table><h2>Übergaben an das Fallmanagement (\(referrals.count))</h2>"
    for r in referrals {
      h += "<h3>Übergabe \(r.id): \(e(r.municipality)), \(e(r.state)), seit \(e(r.createdAt))</h3><p>Lücken: \(e(r.gaps.joined(separator: ", ")))\(r.note.map { "<br>Vermerk: " + e($0) } ?? "")</p>"
      h += "<table><tr><th>Zeit</th><th>Von</th><th>Schritt</th><th>Stand</th><th>Vermerk</th><th>Erfasste Angaben</th></tr>"
      for s in r.steps {
        h += "<tr><td>\(e(s.at))</td><td>\(e(s.actor))</td><td>\(e(s.action))</td><td>\(e(s.toState))</td><td>\(e(s.note))</td><td>\(e(s.facts))</td></tr>"
      }
      h += "</table>"
    }
    h += "<h2>Gespeicherte Prüfergebnisse</h2><table><tr><th>Weg</th><th>Stand</th><th>Ergebnis</th><th>Offene Punkte</th></tr>"
    for s in screenings {
      h += "<tr><td>\(e(s.route))</td><td>\(e(s.asOf))</td><td>\(e(s.verdict))</td><td>\(e(s.openFindings))</td></tr>"
    }
    h += "</table><h2>Wer hat die Akte wann gelesen oder geändert (Protokoll, \(audit.count))</h2><table><tr><th>Zeit</th><th>Wer</th><th>Was</th><th>Einzelheiten</th></tr>"
    for a in audit { h += "<tr><td>\(e(a.at))</td><td>\(e(a.actor))</td><td>\(e(a.action))</td><td>\(e(a.detail))</td></tr>" }
    return h + "</table></body></html>\n"
  }
}
