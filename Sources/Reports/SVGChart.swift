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
  /// keeps its text readable. Long category labels add height below the plot.
  var width = 760.0, height = 300.0
  let left = 64.0, right = 16.0, top = 16.0
  /// Below the plot when the category labels are short.
  static let baseBottom = 64.0
  /// Width of one character of the 11-unit labels, for fitting them.
  static let charWidth = 6.4

  var categories: [String] { section.table.rows.map { format.text($0[0]) } }
  /// The values a chart draws. A count the tables show as "< 5" is drawn as 4, its upper
  /// bound (bars of it hollow and dashed), so the chart tells no more than the table.
  func values(_ column: Int) -> [Double] { section.table.rows.map { suppressed($0[column]) ? 4 : $0[column].value ?? 0 } }

  func suppressed(_ cell: Cell) -> Bool {
    if case .count(let n) = cell { return format.suppressSmallCounts && n > 0 && n < CellFormat.smallCountThreshold }
    return false
  }

  /// A bar; a suppressed one hollow with a dashed outline.
  func bar(x: Double, y: Double, width: Double, height: Double, fill: String, colour: String, suppressed: Bool) -> String {
    let paint = suppressed
      ? "fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1\" stroke-dasharray=\"3 2\""
      : "fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"0.5\""
    return "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(width))\" height=\"\(f(height))\" \(paint)/>"
  }

  var stacked: Bool { chart.kind == .stackedBars || chart.kind == .stackedArea }

  var peak: Double {
    let columns = chart.series.map(values)
    return stacked
      ? section.table.rows.indices.map { i in columns.reduce(0) { $0 + $1[i] } }.max() ?? 0
      : columns.flatMap { $0 }.max() ?? 0
  }

  /// The y axis: a round step (1, 2 or 5 times a power of ten, or 25, 250, ...) and at most
  /// six steps up to the first multiple of it at or above `peak`; whole steps for `integral`
  /// values (counts).
  static func scale(_ peak: Double, integral: Bool = false) -> (max: Double, step: Double) {
    guard peak > 0 else { return (5, 1) }
    var magnitude = pow(10, floor(log10(peak / 6)))
    if integral { magnitude = max(magnitude, 1) }
    while true {
      for m in [1.0, 2, 2.5, 5] where !(m == 2.5 && magnitude < 10) {
        let step = m * magnitude
        let steps = (peak / step).rounded(.up)
        if steps <= 6 { return (steps * step, step) }
      }
      magnitude *= 10
    }
  }

  /// The category labels: horizontal in one or two lines when every one fits its slot, else
  /// turned by 35 degrees.
  func labelLayout(slot: Double) -> (horizontal: Bool, lines: [[String]], bottom: Double) {
    let split = categories.map(Self.twoLines)
    let widest = split.flatMap { $0 }.map(\.count).max() ?? 0
    if categories.count <= 8, Double(widest) * Self.charWidth <= slot - 4 {
      let lines = split.map(\.count).max() ?? 1
      return (true, split, max(Self.baseBottom, 34 + 13 * Double(lines)))
    }
    let longest = Double(categories.map(\.count).max() ?? 0) * Self.charWidth
    return (false, categories.map { [$0] }, min(160, max(Self.baseBottom, 36 + longest * 0.574)))
  }

  /// A label in at most two lines, split at the space nearest its middle.
  static func twoLines(_ s: String) -> [String] {
    let chars = Array(s)
    let spaces = chars.indices.filter { chars[$0] == " " }
    guard chars.count > 8, let cut = spaces.min(by: { abs($0 - chars.count / 2) < abs($1 - chars.count / 2) }) else { return [s] }
    return [String(chars[..<cut]), String(chars[(cut + 1)...])]
  }

  func render(id: String) -> String {
    let plotW = width - left - right, plotH = height - top - Self.baseBottom
    let n = max(section.table.rows.count, 1)
    let slot = plotW / Double(n), top = self.top, left = self.left
    let labels = labelLayout(slot: slot)
    let height = top + plotH + labels.bottom
    let integral = chart.series.allSatisfy { c in section.table.rows.allSatisfy { if case .number = $0[c] { false } else { true } } }
    let (yMax, yStep) = Self.scale(peak, integral: integral)
    func y(_ v: Double) -> Double { top + plotH - v / yMax * plotH }
    var s = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
    s += "<title id=\"\(id)-t\">\(HTML.escape(section.title))</title>"
    s += "<desc id=\"\(id)-d\">\(HTML.escape(chart.yLabel + " / " + chart.xLabel + ": " + chart.series.map { section.table.columns[$0] }.joined(separator: ", ")))</desc>"
    if chart.kind != .lines { s += "<defs>" + chart.series.indices.map { Self.pattern($0, id: id) }.joined() + "</defs>" }
    for k in 0...Int((yMax / yStep).rounded()) {  // grid and y ticks
      let v = yStep * Double(k)
      s += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" class=\"grid\"/>"
      s += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\">\(format.number(v, digits: yStep.rounded() == yStep ? 0 : 1))</text>"
    }
    let every = labels.horizontal ? 1 : max(1, Int((Double(n) / 12).rounded(.up)))
    for (i, lines) in labels.lines.enumerated() where i % every == 0 {
      let x = left + slot * (Double(i) + 0.5), baseline = top + plotH + 14
      if labels.horizontal {
        s += "<text x=\"\(f(x))\" y=\"\(f(baseline))\" text-anchor=\"middle\">" + lines.enumerated().map { k, line in
          "<tspan x=\"\(f(x))\" dy=\"\(k == 0 ? 0 : 13)\">\(HTML.escape(line))</tspan>"
        }.joined() + "</text>"
      } else {
        s += "<text x=\"\(f(x))\" y=\"\(f(baseline))\" text-anchor=\"end\" transform=\"rotate(-35 \(f(x)) \(f(baseline)))\">\(HTML.escape(lines[0]))</text>"
      }
    }
    s += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 4))\" text-anchor=\"middle\" class=\"axis\">\(HTML.escape(chart.xLabel))</text>"
    s += "<text x=\"14\" y=\"\(f(top + plotH / 2))\" text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 14 \(f(top + plotH / 2)))\">\(HTML.escape(chart.yLabel))</text>"
    var base = Array(repeating: 0.0, count: section.table.rows.count)
    for (k, column) in chart.series.enumerated() {
      let colour = Self.palette[k % Self.palette.count], fill = Self.fill(k, id: id)
      let v = values(column)
      let small = section.table.rows.map { suppressed($0[column]) }
      switch chart.kind {
      case .bars:
        let w = slot * 0.8 / Double(chart.series.count)
        for i in v.indices {
          let x = left + slot * Double(i) + slot * 0.1 + w * Double(k)
          s += bar(x: x, y: y(v[i]), width: w, height: y(0) - y(v[i]), fill: fill, colour: colour, suppressed: small[i])
        }
      case .stackedBars:
        for i in v.indices {
          let x = left + slot * Double(i) + slot * 0.1
          s += bar(
            x: x, y: y(base[i] + v[i]), width: slot * 0.8, height: y(base[i]) - y(base[i] + v[i]), fill: fill, colour: colour,
            suppressed: small[i])
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
