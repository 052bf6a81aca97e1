import CaseModel
import CaseStore

extension ReportMaker {
  /// A report of `reports/`: each data set its metrics read, made once in one read transaction
  /// (the histories, which several data sets share, loaded once or taken from `histories`; the
  /// data sets made from them alone on other threads, see `make(_:db:histories:)`).
  public static func make(
    _ definition: ReportDefinition, request: ReportRequest, store: AppDatabase, cover: ReportCover? = nil
  ) async throws -> DefinedReport {
    try await store.reportReads { db in try make(definition, request: request, db: db, cover: cover) }
  }

  public static func make(
    _ definition: ReportDefinition, request: ReportRequest, db: ReportReads, histories held: [FileHistory]? = nil, cover: ReportCover? = nil
  ) throws -> DefinedReport {
    let histories = SharedHistories(db: db, office: request.office)
    histories.loaded = held
    let sets = definition.dataSets.map { set -> (ReportName, ReportRequest) in
      var r = request
      if !set.supportsTeam { r.team = nil }  // the linter keeps the team filter off such reports
      if !set.supportsMunicipality { r.municipality = nil }
      return (set, r)
    }
    let data = try make(sets, db: db, histories: histories)
    return DefinedReport(definition: definition, request: request, data: data, cover: cover)
  }
}
