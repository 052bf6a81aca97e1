import CaseModel
import CaseStore

extension ReportMaker {
  /// Makes a report and stores it as published (`AppDatabase.publishReport`): HTML, German and
  /// ISO CSV and JSON rendered from one reading of the database, kept unchanged from then on.
  public static func publish(
    _ definition: ReportDefinition, request: ReportRequest, store: AppDatabase, actor: String, language: Language = .de,
    cover: ReportCover? = nil
  ) async throws -> PublishedReport {
    try await store.publishReport(actor: actor) { db in
      let report = try make(definition, request: request, db: db, cover: cover)
      let doc = report.document(language)
      return PublishedReport(
        report: definition.name, title: doc.title, office: definition.fixedOffice ?? request.office.rawValue, team: request.team?.rawValue,
        municipality: request.municipality,
        from: request.from.iso, to: request.to.iso, asOf: request.asOf.iso, language: language.rawValue,
        html: HTMLRenderer().render(doc), csv: CSVRenderer().render(doc), csvPlain: CSVRenderer(plain: true).render(doc), json: report.json)
    }
  }
}
