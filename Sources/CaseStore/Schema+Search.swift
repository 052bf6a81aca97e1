import GRDB

extension Schema {
  /// `case_file.search_text`: names and file number folded for search (see `SearchKey`), written
  /// by `CaseFileWrites` with every file and filled here for the files stored before. The index
  /// holds the folded text per office, so a search scans the small index, never the facts JSON.
  static func createSearch(_ db: Database) throws {
    try db.execute(sql: "ALTER TABLE case_file ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    let rows = try Row.fetchCursor(db, sql: "SELECT id, file_no, family_name, given_names FROM case_file")
    let update = try db.makeStatement(sql: "UPDATE case_file SET search_text = ? WHERE id = ?")
    while let row = try rows.next() {
      let text = SearchKey.stored(fileNo: row[1], familyName: row[2], givenNames: row[3])
      try update.execute(arguments: [text, row[0] as Int64])
    }
    try db.execute(sql: "CREATE INDEX case_file_search ON case_file (office, search_text)")
  }
}
