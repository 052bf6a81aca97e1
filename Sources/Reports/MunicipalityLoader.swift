import CaseModel
import Foundation
import GRDB

/// The municipality filter's reads: which files of an office belong to a municipality (by the
/// stored `municipality` column, read through the index `case_file_municipality`), and which
/// municipalities the data names. Only ids and names; the reports filter what they load by them.
public enum MunicipalityLoader {
  /// The row ids of the office's files of `municipality`.
  static func fileIDs(_ db: Database, office: Office, municipality: String) throws -> Set<Int64> {
    let statement = try db.cachedStatement(sql: "SELECT id FROM case_file WHERE office = ? AND municipality = ?")
    return Set(try Int64.fetchAll(statement, arguments: [office.rawValue, municipality]))
  }

  /// Every municipality named by a file of the office, sorted (for the filter's choices).
  public static func names(_ db: Database, office: Office) throws -> [String] {
    try String.fetchAll(
      db, sql: "SELECT DISTINCT municipality FROM case_file WHERE office = ? AND municipality IS NOT NULL AND municipality <> ''",
      arguments: [office.rawValue]
    ).sorted { $0.compare($1, locale: .init(identifier: "de_DE")) == .orderedAscending }
  }

  /// `names` with the configured ones first, then the others the data names, without doubles.
  public static func choices(configured: [String], inData: [String]) -> [String] {
    var seen = Set<String>()
    return (configured + inData).filter { seen.insert($0).inserted }
  }
}
