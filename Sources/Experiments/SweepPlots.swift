import Foundation
import IR
import Support
import Trainer

/// The sweep report's SVG plots: plain text, one chart per file, like `LossPlot`.
public enum SweepPlots {
    public struct Series: Sendable {
        public var name: String
        /// (x, y, error bar half-height or nil), drawn joined in x order.
        public var points: [(x: Double, y: Double, error: Double?)]
    }

    /// The graph params whose sensitivity is plotted when a sweep varies them.
    public static let parameters: [(name: String, label: String)] = [
        ("spaces", "number of spaces N"), ("prompt_len", "short-prompt length s"), ("rank", "rank r"),
    ]

    /// (file name, SVG) of every plot the results support.
    public static func all(results: [SweepRunResult], rows: [SweepRow]) -> [(String, String)] {
        var out: [(String, String)] = []
        var tasks: [String] = []
        for r in results where !tasks.contains(r.task) { tasks.append(r.task) }
        for task in tasks {
            let series = timeSeries(results.filter { $0.task == task })
            if !series.isEmpty {
                out.append(("time-\(task).svg", chart(title: "\(task): dev metric against training time", xLabel: "training seconds",
                                                      yLabel: "dev metric ×100", series: series)))
            }
        }
        for p in parameters {
            let series = parameterSeries(rows, name: p.name)
            if !series.isEmpty {
                out.append(("metric-vs-\(p.name).svg", chart(title: "dev metric against \(p.label)", xLabel: "\(p.label) (\(p.name))",
                                                             yLabel: "dev metric ×100 (mean ± sd)", series: series)))
            }
        }
        return out
    }

    /// One line per configuration: the metric at each evaluation against training seconds, averaged
    /// over seeds evaluation by evaluation (as far as every finished seed goes).
    static func timeSeries(_ results: [SweepRunResult]) -> [Series] {
        var names: [String] = []
        for r in results where !names.contains(r.configuration) { names.append(r.configuration) }
        return names.compactMap { name in
            let curves = results.filter { $0.configuration == name && $0.status == .finished && !$0.curve.isEmpty }.map(\.curve)
            guard let n = curves.map(\.count).min(), n > 0 else { return nil }
            let points = (0..<n).map { i in
                (x: curves.map { $0[i].seconds }.reduce(0, +) / Double(curves.count),
                 y: curves.map { $0[i].metric }.reduce(0, +) / Double(curves.count), error: Double?.none)
            }
            return Series(name: name, points: points)
        }
    }

    /// Rows that set `name`, one line per task and everything else the rows set (method, other
    /// settings); lines with a single point are left out.
    static func parameterSeries(_ rows: [SweepRow], name: String) -> [Series] {
        var order: [String] = []
        var lines: [String: [(x: Double, y: Double, error: Double?)]] = [:]
        for r in rows {
            guard let mean = r.mean, let x = r.settings[name]?.asDouble else { continue }
            let others = r.settings.removing(name).texts.sorted()
            let key = ([r.task, r.method] + others).joined(separator: " ")
            if lines[key] == nil { order.append(key) }
            lines[key, default: []].append((x, mean, r.std))
        }
        return order.compactMap { key in
            guard let points = lines[key], Set(points.map(\.x)).count >= 2 else { return nil }
            return Series(name: key, points: points.sorted { $0.x < $1.x })
        }
    }

    static let colors = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

    /// A line chart with markers, optional error bars and a legend on the right.
    public static func chart(title: String, xLabel: String, yLabel: String, series: [Series]) -> String {
        let width = 860.0, height = 420.0, left = 64.0, right = 240.0, top = 36.0, bottom = 48.0
        let plotW = width - left - right, plotH = height - top - bottom
        let all = series.flatMap(\.points)
        let xs = all.map(\.x), ys = all.flatMap { p in [p.y - (p.error ?? 0), p.y + (p.error ?? 0)] }
        var xLo = xs.min() ?? 0, xHi = xs.max() ?? 1
        if xHi - xLo < 1e-9 { xLo -= 1; xHi += 1 }
        let xPad = (xHi - xLo) * 0.04    // keep end points and their error bars off the frame
        xLo -= xPad; xHi += xPad
        var yLo = ys.min() ?? 0, yHi = ys.max() ?? 1
        let pad = max(1e-6, (yHi - yLo) * 0.08)
        yLo -= pad; yHi += pad
        func x(_ v: Double) -> Double { left + (v - xLo) / (xHi - xLo) * plotW }
        func y(_ v: Double) -> Double { top + (1 - (v - yLo) / (yHi - yLo)) * plotH }
        let f = SVGChart.number, label = SVGChart.tick, escape = SVGChart.escape

        var s = SVGChart.start(width: width, height: height, title: title, titleX: left + plotW / 2,
                               frame: (left, top, plotW, plotH))
        for k in 0...4 {
            let t = Double(k) / 4
            let gy = top + (1 - t) * plotH, gx = left + t * plotW
            s += "<line x1=\"\(f(left))\" y1=\"\(f(gy))\" x2=\"\(f(left + plotW))\" y2=\"\(f(gy))\" stroke=\"#eee\"/>\n"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(gy + 4))\" text-anchor=\"end\">\(label(yLo + t * (yHi - yLo)))</text>\n"
            s += "<text x=\"\(f(gx))\" y=\"\(f(top + plotH + 16))\" text-anchor=\"middle\">\(label(xLo + t * (xHi - xLo)))</text>\n"
        }
        s += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 10))\" text-anchor=\"middle\">\(escape(xLabel))</text>\n"
        s += "<text x=\"14\" y=\"\(f(top + plotH / 2))\" transform=\"rotate(-90 14 \(f(top + plotH / 2)))\" text-anchor=\"middle\">\(escape(yLabel))</text>\n"
        for (i, line) in series.enumerated() {
            let color = colors[i % colors.count]
            let points = line.points.filter { $0.x.isFinite && $0.y.isFinite }
            if points.count > 1 {
                let path = points.map { "\(f(x($0.x))),\(f(y($0.y)))" }.joined(separator: " ")
                s += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\"/>\n"
            }
            for p in points {
                if let e = p.error, e.isFinite, e > 0 {
                    s += "<line x1=\"\(f(x(p.x)))\" y1=\"\(f(y(p.y - e)))\" x2=\"\(f(x(p.x)))\" y2=\"\(f(y(p.y + e)))\" stroke=\"\(color)\"/>\n"
                }
                s += "<circle cx=\"\(f(x(p.x)))\" cy=\"\(f(y(p.y)))\" r=\"3\" fill=\"\(color)\"/>\n"
            }
            let ly = top + 8 + Double(i) * 18
            s += "<rect x=\"\(f(left + plotW + 12))\" y=\"\(f(ly - 8))\" width=\"10\" height=\"10\" fill=\"\(color)\"/>\n"
            s += "<text x=\"\(f(left + plotW + 28))\" y=\"\(f(ly + 1))\">\(escape(line.name))</text>\n"
        }
        return s + "</svg>\n"
    }
}
