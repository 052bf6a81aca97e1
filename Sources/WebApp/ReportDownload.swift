import Hummingbird
import Reports

/// A report page's downloads: CSV for German Excel (semicolons, BOM, DD.MM.YYYY, decimal comma),
/// plain CSV (ISO) and JSON, of exactly the report the page shows (same query, same language).
enum ReportDownload {
  enum Format: String, CaseIterable {
    case csv
    case csvPlain = "csv-plain"
    case json

    static func parse(_ raw: String) throws -> Format {
      guard let f = Format(rawValue: raw) else {
        throw AppError(
          .badRequest, .unknownDownloadFormat, details: [.init(field: "format", .given(.downloadFormat(html: false), got: raw))])
      }
      return f
    }
  }

  static func response(_ content: DefinedReport, query: ReportQuery, format: Format, language: Language) -> Response {
    let body: String, type: String, suffix: String
    switch format {
    case .csv: (body, type, suffix) = (CSVRenderer().render(content.document(.init(language))), "text/csv; charset=utf-8", ".csv")
    case .csvPlain:
      (body, type, suffix) = (CSVRenderer(plain: true).render(content.document(.init(language))), "text/csv; charset=utf-8", "-iso.csv")
    case .json: (body, type, suffix) = (content.json + "\n", "application/json; charset=utf-8", ".json")
    }
    return Response(
      status: .ok,
      headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(query.fileName)\(suffix)\""],
      body: .init(byteBuffer: ByteBuffer(string: body)))
  }
}
