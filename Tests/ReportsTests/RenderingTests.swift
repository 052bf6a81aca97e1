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
  }

  @Test("HTML is self-contained with an SVG chart, its title, axis labels and a table; text is escaped")
  func html() {
    let html = HTMLRenderer().render(doc)
    #expect(html.contains("<svg") && html.contains("<title id=\"c0-t\">Werte</title>"))
    #expect(html.contains("<table>") && html.contains("<td class=\"num\">&lt; 5</td>"))
    #expect(html.contains("Test &lt;&amp;&gt;") && !html.contains("Test <&>"))
    #expect(html.contains("@page{size:A4") && !html.contains("src=") && !html.contains("href="))
    #expect(html.contains(">Akten</text>"))
  }
}
