import Foundation

/// `curves.svg`: training loss (left axis, thin line, plus a running mean) and the dev metric (right
/// axis, dots joined) against steps. Plain SVG text: no dependency, readable in any browser.
public enum LossPlot {
    public static func svg(losses: [(step: Int, loss: Double)], metric: [(step: Int, value: Double)],
                           metricName: String, title: String) -> String {
        let width = 720.0, height = 360.0, left = 60.0, right = 60.0, top = 36.0, bottom = 44.0
        let plotW = width - left - right, plotH = height - top - bottom
        let maxStep = Double(max(1, (losses.map(\.step) + metric.map(\.step)).max() ?? 1))
        let finite = losses.map(\.loss).filter(\.isFinite)
        let values = metric.map(\.value).filter(\.isFinite)
        // Round ticks (1, 2, 5 × 10ⁿ); each axis runs from its first tick to its last.
        let steps = AxisTicks(covering: 0, maxStep, integral: true)
        let lossTicks = AxisTicks(covering: min(0, finite.min() ?? 0), finite.max() ?? 1)
        let metricTicks = AxisTicks(covering: min(0, values.min() ?? 0), values.max() ?? 1)
        func x(_ s: Int) -> Double { left + (Double(s) - steps.lower) / (steps.upper - steps.lower) * plotW }
        func y(_ v: Double, _ ticks: AxisTicks) -> Double { top + (1 - (v - ticks.lower) / (ticks.upper - ticks.lower)) * plotH }
        func yLoss(_ v: Double) -> Double { y(v, lossTicks) }
        func yMetric(_ v: Double) -> Double { y(v, metricTicks) }
        let f = SVGChart.number, escape = SVGChart.escape

        var s = SVGChart.start(width: width, height: height, title: title, titleX: width / 2,
                               frame: (left, top, plotW, plotH))
        for v in lossTicks.values {
            let gy = yLoss(v)
            s += "<line x1=\"\(f(left))\" y1=\"\(f(gy))\" x2=\"\(f(left + plotW))\" y2=\"\(f(gy))\" stroke=\"#eee\"/>\n"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(gy + 4))\" text-anchor=\"end\" fill=\"#1f77b4\">\(lossTicks.label(v))</text>\n"
        }
        if !metric.isEmpty {
            for v in metricTicks.values {
                let gy = yMetric(v)
                s += "<line x1=\"\(f(left + plotW))\" y1=\"\(f(gy))\" x2=\"\(f(left + plotW + 4))\" y2=\"\(f(gy))\" stroke=\"#d62728\"/>\n"
                s += "<text x=\"\(f(left + plotW + 6))\" y=\"\(f(gy + 4))\" fill=\"#d62728\">\(metricTicks.label(v))</text>\n"
            }
        }
        for v in steps.values {
            let step = Int(v)
            s += "<text x=\"\(f(x(step)))\" y=\"\(f(top + plotH + 16))\" text-anchor=\"middle\">\(steps.label(v))</text>\n"
        }
        s += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 8))\" text-anchor=\"middle\">step</text>\n"
        s += "<text x=\"14\" y=\"\(f(top + plotH / 2))\" transform=\"rotate(-90 14 \(f(top + plotH / 2)))\" text-anchor=\"middle\" fill=\"#1f77b4\">training loss</text>\n"
        if !metric.isEmpty {
            let mx = width - 12
            s += "<text x=\"\(f(mx))\" y=\"\(f(top + plotH / 2))\" transform=\"rotate(90 \(f(mx)) \(f(top + plotH / 2)))\" text-anchor=\"middle\" fill=\"#d62728\">dev \(escape(metricName))</text>\n"
        }
        let points = losses.filter { $0.loss.isFinite }
        if !points.isEmpty {
            let raw = points.map { "\(f(x($0.step))),\(f(yLoss($0.loss)))" }.joined(separator: " ")
            s += "<polyline points=\"\(raw)\" fill=\"none\" stroke=\"#aec7e8\" stroke-width=\"1\"/>\n"
            let window = max(1, points.count / 50)
            var smooth: [String] = []
            var sum = 0.0
            for (i, p) in points.enumerated() {
                sum += p.loss
                if i >= window { sum -= points[i - window].loss }
                smooth.append("\(f(x(p.step))),\(f(yLoss(sum / Double(min(i + 1, window)))))")
            }
            s += "<polyline points=\"\(smooth.joined(separator: " "))\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/>\n"
        }
        let dots = metric.filter { $0.value.isFinite }
        if !dots.isEmpty {
            let line = dots.map { "\(f(x($0.step))),\(f(yMetric($0.value)))" }.joined(separator: " ")
            s += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#d62728\" stroke-width=\"1.5\"/>\n"
            for d in dots { s += "<circle cx=\"\(f(x(d.step)))\" cy=\"\(f(yMetric(d.value)))\" r=\"3\" fill=\"#d62728\"/>\n" }
        }
        return s + "</svg>\n"
    }
}
