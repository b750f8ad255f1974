import Foundation

/// Axis ticks at round values for the SVG plots (`LossPlot`, `SweepPlots`): the spacing is 1, 2 or
/// 5 × 10ⁿ ("nice numbers", Heckbert, Graphics Gems I) and the axis runs from the tick at or below
/// the data's low end to the tick at or above its high end, so a reader sees 0, 200, 400 … rather
/// than the data's own extremes (0, 259, 518 …).
public struct AxisTicks: Equatable, Sendable {
    /// The spacing: 1, 2 or 5 × 10ⁿ.
    public let step: Double
    /// Tick positions, ascending, `step` apart; the first ≤ the data's low end, the last ≥ its high end.
    public let values: [Double]

    /// The axis range the ticks cover.
    public var lower: Double { values.first ?? 0 }
    public var upper: Double { values.last ?? 1 }

    /// Ticks covering [low, high] with about `target` intervals (never fewer than 2 ticks).
    /// `integral`: the spacing is at least 1 (steps, counts). Non-finite ends fall back to [0, 1];
    /// an empty range is widened around its value.
    public init(covering low: Double, _ high: Double, target: Int = 5, integral: Bool = false) {
        var lo = low.isFinite ? low : 0, hi = high.isFinite ? high : 1
        if lo > hi { swap(&lo, &hi) }
        if hi - lo < 1e-12 * max(1, abs(lo)) {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad
            hi += pad
        }
        var step = Self.niceStep((hi - lo) / Double(max(1, target)))
        if integral { step = max(1, step) }
        // Integer multiples of the step (no accumulated rounding); the tolerance keeps a value that
        // is a tick up to rounding (0.30000000000000004) from adding a tick beyond it.
        let first = (lo / step + 1e-9).rounded(.down), last = (hi / step - 1e-9).rounded(.up)
        let count = max(2, Int(last - first) + 1)
        self.step = step
        values = (0..<count).map { (first + Double($0)) * step }
    }

    /// The round spacing nearest `rough`: 1, 2 or 5 × 10ⁿ.
    static func niceStep(_ rough: Double) -> Double {
        guard rough.isFinite, rough > 0 else { return 1 }
        let exponent = log10(rough).rounded(.down)
        let magnitude = pow(10, exponent)
        let fraction = rough / magnitude
        if fraction >= 7 { return pow(10, exponent + 1) }
        return (fraction < 1.5 ? 1 : fraction < 3 ? 2 : 5) * magnitude
    }

    /// A tick's label with as many decimals as the spacing needs (spacing 0.2: "0.4", never "0.400000").
    public func label(_ value: Double) -> String {
        let decimals = max(0, Int(-log10(step).rounded(.down)))
        let text = String(format: "%.\(decimals)f", value)
        // -0 from rounding a tiny negative value.
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
}
