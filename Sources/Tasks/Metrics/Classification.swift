// Classification metrics over class indices, as fractions in 0…1. They follow
// scikit-learn's definitions (accuracy_score, f1_score, matthews_corrcoef) exactly, including
// the degenerate cases, so committed sklearn fixtures check them to 1e-12.
// Any integer is a valid class: an unreadable prediction (-1, `Label.unknown`) is simply a class
// that never matches a reference, which is how T5's evaluation treats it.

/// Metric functions; `predictions[i]` is compared with `references[i]`.
/// Empty inputs give 0 for every metric (never NaN).
public enum Metrics {
    /// Fraction of positions where prediction equals reference.
    public static func accuracy(predictions: [Int], references: [Int]) -> Double {
        precondition(predictions.count == references.count, "accuracy: \(predictions.count) predictions for \(references.count) references")
        guard !references.isEmpty else { return 0 }
        let correct = zip(predictions, references).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        return Double(correct) / Double(references.count)
    }

    /// Binary F1 of the class `positive`: 2·tp / (2·tp + fp + fn); 0 when there is no
    /// positive prediction or reference at all (sklearn's zero_division=0).
    public static func f1(predictions: [Int], references: [Int], positive: Int = 1) -> Double {
        precondition(predictions.count == references.count, "f1: \(predictions.count) predictions for \(references.count) references")
        var tp = 0, fp = 0, fn = 0
        for (p, r) in zip(predictions, references) {
            if p == positive && r == positive { tp += 1 }
            else if p == positive { fp += 1 }
            else if r == positive { fn += 1 }
        }
        let denominator = 2 * tp + fp + fn
        return denominator == 0 ? 0 : Double(2 * tp) / Double(denominator)
    }

    /// Unweighted mean of the per-class F1 over `classes` (CB: 0..<3), each class scored as the
    /// positive one; a class never predicted nor present scores 0 (sklearn labels=…, average="macro").
    public static func macroF1(predictions: [Int], references: [Int], classes: Range<Int>) -> Double {
        guard !classes.isEmpty else { return 0 }
        let sum = classes.reduce(0.0) { $0 + f1(predictions: predictions, references: references, positive: $1) }
        return sum / Double(classes.count)
    }

    /// Macro-F1 over the classes that occur in `references` or `predictions`, as scikit-learn's
    /// f1_score(average="macro") without `labels=`; an unknown prediction (-1) is no class of its
    /// own here, only a miss of its reference's class. Custom tasks use it: a class absent from a
    /// small dev set and never predicted should not pull the mean down.
    public static func macroF1(predictions: [Int], references: [Int]) -> Double {
        let classes = Set(references).union(predictions).subtracting([-1]).sorted()
        guard !classes.isEmpty else { return 0 }
        let sum = classes.reduce(0.0) { $0 + f1(predictions: predictions, references: references, positive: $1) }
        return sum / Double(classes.count)
    }

    /// Matthews correlation coefficient over all classes that occur (multiclass form, as sklearn):
    ///   (c·s − Σ t_k p_k) / sqrt((s² − Σ p_k²)(s² − Σ t_k²))
    /// with c correct, s samples, t_k / p_k the true / predicted counts of class k.
    /// 0 when the denominator is 0 — a single predicted class, or a single true class.
    public static func matthews(predictions: [Int], references: [Int]) -> Double {
        precondition(predictions.count == references.count, "matthews: \(predictions.count) predictions for \(references.count) references")
        var trueCount: [Int: Int] = [:], predictedCount: [Int: Int] = [:]
        var correct = 0
        for (p, r) in zip(predictions, references) {
            trueCount[r, default: 0] += 1
            predictedCount[p, default: 0] += 1
            if p == r { correct += 1 }
        }
        let s = references.count
        var tp = 0, pp = 0, tt = 0
        for (k, t) in trueCount { tp += t * (predictedCount[k] ?? 0); tt += t * t }
        for (_, p) in predictedCount { pp += p * p }
        // Integer sums are exact (s ≤ ~3·10⁹ keeps s² in Int64); the product is taken in Double
        // like sklearn, whose counts are float64.
        let covTP = Double(correct * s - tp), covPP = Double(s * s - pp), covTT = Double(s * s - tt)
        let denominator = covTT * covPP
        return denominator == 0 ? 0 : covTP / denominator.squareRoot()
    }
}
