import GRDB

/// What an administrator changes about an account in the browser beside the command line:
/// its role and the municipalities a case manager works for. Audited with the administrator's
/// name; the user's sessions keep working and see the new role with their next request.
extension AppDatabase {
  public func changeRole(userName: String, role: Role, municipalities: [String], actor: String) async throws {
    let places = municipalities.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    if role == .caseManager && places.isEmpty { throw AccountError.municipalityRequired }
    let kept = role == .caseManager ? places : []
    let stamp = timestamp()
    try await writing { db in
      let id = try Self.userId(db, userName)
      let old = try String.fetchOne(db, sql: "SELECT role FROM user WHERE id = ?", arguments: [id]) ?? "?"
      try db.execute(sql: "UPDATE user SET role = ? WHERE id = ?", arguments: [role.rawValue, id])
      try db.execute(sql: "DELETE FROM user_municipality WHERE user_id = ?", arguments: [id])
      for place in kept {
        try db.execute(
          sql: "INSERT OR IGNORE INTO user_municipality (user_id, municipality) VALUES (?,?)", arguments: [id, place])
      }
      let detail = "\(userName): \(old) → \(role.rawValue)" + (kept.isEmpty ? "" : " (\(kept.joined(separator: ", ")))")
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: "user-role", fileNo: nil, detail: detail)
    }
  }
}
