// Correlation metrics for STS-B, as fractions in −1…1 (Pearson, Spearman).
// Convention: a constant input has no defined correlation (scipy returns NaN); we return 0 so a
// collapsed regressor scores like an uninformative one and sums/averages stay finite.

extension Metrics {
    /// Pearson's r: Σ(x−x̄)(y−ȳ) / sqrt(Σ(x−x̄)² · Σ(y−ȳ)²), clamped to [−1, 1];
    /// 0 when either side is constant (or empty).
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "pearson: \(x.count) values against \(y.count)")
        guard !x.isEmpty else { return 0 }
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            let dx = a - mx, dy = b - my
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return max(-1, min(1, sxy / (sxx.squareRoot() * syy.squareRoot())))
    }

    /// Spearman's ρ: Pearson's r of the ranks, ties given their average rank
    /// (scipy.stats.spearmanr); 0 when either side is constant.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "spearman: \(x.count) values against \(y.count)")
        return pearson(ranks(x), ranks(y))
    }

    /// 1-based ranks, tied values sharing the mean of the ranks they span
    /// (scipy.stats.rankdata(method="average")): [10, 20, 20, 5] → [2, 3.5, 3.5, 1].
    public static func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var result = [Double](repeating: 0, count: x.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && x[order[end]] == x[order[start]] { end += 1 }
            // Positions start..<end hold one value: ranks start+1 … end, mean (start+1+end)/2.
            let rank = Double(start + 1 + end) / 2
            for k in start..<end { result[order[k]] = rank }
            start = end
        }
        return result
    }
}
