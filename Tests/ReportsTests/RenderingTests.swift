import CaseModel
import Reports
import Testing

@Suite("Rendering: CSV for German Excel, plain CSV, HTML with SVG")
struct RenderingTests {
  let doc = ReportDocument(
    name: "t", title: "Test <&>", subtitle: "EBH", language: .de,
    sections: [
      .init(id: "a", title: "Werte", table: .init(
        columns: ["Tag", "Akten", "Tage"],
        rows: [[.day(Day(iso: "2026-11-24")!), .count(3), .number(1.5, digits: 1)],
               [.month(Month(Day(iso: "2026-10-01")!)), .count(12), .number(0, digits: 0)]]),
        chart: .init(.bars, series: [1], xLabel: "Tag", yLabel: "Akten")),
      .init(id: "b", title: "Zweite; Tabelle", table: .init(columns: ["x"], rows: [[.count(0)]])),
    ])

  @Test("German CSV has a BOM, semicolons, DD.MM.YYYY, a decimal comma and hides counts under 5")
  func germanCSV() {
    let csv = CSVRenderer().render(doc)
    #expect(csv.hasPrefix("\u{FEFF}Werte\r\nTag;Akten;Tage\r\n24.11.2026;< 5;1,5\r\n10.2026;12;0\r\n"))
    #expect(csv.contains("\r\n\r\n\"Zweite; Tabelle\"\r\nx\r\n0\r\n"))
  }

  @Test("plain CSV is ISO: commas, YYYY-MM-DD, a decimal point, no BOM")
  func plainCSV() {
    let csv = CSVRenderer(plain: true).render(doc)
    #expect(csv.hasPrefix("Werte\r\nTag,Akten,Tage\r\n2026-11-24,< 5,1.5\r\n2026-10,12,0\r\n"))
  }

  @Test("CSV into a directory gives one file per table")
  func csvFiles() {
    let files = CSVRenderer().files(doc)
    #expect(files.map(\.name) == ["t-a.csv", "t-b.csv"])
    #expect(files[1].content == "\u{FEFF}x\r\n0\r\n")
    var limited = doc
    limited.filter = "Kommune: Siegburg"
    #expect(CSVRenderer().files(limited).allSatisfy { $0.content.hasPrefix("\u{FEFF}Kommune: Siegburg\r\n\r\n") })
    #expect(CSVRenderer(plain: true).render(limited).hasPrefix("Kommune: Siegburg\r\n\r\nWerte\r\n"))
  }

  @Test("HTML is self-contained with an SVG chart, its title, axis labels and a table; text is escaped")
  func html() {
    let html = HTMLRenderer().render(doc)
    #expect(html.contains("<svg") && html.contains("<title id=\"s0c-t\">Werte</title>"))
    #expect(html.contains("<table>") && html.contains("<td class=\"num\">&lt; 5</td>"))
    #expect(html.contains("Test &lt;&amp;&gt;") && !html.contains("Test <&>"))
    #expect(html.contains("@page{size:A4") && !html.contains("src=") && !html.contains("href="))
    #expect(html.contains(">Akten</text>"))
  }

  @Test("the parts embed in another page: no document frame, ids with a prefix, no style attributes (the CSP forbids them)")
  func embeddable() {
    let r = HTMLRenderer()
    let body = r.header(doc) + r.sections(doc, idPrefix: "x") + r.footer(doc)
    #expect(!body.contains("<html") && !body.contains("<style") && !body.contains("style="))
    #expect(body.contains("id=\"xs0\"") && body.contains("id=\"xs0c-t\"") && body.contains("data-section=\"a\""))
    #expect(r.render(doc).contains(body.prefix(60)))
  }

  @Test("series differ by texture as well as colour, and the legend shows the same texture")
  func textures() {
    let two = ReportDocument.Section(
      id: "t", title: "Zwei", table: .init(columns: ["M", "a", "b"], rows: [[.text("1"), .count(5), .count(7)]]),
      chart: .init(.bars, series: [1, 2], xLabel: "M", yLabel: "n"))
    let html = HTMLRenderer().section(two, id: "q", language: .de)
    #expect(html.contains("<pattern id=\"qc-p1\"") && html.contains("fill=\"url(#qc-p1)\""))
    #expect(html.components(separatedBy: "url(#qc-p1)").count == 3)  // the bar and the legend's swatch
    let lines = ReportDocument.Section(
      id: "l", title: "Linien", table: two.table, chart: .init(.lines, series: [1, 2], xLabel: "M", yLabel: "n"))
    #expect(HTMLRenderer().section(lines, id: "l", language: .de).contains("stroke-dasharray=\"4 3\""))
  }

  @Test("a table without rows shows a sentence instead of an empty chart")
  func emptySection() {
    let empty = ReportDocument.Section(id: "e", title: "Leer", table: .init(columns: ["a", "b"], rows: []),
                                       chart: .init(.bars, series: [1], xLabel: "a", yLabel: "b"))
    let html = HTMLRenderer().section(empty, id: "e", language: .en)
    #expect(html.contains("No values for this period.") && !html.contains("<svg") && !html.contains("<table"))
  }

  @Test("a section keeps some columns and its chart the series among them")
  func keeping() {
    let s = ReportDocument.Section(
      id: "k", title: "K", table: .init(columns: ["M", "a", "b", "c"], rows: [[.text("1"), .count(1), .count(2), .count(3)]]),
      chart: .init(.bars, series: [1, 3], xLabel: "M", yLabel: "n")
    ).keeping(columns: [3])
    #expect(s.table.columns == ["M", "c"] && s.table.rows == [[.text("1"), .count(3)]] && s.chart?.series == [1])
  }

  @Test("the y axis climbs in round steps to just above the highest value; a count shown as < 5 is a hollow bar up to 4")
  func axisAndSmallCounts() {
    func chart(_ values: [Int]) -> String {
      let s = ReportDocument.Section(
        id: "y", title: "Y", table: .init(columns: ["M", "n"], rows: values.enumerated().map { [.text("\($0)"), .count($1)] }),
        chart: .init(.bars, series: [1], xLabel: "M", yLabel: "n"))
      return HTMLRenderer().section(s, id: "y", language: .de)
    }
    let ticks = chart([245, 120])
    #expect(ticks.contains(">250</text>") && ticks.contains(">50</text>") && !ticks.contains(">300</text>") && !ticks.contains(">62,5</text>"))
    #expect(chart([2597]).contains(">3000</text>") && chart([2597]).contains(">500</text>"))
    let small = chart([3, 12])
    #expect(small.components(separatedBy: "stroke-dasharray=\"3 2\"").count == 2)
    #expect(small.contains("<td class=\"num\">&lt; 5</td>"))
  }
}
