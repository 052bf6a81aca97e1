/// A made report as text in one of the formats of `backlog report` and the downloads.
public enum ReportOutput {
  /// `format`: html, csv or json; `plain`: ISO CSV.
  public static func render(_ report: DefinedReport, format: String, plain: Bool = false, language: Language) -> String {
    switch format {
    case "json": report.json + "\n"
    case "csv": CSVRenderer(plain: plain).render(report.document(language))
    default: HTMLRenderer().render(report.document(language))
    }
  }
}
