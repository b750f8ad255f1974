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
        let lossLo = min(0, finite.min() ?? 0), lossHi = max(lossLo + 1e-9, finite.max() ?? 1)
        let values = metric.map(\.value).filter(\.isFinite)
        let mLo = min(0, values.min() ?? 0), mHi = max(mLo + 1e-9, values.max() ?? 1)
        func x(_ s: Int) -> Double { left + Double(s) / maxStep * plotW }
        func yLoss(_ v: Double) -> Double { top + (1 - (v - lossLo) / (lossHi - lossLo)) * plotH }
        func yMetric(_ v: Double) -> Double { top + (1 - (v - mLo) / (mHi - mLo)) * plotH }
        let f = SVGChart.number, label = SVGChart.tick, escape = SVGChart.escape

        var s = SVGChart.start(width: width, height: height, title: title, titleX: width / 2,
                               frame: (left, top, plotW, plotH))
        for k in 0...4 {
            let t = Double(k) / 4
            let gy = top + (1 - t) * plotH
            s += "<line x1=\"\(f(left))\" y1=\"\(f(gy))\" x2=\"\(f(left + plotW))\" y2=\"\(f(gy))\" stroke=\"#eee\"/>\n"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(gy + 4))\" text-anchor=\"end\" fill=\"#1f77b4\">\(label(lossLo + t * (lossHi - lossLo)))</text>\n"
            if !metric.isEmpty {
                s += "<text x=\"\(f(left + plotW + 6))\" y=\"\(f(gy + 4))\" fill=\"#d62728\">\(label(mLo + t * (mHi - mLo)))</text>\n"
            }
            let step = Int((t * maxStep).rounded())
            s += "<text x=\"\(f(x(step)))\" y=\"\(f(top + plotH + 16))\" text-anchor=\"middle\">\(step)</text>\n"
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
