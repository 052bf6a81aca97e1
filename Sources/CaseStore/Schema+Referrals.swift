import GRDB

extension Schema {
  static let referralStates =
    "'proposed','sent','accepted','declined','in_progress','resolved','returned','withdrawn'"
  static let referralActions = "'propose','send','accept','decline','progress','resolve','return','withdraw','seen'"

  /// The referral bridge (module 3 -> module 2 and back). A referral names a file, the
  /// municipality whose case management works on it, and the gaps it carries (a copy of the
  /// findings' reasons and documents as they stood when it was made); its events are its history.
  /// Personal data is never copied here: the case manager's view reads name and contact from the
  /// file at the moment of reading, and only while the person's consent is valid.
  /// Referrals are never deleted (no cascade), and their events are append-only.
  static func createReferrals(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE referral (
          id INTEGER PRIMARY KEY,
          case_id INTEGER NOT NULL REFERENCES case_file(id),
          office TEXT NOT NULL CHECK (office IN ('EBH','ABH')),
          municipality TEXT NOT NULL CHECK (length(municipality) > 0),
          state TEXT NOT NULL CHECK (state IN (\(referralStates))),
          -- proposed, sent, accepted or in progress: someone still has to act
          is_open INTEGER NOT NULL CHECK (is_open IN (0,1)),
          note TEXT,
          due_on TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
          created_at TEXT NOT NULL,
          created_by TEXT NOT NULL,
          -- days (YYYY-MM-DD) of the milestones, for the reports
          sent_on TEXT,
          accepted_on TEXT,
          closed_on TEXT,
          -- set when case management resolved or returned it: the file is marked in the clerk's
          -- queue until the clerk has seen it (clerk_seen_at)
          back_to_clerk_at TEXT,
          clerk_seen_at TEXT,
          version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
        );
        CREATE INDEX referral_inbox ON referral (municipality, state, due_on);
        CREATE INDEX referral_office ON referral (office, state, due_on);
        CREATE INDEX referral_case ON referral (case_id);

        -- the gaps a referral carries, as the screening named them when it was made
        CREATE TABLE referral_gap (
          referral_id INTEGER NOT NULL REFERENCES referral(id),
          rule TEXT NOT NULL,
          outcome TEXT NOT NULL CHECK (outcome IN ('gap','missing')),
          fix TEXT,
          citation TEXT,
          reason_de TEXT NOT NULL,
          reason_en TEXT NOT NULL,
          documents TEXT NOT NULL DEFAULT '', -- comma-separated ids of documents.yaml
          -- the day the re-screening after the referral's return found the rule met
          closed_on TEXT,
          PRIMARY KEY (referral_id, rule)
        ) WITHOUT ROWID;

        -- every step of a referral: who, when, from which state to which, with the note
        CREATE TABLE referral_event (
          id INTEGER PRIMARY KEY,
          referral_id INTEGER NOT NULL REFERENCES referral(id),
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL CHECK (action IN (\(referralActions))),
          from_state TEXT,
          to_state TEXT NOT NULL CHECK (to_state IN (\(referralStates))),
          note TEXT,
          -- on resolve: the facts recorded (JSON) and what changed for the clerk
          facts TEXT,
          changes TEXT
        );
        CREATE INDEX referral_event_referral ON referral_event (referral_id, id);
        CREATE TRIGGER referral_event_no_update BEFORE UPDATE ON referral_event
          BEGIN SELECT RAISE(ABORT, 'referral events are append-only'); END;
        CREATE TRIGGER referral_event_no_delete BEFORE DELETE ON referral_event
          BEGIN SELECT RAISE(ABORT, 'referral events are append-only'); END;
        """)
  }
}
