/// Bounds that keep elaboration finite and its arithmetic free of overflow on any input.
/// They sit far above any real model (T5-XXL's largest tensor has 131M elements).
public enum ElaborationLimits {
    public static let maxDimension = 1 << 24
    public static let maxElements = 1 << 32
    public static let maxNodesPerEntry = 200_000
    public static let maxLoopIterations = 100_000
    public static let maxCallDepth = 32
    public static let maxImportDepth = 64
    public static let maxWeights = 100_000
    /// Statements, loop iterations and function calls one entry may elaborate in total, so nested
    /// loops (whose caps multiply) and fan-out calls end. T5-large's train step takes ~20,000.
    public static let maxStepsPerEntry = 2_000_000
    /// The longest compile-time string (checkpoint names are under 100 characters).
    public static let maxStringLength = 1 << 16

    /// Nil when the shape is within bounds, else why not.
    static func problem(with shape: [Int]) -> String? {
        var count = 1
        for d in shape {
            if d <= 0 { return "dimension must be positive, got \(d)" }
            if d > maxDimension { return "dimension \(d) is larger than the limit \(maxDimension)" }
            let (product, overflow) = count.multipliedReportingOverflow(by: d)
            if overflow || product > maxElements {
                return "tensor of shape \(shape) has more than \(maxElements) elements"
            }
            count = product
        }
        return nil
    }
}
