import CaseModel
import GRDB

/// A file a bulk referral would touch, read without writing: the stored file (nil when absent or
/// unreadable), its office, and whether the gap is already with case management. `Casework`
/// decides from it what referring would do (`previewReferrals`).
public struct ReferralCandidate: Sendable {
  public var fileNo: String
  public var office: String?
  public var file: CaseFile?
  public var referred: Bool
}

extension AppDatabase {
  /// The candidates of a bulk referral of `rule`, in the order of `fileNos` (500 per query).
  public func referralCandidates(rule: String, fileNos: [String]) async throws -> [ReferralCandidate] {
    try await reading { db in
      var rows: [ReferralCandidate] = []
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
          let row = byNo[fileNo]
          rows.append(ReferralCandidate(
            fileNo: fileNo, office: row?["office"], file: row.flatMap { try? Self.decodeStored($0["facts"], fileNo: fileNo) },
            referred: row?["referred"] ?? false))
        }
      }
      return rows
    }
  }
}
