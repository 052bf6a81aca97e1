import CaseModel
import Eligibility
import GRDB
import Referrals

/// What referring one gap of many files would do, read without writing (issue 13: a bulk
/// referral is confirmed with the count and the list before anything is sent). The same checks
/// as `ReferralWriter.create`: the file is the office's and open, the gap is referable today and
/// not already with case management; consent decides between sending and proposing.
public struct ReferralPreviewRow: Sendable {
  public enum Plan: Sendable { case send, propose, skip(ReferralError) }
  public var fileNo: String
  public var name: String
  public var plan: Plan
}

extension AppDatabase {
  public func previewReferrals(
    rule: String, fileNos: [String], office: Office, engine: ScreeningEngine, today: Day
  ) throws -> [ReferralPreviewRow] {
    try writer.read { db in
      var rows: [ReferralPreviewRow] = []
      for chunk in stride(from: 0, to: fileNos.count, by: 500).map({ Array(fileNos[$0..<min($0 + 500, fileNos.count)]) }) {
        let stored = try Row.fetchAll(
          db,
          sql: """
            SELECT c.id, c.file_no, c.office, c.facts,
              EXISTS (SELECT 1 FROM referral r JOIN referral_gap g ON g.referral_id = r.id
                      WHERE r.case_id = c.id AND r.is_open = 1 AND g.rule = ?) AS referred
            FROM case_file c WHERE c.file_no IN (\(chunk.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments([rule] + chunk))
        let byNo = Dictionary(stored.map { ($0["file_no"] as String, $0) }) { a, _ in a }
        for fileNo in chunk {
          guard let row = byNo[fileNo], row["office"] as String == office.rawValue,
            let file = try? Self.decodeStored(row["facts"], fileNo: fileNo)
          else {
            rows.append(ReferralPreviewRow(fileNo: fileNo, name: "", plan: .skip(.notFound("no file \(fileNo)"))))
            continue
          }
          let name = file.person.familyName + (file.person.givenNames.map { ", " + $0 } ?? "")
          rows.append(ReferralPreviewRow(fileNo: fileNo, name: name, plan: Self.plan(file, rule: rule, referred: row["referred"], engine: engine, today: today)))
        }
      }
      return rows
    }
  }

  static func plan(_ file: CaseFile, rule: String, referred: Bool, engine: ScreeningEngine, today: Day) -> ReferralPreviewRow.Plan {
    if file.status.isClosed { return .skip(.fileClosed(fileNo: file.fileNo)) }
    let referable = ReferableGaps.of(engine.screen(file, asOf: today), engine: engine)
    guard referable.contains(where: { $0.rule == rule }) else {
      return .skip(.invalid([FieldError(path: "rules", reason: "\(rule) is not a gap case management can work on in this file today")]))
    }
    if referred { return .skip(.alreadyReferred(rule: rule, referral: 0)) }
    if file.person.municipality == nil { return .skip(.invalid([FieldError(path: "municipality", reason: "required (the person has none recorded)")])) }
    return file.referralConsent(on: today) == nil ? .propose : .send
  }
}
