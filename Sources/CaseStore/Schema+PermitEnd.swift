import GRDB

extension Schema {
  /// The ABH queue sorted by the end of the § 104c permit read `json_extract` over the facts JSON
  /// of every open ABH file (374 ms at 64,000 files). The end is now a column, kept by triggers
  /// whenever the facts are written (only files mentioning § 104c pay for it; no writer changes),
  /// with a partial index for the files that have one. And the closed files a search lists (most
  /// recently closed first, 20 of them) are read along an index in that order instead of sorting
  /// every closed file the search matches (31-76 ms for a one-letter search of the demo district).
  static func createPermitEnd(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE case_file ADD COLUMN permit_104c_end TEXT;
        UPDATE case_file SET permit_104c_end = json_extract(facts, '$.permit_104c.to') WHERE mentions_104c = 1;
        CREATE INDEX case_file_permit_end ON case_file (office, is_open, permit_104c_end) WHERE permit_104c_end IS NOT NULL;
        CREATE INDEX case_file_closed ON case_file (office, is_open, closed_on, id);
        CREATE TRIGGER case_file_permit_end_insert AFTER INSERT ON case_file WHEN NEW.mentions_104c = 1
        BEGIN
          UPDATE case_file SET permit_104c_end = json_extract(NEW.facts, '$.permit_104c.to') WHERE id = NEW.id;
        END;
        CREATE TRIGGER case_file_permit_end_update AFTER UPDATE OF facts ON case_file
          WHEN NEW.mentions_104c = 1 OR OLD.permit_104c_end IS NOT NULL
        BEGIN
          UPDATE case_file SET permit_104c_end =
            CASE WHEN NEW.mentions_104c = 1 THEN json_extract(NEW.facts, '$.permit_104c.to') END
          WHERE id = NEW.id;
        END;
        """)
  }
}
