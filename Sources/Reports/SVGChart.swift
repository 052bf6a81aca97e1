import Foundation

/// Draws a section's chart as inline SVG: bars, stacked bars, lines or a stacked area of some
/// table columns against the first column. Carries a `<title>` and `<desc>`, axis labels and a
/// legend; the exact numbers are in the table the HTML page puts under it.
struct SVGChart {
  let section: ReportDocument.Section
  let chart: ReportDocument.Chart
  let format: CellFormat

  static let palette = ["#1f4e79", "#c55a11", "#548235", "#bf9000", "#7030a0", "#2e75b6", "#843c0c"]
  let width = 760.0, height = 300.0, left = 64.0, right = 16.0, top = 16.0, bottom = 64.0

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
    var s = "<svg role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
    s += "<title id=\"\(id)-t\">\(HTML.escape(section.title))</title>"
    s += "<desc id=\"\(id)-d\">\(HTML.escape(chart.yLabel + " / " + chart.xLabel + ": " + chart.series.map { section.table.columns[$0] }.joined(separator: ", ")))</desc>"
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
      let colour = Self.palette[k % Self.palette.count]
      let v = values(column)
      switch chart.kind {
      case .bars:
        let w = slot * 0.8 / Double(chart.series.count)
        for i in v.indices {
          let x = left + slot * Double(i) + slot * 0.1 + w * Double(k)
          s += "<rect x=\"\(f(x))\" y=\"\(f(y(v[i])))\" width=\"\(f(w))\" height=\"\(f(y(0) - y(v[i])))\" fill=\"\(colour)\"/>"
        }
      case .stackedBars:
        for i in v.indices {
          let x = left + slot * Double(i) + slot * 0.1
          s += "<rect x=\"\(f(x))\" y=\"\(f(y(base[i] + v[i])))\" width=\"\(f(slot * 0.8))\" height=\"\(f(y(base[i]) - y(base[i] + v[i])))\" fill=\"\(colour)\"/>"
          base[i] += v[i]
        }
      case .lines:
        let points = v.indices.map { "\(f(left + slot * (Double($0) + 0.5))),\(f(y(v[$0])))" }.joined(separator: " ")
        s += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"\(k == 0 ? "none" : "\(2 + 2 * k) 3")\"/>"
      case .stackedArea:
        let upper = v.indices.map { "\(f(left + slot * (Double($0) + 0.5))),\(f(y(base[$0] + v[$0])))" }
        let lower = v.indices.reversed().map { "\(f(left + slot * (Double($0) + 0.5))),\(f(y(base[$0])))" }
        s += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(colour)\" fill-opacity=\"0.85\"/>"
        for i in v.indices { base[i] += v[i] }
      }
    }
    s += "</svg>"
    let legend = chart.series.enumerated().map { k, c in
      "<li><span class=\"swatch\" style=\"background:\(Self.palette[k % Self.palette.count])\"></span>\(HTML.escape(section.table.columns[c]))</li>"
    }
    return s + "<ul class=\"legend\" aria-hidden=\"true\">" + legend.joined() + "</ul>"
  }

  func f(_ x: Double) -> String { String(format: "%.1f", x) }
}
