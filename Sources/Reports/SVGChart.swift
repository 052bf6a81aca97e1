import Foundation

/// Draws a section's chart as inline SVG: bars, stacked bars, lines or a stacked area of some
/// table columns against the first column. Carries a `<title>` and `<desc>`, axis labels and a
/// legend; the exact numbers are in the table the HTML page puts under it. Series differ by
/// texture as well as colour (solid, hatched, dotted, ...; lines by dashes), so a chart printed
/// in black and white still reads. No `style` attributes: the web application's CSP forbids them.
struct SVGChart {
  let section: ReportDocument.Section
  let chart: ReportDocument.Chart
  let format: CellFormat

  static let palette = ["#1f4e79", "#c55a11", "#548235", "#bf9000", "#7030a0", "#2e75b6", "#843c0c"]
  /// The drawing's size in user units; text is 11 units high, so a smaller drawing shown small
  /// keeps its text readable.
  var width = 760.0, height = 300.0
  let left = 64.0, right = 16.0, top = 16.0, bottom = 64.0

  var categories: [String] { section.table.rows.map { format.text($0[0]) } }
  func values(_ column: Int) -> [Double] { section.table.rows.map { $0[column].value ?? 0 } }

  var stacked: Bool { chart.kind == .stackedBars || chart.kind == .stackedArea }

  var maxValue: Double {
    let n = section.table.rows.count
    let peak = stacked
      ? (0..<n).map { i in chart.series.reduce(0) { $0 + (section.table.rows[i][$1].value ?? 0) } }.max() ?? 0
      : chart.series.flatMap { values($0) }.max() ?? 0
    return Self.niceCeiling(peak)
  }

  static func niceCeiling(_ x: Double) -> Double {
    guard x > 0 else { return 1 }
    let magnitude = pow(10, floor(log10(x)))
    for step in [1.0, 2, 2.5, 5, 10] where step * magnitude >= x { return step * magnitude }
    return 10 * magnitude
  }

