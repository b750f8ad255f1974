/// The learning-rate multiplier (`lr_scale`, fed to `train_step`): linear warm-up, then linear decay to
/// zero, as Hugging Face's `get_linear_schedule_with_warmup`. Progress is counted in steps when the
/// total is known (epochs or max steps), else in seconds of training against the time budget — the
/// only way a wall-clock budget can decay to zero, at the price of bit-exact reproducibility.
public struct LinearSchedule: Sendable, Equatable {
    public enum Horizon: Sendable, Equatable {
        case steps(Int)
        case seconds(Double)
    }

    public var horizon: Horizon
    public var warmupFraction: Double

    public init(horizon: Horizon, warmupFraction: Double) {
        self.horizon = horizon
        self.warmupFraction = warmupFraction
    }

    /// Multiplier for the step that follows `completedSteps` steps and `elapsed` seconds of training.
    public func scale(completedSteps: Int, elapsed: Double) -> Double {
        switch horizon {
        case .steps(let total):
            let warmup = Int((warmupFraction * Double(total)).rounded())
            return Self.linear(Double(completedSteps), total: Double(total), warmup: Double(warmup))
        case .seconds(let budget):
            return Self.linear(elapsed, total: budget, warmup: warmupFraction * budget)
        }
    }

    /// x/warmup while warming up, then (total − x)/(total − warmup), never below zero.
    static func linear(_ x: Double, total: Double, warmup: Double) -> Double {
        if x < warmup { return x / max(warmup, 1e-12) }
        return max(0, (total - x) / max(total - warmup, 1e-12))
    }
}
