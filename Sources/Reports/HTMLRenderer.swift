/// The report as one self-contained HTML page: inline CSS (with an A4 print style), inline SVG
/// charts, and under each chart the table of its numbers. Every text is escaped.
public struct HTMLRenderer: Sendable {
  public init() {}

  public func render(_ doc: ReportDocument) -> String {
    let format = CellFormat(german: doc.language == .de)
    var body = "<header><h1>\(HTML.escape(doc.title))</h1><p class=\"period\">\(HTML.escape(doc.subtitle))</p></header>\n"
    for (i, section) in doc.sections.enumerated() {
      body += "<section aria-labelledby=\"s\(i)\"><h2 id=\"s\(i)\">\(HTML.escape(section.title))</h2>\n"
      if let chart = section.chart {
        body += "<figure>" + SVGChart(section: section, chart: chart, format: format).render(id: "c\(i)") + "</figure>\n"
      }
      body += table(section, format: format)
      for note in section.notes { body += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
      body += "</section>\n"
    }
    return """
      <!DOCTYPE html>
      <html lang="\(doc.language.rawValue)"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTML.escape(doc.title + " – " + doc.subtitle))</title>
      <style>\(Self.css)</style></head>
      <body>
      \(body)<footer><p>\(HTML.escape(doc.language.pick("Nur zusammengefasste Zahlen; Werte von 1 bis 4 als „< 5“.", "Aggregates only; values from 1 to 4 shown as “< 5”.")))</p></footer>
      </body></html>

      """
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

  static let css = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.4}
    h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
    .period{color:#444;margin-top:0}figure{margin:0}svg{width:100%;height:auto;font-size:11px}
    svg .grid{stroke:#ddd;stroke-width:1}svg .axis{font-weight:600}
    .legend{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap;font-size:.85rem}
    .swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle;border:1px solid #333}
    table{border-collapse:collapse;margin:.5rem 0;font-size:.85rem;font-variant-numeric:tabular-nums}
    caption{text-align:left;font-weight:600;padding:.2rem 0}th,td{border:1px solid #bbb;padding:.15rem .5rem}
    thead th{background:#eee}td.num{text-align:right}th[scope=row]{text-align:left;font-weight:normal}
    .note,footer{color:#444;font-size:.85rem}
    @media print{@page{size:A4;margin:15mm 12mm}body{max-width:none;margin:0;font-size:10pt}
      section{break-inside:avoid-page}figure,table{break-inside:avoid}h2{break-after:avoid}
      thead{display:table-header-group}thead th{background:none}}
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