  func render(id: String) -> String {
    let plotW = width - left - right, plotH = height - top - bottom
    let n = max(section.table.rows.count, 1)
    let slot = plotW / Double(n), top = self.top, left = self.left
    let yMax = maxValue
    func y(_ v: Double) -> Double { top + plotH - v / yMax * plotH }
    var s = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
    s += "<title id=\"\(id)-t\">\(HTML.escape(section.title))</title>"
    s += "<desc id=\"\(id)-d\">\(HTML.escape(chart.yLabel + " / " + chart.xLabel + ": " + chart.series.map { section.table.columns[$0] }.joined(separator: ", ")))</desc>"
    if chart.kind != .lines { s += "<defs>" + chart.series.indices.map { Self.pattern($0, id: id) }.joined() + "</defs>" }
    for k in 0...4 {  // grid and y ticks
      let v = yMax * Double(k) / 4
      s += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" class=\"grid\"/>"
      s += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\">\(format.number(v, digits: v.rounded() == v ? 0 : 1))</text>"
    }
    let every = max(1, Int((Double(n) / 12).rounded(.up)))
    for (i, c) in categories.enumerated() where i % every == 0 {
      let x = left + slot * (Double(i) + 0.5)
      s += "<text x=\"\(f(x))\" y=\"\(f(top + plotH + 14))\" text-anchor=\"end\" transform=\"rotate(-35 \(f(x)) \(f(top + plotH + 14)))\">\(HTML.escape(c))</text>"
    }
    s += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 4))\" text-anchor=\"middle\" class=\"axis\">\(HTML.escape(chart.xLabel))</text>"
    s += "<text x=\"14\" y=\"\(f(top + plotH / 2))\" text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 14 \(f(top + plotH / 2)))\">\(HTML.escape(chart.yLabel))</text>"
    var base = Array(repeating: 0.0, count: section.table.rows.count)
    for (k, column) in chart.series.enumerated() {
      let colour = Self.palette[k % Self.palette.count], fill = Self.fill(k, id: id)
      let v = values(column)
      switch chart.kind {
      case .bars:
        let w = slot * 0.8 / Double(chart.series.count)
        for i in v.indices {
          let x = left + slot * Double(i) + slot * 0.1 + w * Double(k)
          s += "<rect x=\"\(f(x))\" y=\"\(f(y(v[i])))\" width=\"\(f(w))\" height=\"\(f(y(0) - y(v[i])))\" fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"0.5\"/>"
        }
      case .stackedBars:
        for i in v.indices {
          let x = left + slot * Double(i) + slot * 0.1
          s += "<rect x=\"\(f(x))\" y=\"\(f(y(base[i] + v[i])))\" width=\"\(f(slot * 0.8))\" height=\"\(f(y(base[i]) - y(base[i] + v[i])))\" fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"0.5\"/>"
          base[i] += v[i]
        }
      case .lines:
        let points = v.indices.map { "\(f(left + slot * (Double($0) + 0.5))),\(f(y(v[$0])))" }.joined(separator: " ")
        s += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"\(Self.dashes(k))\"/>"
      case .stackedArea:
        let upper = v.indices.map { "\(f(left + slot * (Double($0) + 0.5))),\(f(y(base[$0] + v[$0])))" }
        let lower = v.indices.reversed().map { "\(f(left + slot * (Double($0) + 0.5))),\(f(y(base[$0])))" }
        s += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"0.5\"/>"
        for i in v.indices { base[i] += v[i] }
      }
    }
    s += "</svg>"
    let legend = chart.series.enumerated().map { k, c in
      "<li>" + swatch(k, id: id) + HTML.escape(section.table.columns[c]) + "</li>"
    }
    return s + "<ul class=\"legend\" aria-hidden=\"true\">" + legend.joined() + "</ul>"
  }

  /// The legend's sample of series `k`: a dashed line for line charts, else a patch of its fill.
  func swatch(_ k: Int, id: String) -> String {
    let shape = chart.kind == .lines
      ? "<line x1=\"0\" y1=\"6\" x2=\"22\" y2=\"6\" stroke=\"\(Self.palette[k % Self.palette.count])\" stroke-width=\"2\" stroke-dasharray=\"\(Self.dashes(k))\"/>"
      : "<rect x=\"0.5\" y=\"0.5\" width=\"21\" height=\"11\" fill=\"\(Self.fill(k, id: id))\" stroke=\"#333\"/>"
    return "<svg class=\"swatch\" viewBox=\"0 0 22 12\" aria-hidden=\"true\">\(shape)</svg>"
  }

  static func dashes(_ k: Int) -> String { k == 0 ? "none" : "\(2 + 2 * k) 3" }

  /// The fill of series `k`: the plain colour for the first, a texture over the colour for the
  /// others (defined once per chart by `pattern`).
  static func fill(_ k: Int, id: String) -> String { k == 0 ? palette[0] : "url(#\(id)-p\(k))" }

  /// White marks over the series' colour: diagonal hatching, dots, cross-hatching, horizontal,
  /// vertical and reverse diagonal lines.
  static func pattern(_ k: Int, id: String) -> String {
    guard k > 0 else { return "" }
    let marks = [
      "<path d=\"M0 0V6\" stroke=\"#fff\" stroke-width=\"2\"/>",
      "<circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#fff\"/>",
      "<path d=\"M0 0V6M0 0H6\" stroke=\"#fff\" stroke-width=\"1.4\"/>",
      "<path d=\"M0 1H6\" stroke=\"#fff\" stroke-width=\"1.6\"/>",
      "<path d=\"M1 0V6\" stroke=\"#fff\" stroke-width=\"1.6\"/>",
      "<path d=\"M0 0V6\" stroke=\"#fff\" stroke-width=\"1\"/>",
    ]
    let rotate = [1: " patternTransform=\"rotate(45)\"", 3: " patternTransform=\"rotate(45)\"", 6: " patternTransform=\"rotate(-45)\""][k % 7] ?? ""
    return "<pattern id=\"\(id)-p\(k)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"\(rotate)>"
      + "<rect width=\"6\" height=\"6\" fill=\"\(palette[k % palette.count])\"/>" + marks[(k - 1) % marks.count] + "</pattern>"
  }

  func f(_ x: Double) -> String { String(format: "%.1f", x) }
}
