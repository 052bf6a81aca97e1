/// The report as HTML: inline SVG charts and under each chart the table of its numbers; every
/// text is escaped. Either one self-contained page (`render`: inline CSS with an A4 print style,
/// no links, for `backlog report --format html`), or its parts to embed in another page
/// (`header`, `sections`, `footer`; the web application puts them in its layout and links
/// `css` as a stylesheet). Both use the same markup, styled under the class `report`.
public struct HTMLRenderer: Sendable {
  public init() {}

  public func render(_ doc: ReportDocument) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(doc.language.rawValue)"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(HTML.escape(doc.title + " – " + doc.subtitle))</title>
    <style>\(Self.pageCSS)\(Self.css)</style></head>
    <body class="report">
    \(header(doc))\(sections(doc))\(footer(doc))
    </body></html>

    """
  }

  /// The cover page (if the report has one), the title and the period.
  public func header(_ doc: ReportDocument) -> String {
    cover(doc) + "<header><h1>\(HTML.escape(doc.title))</h1><p class=\"period\">\(HTML.escape(doc.subtitle))</p></header>\n"
  }

  /// A page of its own on paper: the authority, the title, the period, the date and the author.
  func cover(_ doc: ReportDocument) -> String {
    guard let c = doc.cover else { return "" }
    let address = c.address.map { HTML.escape($0) }.joined(separator: "<br>")
    return "<section class=\"cover\" aria-label=\"\(HTML.escape(c.title))\"><p class=\"cover-authority\">\(HTML.escape(c.authority))"
      + (address.isEmpty ? "" : "<br><span class=\"cover-address\">\(address)</span>") + "</p>"
      + "<p class=\"cover-title\">\(HTML.escape(c.title))</p><dl>"
      + "<dt>\(HTML.escape(c.labels.period))</dt><dd>\(HTML.escape(c.period))</dd>"
      + "<dt>\(HTML.escape(c.labels.date))</dt><dd>\(HTML.escape(c.date))</dd>"
      + "<dt>\(HTML.escape(c.labels.author))</dt><dd>\(HTML.escape(c.author))</dd></dl></section>\n"
  }

  /// Every section: its chart and table kept together, then its notes. Element ids begin with
  /// `idPrefix`, so several documents can share one page.
  public func sections(_ doc: ReportDocument, idPrefix: String = "") -> String {
    doc.sections.enumerated().map { i, s in section(s, id: "\(idPrefix)s\(i)", language: doc.language) }.joined()
  }

  /// One section; a table without rows shows a sentence instead of an empty chart. A `compact`
  /// chart is drawn for about half the page's width.
  public func section(
    _ section: ReportDocument.Section, id: String, language: Language, heading: String = "h2", compact: Bool = false
  ) -> String {
    let format = CellFormat(german: language == .de)
    var html = "<section class=\"report-section\" id=\"\(id)\" data-section=\"\(HTML.escape(section.id))\" aria-labelledby=\"\(id)-h\">"
    html += "<\(heading) id=\"\(id)-h\">\(HTML.escape(section.title))</\(heading)>\n"
    if section.table.rows.isEmpty {
      html += "<p class=\"no-data\">\(HTML.escape(language.pick("Keine Werte für diesen Zeitraum.", "No values for this period.")))</p>\n"
    } else {
      // On paper a chart stays with its table; a long table may run on to the next page (its
      // head repeated), a short one stays whole.
      html += section.table.rows.count > Self.shortTable ? "<div class=\"chart-table long\">" : "<div class=\"chart-table\">"
      if let chart = section.chart {
        html += "<figure>" + SVGChart(section: section, chart: chart, format: format, width: compact ? 440 : 760, height: compact ? 260 : 300)
          .render(id: id + "c") + "</figure>\n"
      }
      html += table(section, format: format) + "</div>\n"
    }
    for note in section.notes { html += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
    return html + "</section>\n"
  }

  /// Rows a table may have and still be kept whole on one printed page.
  static let shortTable = 16

  public func footer(_ doc: ReportDocument) -> String {
    let terms = doc.footnotes.isEmpty ? "" : "<h2>\(HTML.escape(doc.language.pick("Begriffe", "Definitions")))</h2><ol class=\"footnotes\">"
      + doc.footnotes.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ol>"
    return "<footer class=\"report-footer\">\(terms)<p>\(HTML.escape(doc.language.pick("Nur zusammengefasste Zahlen; Werte von 1 bis 4 als „< 5“.", "Aggregates only; values from 1 to 4 shown as “< 5”.")))</p></footer>\n"
  }

  func table(_ section: ReportDocument.Section, format: CellFormat) -> String {
    let head = section.table.columns.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined()
    let rows = section.table.rows.map { row in
      "<tr>" + row.enumerated().map { i, cell in
        let text = HTML.escape(format.text(cell))
        if i == 0 { return "<th scope=\"row\">\(text)</th>" }
        return cell.value == nil ? "<td>\(text)</td>" : "<td class=\"num\">\(text)</td>"
      }.joined() + "</tr>"
    }.joined(separator: "\n")
    return "<table><caption>\(HTML.escape(section.title))</caption><thead><tr>\(head)</tr></thead><tbody>\n\(rows)\n</tbody></table>\n"
  }

  /// Charts, tables and notes, wherever the report is shown; with the print rules that keep a
  /// chart with its table on one page.
  public static let css = """
    .report figure{margin:0}.report svg.chart{width:100%;max-width:60rem;height:auto;font-size:11px;display:block}
    .report svg .grid{stroke:#ddd;stroke-width:1}.report svg .axis{font-weight:600}
    .report .legend{list-style:none;padding:0;margin:.2rem 0;display:flex;gap:1rem;flex-wrap:wrap;font-size:.85rem}
    .report .swatch{width:1.4rem;height:.9rem;margin-right:.3rem;vertical-align:middle}
    .report table{border-collapse:collapse;margin:.5rem 0;font-size:.85rem;font-variant-numeric:tabular-nums;background:#fff}
    .report caption{text-align:left;font-weight:600;padding:.2rem 0}.report th,.report td{border:1px solid #bbb;padding:.15rem .5rem}
    .report thead th{background:#eee}.report td.num{text-align:right}.report th[scope=row]{text-align:left;font-weight:normal}
    .report .note,.report-footer{color:#444;font-size:.85rem}.report .no-data{color:#444;font-style:italic}
    .report .cover{border-bottom:1px solid #ccc;margin-bottom:1rem}.report .cover-title{font-size:1.4rem;font-weight:600}
    .report .cover dt{font-weight:600}.report .cover dd{margin:0 0 .4rem 0}.report .footnotes{padding-left:1.2rem}
    @media print{.report .chart-table:not(.long),.report figure,.report tr{break-inside:avoid}.report figure{break-after:avoid}
      .report h2,.report h3{break-after:avoid}.report thead{display:table-header-group}.report thead th{background:none}
      .report svg.chart{max-width:none}.report table{font-size:8pt;margin:.2rem 0}.report th,.report td{padding:0 .35rem}
      .report .cover{break-after:page;border:none;padding-top:30mm}.report .cover-title{font-size:18pt}
      .report caption{font-size:8.5pt;padding:0}.report .note{font-size:8pt;margin:.2rem 0}.report .legend{font-size:8pt;margin:0}}

    """

  /// The self-contained page's own frame.
  static let pageCSS = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.4}
    h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}.period{color:#444;margin-top:0}
    @media print{@page{size:A4;margin:15mm 12mm}body{max-width:none;margin:0;font-size:10pt}}

    """
}

enum HTML {
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}
