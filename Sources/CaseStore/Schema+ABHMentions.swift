import GRDB

extension Schema {
  /// The partial index `case_file_abh` of migration v5 decided membership with two `instr` calls
  /// over each row's facts JSON, run on every insert and update: about 100,000 instructions per
  /// file, a third of an import's writing. The writer now records the same fact in a column
  /// (`mentions_104c`: the facts JSON mentions `"permit_104c"` or `"followup_application_on"`,
  /// exactly what the `instr` terms asked), and the index is rebuilt on it.
  static func createABHMentions(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE case_file ADD COLUMN mentions_104c INTEGER NOT NULL DEFAULT 0 CHECK (mentions_104c IN (0,1));
        UPDATE case_file SET mentions_104c = 1
          WHERE instr(facts, '"permit_104c"') > 0 OR instr(facts, '"followup_application_on"') > 0;
        DROP INDEX case_file_abh;
        CREATE INDEX case_file_abh ON case_file (office, is_open) WHERE mentions_104c = 1;
        """)
  }
}
