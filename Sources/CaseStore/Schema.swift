import GRDB

/// The database schema as append-only migrations. Never edit a shipped migration; add a new one.
///
/// A case file is stored twice over, on purpose: `case_file.facts` holds the complete canonical
/// JSON of spec section 1 (so nothing is ever dropped and unknown facts stay unknown), and the
/// columns beside it plus `status_event` hold what queries filter, sort and count on (triage queue,
/// reports). Both are written together by `CaseFileWrites`, the only code that writes case files.
enum Schema {
  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1-case-register") { db in try createCaseRegister(db) }
    m.registerMigration("v2-accounts") { db in try createAccounts(db) }
    m.registerMigration("v3-triage-index") { db in try createTriageIndex(db) }
    m.registerMigration("v4-file-notes") { db in try createFileNotes(db) }
    m.registerMigration("v5-report-indexes") { db in try createReportIndexes(db) }
    m.registerMigration("v6-referrals") { db in try createReferrals(db) }
    m.registerMigration("v7-abh-mentions") { db in try createABHMentions(db) }
    m.registerMigration("v8-hardening") { db in try createHardening(db) }
    m.registerMigration("v11-operations") { db in try createOperations(db) }
    m.registerMigration("v12-published-reports") { db in try createPublishedReports(db) }
    m.registerMigration("v13-search") { db in try createSearch(db) }
    m.registerMigration("v14-clerkb-queue-indexes") { db in try createPermitEnd(db) }
    m.registerMigration("v14-reports-municipality") { db in try createReportsMunicipality(db) }
    m.registerMigration("v15-report-file") { db in try createReportFile(db) }
    return m
  }

  static let statuses =
    "'received','documents_requested','in_review','suspended','decision_pending','granted','refused','withdrawn'"
  static let verdicts = "'eligible','gaps','incomplete','review','suspended','excluded'"

  static func createCaseRegister(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE case_file (
          id INTEGER PRIMARY KEY,
          file_no TEXT NOT NULL UNIQUE CHECK (length(file_no) > 0),
          office TEXT NOT NULL CHECK (office IN ('EBH','ABH')),
          route TEXT,
          status TEXT NOT NULL CHECK (status IN (\(statuses))),
          is_open INTEGER NOT NULL CHECK (is_open IN (0,1)),
          received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
          decided_on TEXT,
          closed_on TEXT,
          team TEXT CHECK (team IN ('kim','regular')),
          clerk TEXT,
          municipality TEXT,
          family_name TEXT NOT NULL,
          given_names TEXT,
          birth_date TEXT,
          follow_up_on TEXT,
          facts TEXT NOT NULL, -- canonical JSON, written only by JSONWriter (a json_valid CHECK cost 30 % of import time)
          version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          -- summary of the stored screening (table screening), for the triage queue
          verdict TEXT CHECK (verdict IN (\(verdicts))),
          -- the triage group: the verdict, with gaps split by who can close them (QueueGroup)
          queue_group TEXT,
          verdict_route TEXT,
          eligible_on TEXT,
          gap_rules TEXT,
          screened_as_of TEXT,
          ruleset_version TEXT
        );
        -- The triage queue reads through the covering index of migration v3 (Schema+Triage.swift).
        CREATE INDEX case_file_follow_up ON case_file (office, follow_up_on) WHERE follow_up_on IS NOT NULL;
        CREATE INDEX case_file_name ON case_file (family_name COLLATE NOCASE);

        -- the status history of every file: drives the throughput reports
        CREATE TABLE status_event (
          case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
          seq INTEGER NOT NULL,
          at TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN (\(statuses))),
          by TEXT,
          PRIMARY KEY (case_id, seq)
        ) WITHOUT ROWID;

        -- one screening per file and route, with the as-of date and the rule-set version
        CREATE TABLE screening (
          case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
          route TEXT NOT NULL,
          as_of TEXT NOT NULL,
          ruleset_version TEXT NOT NULL,
          verdict TEXT NOT NULL CHECK (verdict IN (\(verdicts))),
          eligible_on TEXT,
          -- findings other than met / not applicable, compact: RULE=outcome/fix@until;...
          -- (the full screening with reasons is recomputed from facts, as_of and rule set)
          open_findings TEXT NOT NULL,
          PRIMARY KEY (case_id, route)
        ) WITHOUT ROWID;

        -- who read or changed which file, when; never updated or deleted
        CREATE TABLE audit_log (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          file_no TEXT,
          detail TEXT
        );
        CREATE INDEX audit_log_file ON audit_log (file_no, at);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

        -- small key-value settings, e.g. the rule-set version last used for screening
        CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """)
  }
}
