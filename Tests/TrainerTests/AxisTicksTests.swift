import Foundation
import Testing
@testable import Experiments
@testable import Trainer

/// Plot axes tick at round values: spacing 1, 2 or 5 × 10ⁿ, covering the data, labelled without
/// float noise.
@Suite struct AxisTicksTests {
    /// The leading digit of a spacing, and whether the rest is a power of ten.
    static func isRound(_ step: Double) -> Bool {
        let magnitude = pow(10, log10(step).rounded(.down))
        let lead = step / magnitude
        return [1.0, 2.0, 5.0].contains { abs(lead - $0) < 1e-9 }
    }

    @Test func knownRanges() {
        #expect(AxisTicks(covering: 0, 1037).values == [0, 200, 400, 600, 800, 1000, 1200])
        #expect(AxisTicks(covering: 0, 10).values == [0, 2, 4, 6, 8, 10])
        #expect(AxisTicks(covering: 0, 0.71).values.map { ($0 * 10).rounded() } == [0, 1, 2, 3, 4, 5, 6, 7, 8])
        let metric = AxisTicks(covering: 0.231, 0.705)
        #expect(metric.step == 0.1)
        #expect(metric.values.map(metric.label) == ["0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8"])
        #expect(AxisTicks(covering: -3.2, 7.9).values == [-4, -2, 0, 2, 4, 6, 8])
        #expect(AxisTicks(covering: 0, 3, integral: true).values == [0, 1, 2, 3])
        #expect(AxisTicks(covering: 0, 1, integral: true).step == 1)
    }

    /// Whatever the range: round spacing, the data inside the first and last tick, a handful of
    /// ticks, labels that parse back to the tick.
    @Test func everyRangeGetsRoundTicks() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let scale = pow(10, Double.random(in: -6...7, using: &rng))
            let a = Double.random(in: -1...1, using: &rng) * scale, b = a + Double.random(in: 0...1, using: &rng) * scale
            let ticks = AxisTicks(covering: a, b)
            #expect(Self.isRound(ticks.step), "\(a)…\(b): step \(ticks.step)")
            #expect(ticks.lower <= a && ticks.upper >= b, "\(a)…\(b): \(ticks.values)")
            #expect(ticks.values.count >= 2 && ticks.values.count <= 12, "\(a)…\(b): \(ticks.values)")
            for (v, w) in zip(ticks.values, ticks.values.dropFirst()) {
                #expect(abs((w - v) - ticks.step) <= ticks.step * 1e-9)
            }
            for v in ticks.values {
                let parsed = Double(ticks.label(v)) ?? .nan
                #expect(abs(parsed - v) <= ticks.step * 1e-6, "label \(ticks.label(v)) for \(v)")
            }
        }
    }

    @Test func degenerateRanges() {
        let flat = AxisTicks(covering: 5, 5)
        #expect(flat.lower < 5 && flat.upper > 5 && Self.isRound(flat.step))
        let zero = AxisTicks(covering: 0, 0)
        #expect(zero.lower <= -1 && zero.upper >= 1)
        let bad = AxisTicks(covering: .nan, .infinity)
        #expect(bad.values.allSatisfy(\.isFinite) && bad.values.count >= 2)
        #expect(AxisTicks(covering: 10, 0).values == AxisTicks(covering: 0, 10).values)
        #expect(AxisTicks(covering: -0.0001, 0.3).label(-1e-17) == "0.00")
    }

    /// The run plot's step axis and loss axis carry round labels, not the data's extremes.
    @Test func lossPlotLabelsAreRound() {
        let losses = (0...259).map { (step: $0 * 2, loss: 0.7 - Double($0) * 0.001) }   // steps 0…518
        let metric = [(step: 259, value: 0.137), (step: 518, value: 0.291)]
        let svg = LossPlot.svg(losses: losses, metric: metric, metricName: "mcc", title: "t")
        for label in [">0<", ">100<", ">500<", ">600<", ">0.7<", ">0.30<", ">0.05<"] {
            #expect(svg.contains(label), "missing \(label)")
        }
        #expect(!svg.contains(">518<") && !svg.contains(">259<"))
    }

    @Test func sweepChartLabelsAreRound() {
        let series = [SweepPlots.Series(name: "a", points: [(x: 13.7, y: 41.2, error: 1.3), (x: 88.1, y: 57.9, error: nil)])]
        let svg = SweepPlots.chart(title: "t", xLabel: "x", yLabel: "y", series: series)
        for label in [">0<", ">20<", ">100<", ">35<", ">40<", ">60<"] { #expect(svg.contains(label), "missing \(label)") }
        #expect(!svg.contains(">13.7<") && !svg.contains(">88.1<"))
    }
}
