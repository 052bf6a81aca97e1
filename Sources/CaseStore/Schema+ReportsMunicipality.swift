import GRDB

extension Schema {
  /// v14: the reports' municipality filter. `case_file_municipality` lets a report find one
  /// municipality's files of an office (their ids, from the index alone) without reading the
  /// facts; published reports record the municipality they were limited to (NULL: all files).
  static func createReportsMunicipality(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX case_file_municipality ON case_file (office, municipality);
        ALTER TABLE published_report ADD COLUMN municipality TEXT;
        """)
  }
}
