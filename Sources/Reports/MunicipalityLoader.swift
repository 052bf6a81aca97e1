import CaseModel
import CaseStore
import Foundation

/// The municipality filter's reads (through the store's `ReportReads`): which files of an office
/// belong to a municipality, and which municipalities the data names. Only ids and names; the
/// reports filter what they load by them.
public enum MunicipalityLoader {
  /// The row ids of the office's files of `municipality`.
  static func fileIDs(_ db: ReportReads, office: Office, municipality: String) throws -> Set<Int64> {
    try db.fileIDs(office: office, municipality: municipality)
  }

  /// Every municipality named by a file of the office, sorted (for the filter's choices).
  public static func names(_ db: ReportReads, office: Office) throws -> [String] {
    try db.municipalityNames(office: office).sorted { $0.compare($1, locale: .init(identifier: "de_DE")) == .orderedAscending }
  }

  /// `names` with the configured ones first, then the others the data names, without doubles.
  public static func choices(configured: [String], inData: [String]) -> [String] {
    var seen = Set<String>()
    return (configured + inData).filter { seen.insert($0).inserted }
  }
}
