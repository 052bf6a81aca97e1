import GRDB

/// A working note a clerk leaves on a file. Notes are internal to the office: they are not facts
/// of spec section 1, so they are neither screened nor exported. Append-only, like the audit log.
public struct FileNote: Sendable, Equatable {
  public var at: String
  public var author: String
  public var text: String
}

extension Schema {
  static func createFileNotes(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE file_note (
          id INTEGER PRIMARY KEY,
          case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
          at TEXT NOT NULL,
          author TEXT NOT NULL,
          text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 4000)
        );
        CREATE INDEX file_note_case ON file_note (case_id, id);
        CREATE TRIGGER file_note_no_update BEFORE UPDATE ON file_note
          BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
        """)
  }
}

extension AppDatabase {
  /// Adds a note to a file and records it in the audit log.
  public func addNote(fileNo: String, text: String, actor: String) async throws {
    let stamp = timestamp()
    try await writing { db in
      guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM case_file WHERE file_no = ?", arguments: [fileNo]) else {
        throw StoreError.notFound(fileNo: fileNo)
      }
      try db.execute(
        sql: "INSERT INTO file_note (case_id, at, author, text) VALUES (?,?,?,?)", arguments: [id, stamp, actor, text])
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: "note", fileNo: fileNo)
    }
  }

  /// The notes of a file, newest first. Call after the audited read of the file.
  public func notes(fileNo: String) async throws -> [FileNote] {
    try await reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT n.at, n.author, n.text FROM file_note n JOIN case_file c ON c.id = n.case_id
          WHERE c.file_no = ? ORDER BY n.id DESC
          """, arguments: [fileNo]
      ).map { FileNote(at: $0[0], author: $0[1], text: $0[2]) }
    }
  }
}
