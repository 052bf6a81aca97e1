import CaseModel
import GRDB

extension Schema {
  /// v15: the reports within 200 ms over a million status events (issue 16).
  ///
  /// - `report_file`: one row per file with its compact status history and the § 36 StAG
  ///   features (`ReportFile`), written by the writer with the file. The flow reports read one
  ///   small row per file instead of every `status_event` row (1,015,013 rows for 270,000 files),
  ///   the statistics no longer parse the facts JSON of 70,000 files. Filled here from the rows
  ///   the reports read until now: the histories exactly as `HistoryLoader.loadFromEvents` reads
  ///   them, the features with the `json_extract` expressions the statistics used.
  /// - `case_file_abh_dates` replaces `case_file_abh`: the same files (those mentioning § 104c),
  ///   with the permit's end and the follow-up application's day as indexed expressions, so the
  ///   abh report reads them from the index instead of parsing each file's JSON.
  /// - `case_file_closing` replaces `case_file_history` (which only the history loader and the
  ///   forecast's clerk count read): the clerks who closed files in a window are a range of it.
  static func createReportFile(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE report_file (
          office TEXT NOT NULL,
          case_id INTEGER NOT NULL,
          history BLOB NOT NULL,
          file_no TEXT NOT NULL,
          route TEXT,
          birth_date TEXT,
          sex TEXT,
          marital_status TEXT,
          municipality TEXT,
          nationalities TEXT,
          first_stay TEXT,
          handover_on TEXT,
          PRIMARY KEY (office, case_id)
        ) WITHOUT ROWID;
        CREATE TRIGGER case_file_report_file_delete AFTER DELETE ON case_file
        BEGIN
          DELETE FROM report_file WHERE office = OLD.office AND case_id = OLD.id;
        END;
        """)
    for office in Office.allCases {
      let rows = try HistoryLoader.loadFromEvents(db, office: office).map { h -> [SQLValue] in
        [.text(office.rawValue), .int(h.id), .blob(ReportHistory.blob(h)), .text(""), .null, .null, .null, .null, .null, .null, .null, .null]
      }
      try ReportFile.inserter.insert(rows, db: db)
    }
    try db.execute(
      sql: """
        UPDATE report_file SET (file_no, route, birth_date, sex, marital_status, municipality, nationalities, first_stay, handover_on) = (
          SELECT c.file_no, c.route, json_extract(c.facts, '$.person.birth_date'), json_extract(c.facts, '$.person.sex'),
            json_extract(c.facts, '$.person.marital_status'), json_extract(c.facts, '$.person.municipality'),
            json_extract(c.facts, '$.person.nationalities'),
            (SELECT MIN(json_extract(s.value, '$.from')) FROM json_each(c.facts, '$.stays') s),
            json_extract(c.facts, '$.certificate_handover_on')
          FROM case_file c WHERE c.id = report_file.case_id);
        DROP INDEX case_file_abh;
        CREATE INDEX case_file_abh_dates ON case_file (office, is_open, json_extract(facts, '$.permit_104c.to'),
          json_extract(facts, '$.followup_application_on'), municipality) WHERE mentions_104c = 1;
        DROP INDEX case_file_history;
        CREATE INDEX case_file_closing ON case_file (office, closed_on, clerk, municipality) WHERE closed_on IS NOT NULL;
        """)
  }
}
