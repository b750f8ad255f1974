import Foundation
import Support
import Tasks

/// A run folder's config.json is read back on `--resume`, `eval` and `predict`; it may have been
/// edited or damaged since eptc wrote it. Flags are range-checked where they are parsed; these are
/// the same ranges for the file, so a bad value is refused naming the file and the field instead
/// of failing deep inside the trainer (a batch size of 0 divides by zero).
extension RunConfiguration {
    public func checkRanges(file: String) throws {
        func refuse(_ field: String, _ value: Any, _ expected: String) -> UserError {
            UserError("\(file): \(field) is \(value); expected \(expected)")
        }
        func positive(_ field: String, _ value: Int?, max: Int = 1 << 30) throws {
            if let value, !(1...max).contains(value) { throw refuse(field, value, "a whole number from 1 to \(max)") }
        }
        func fraction(_ field: String, _ value: Double?, below upper: Double = 1, inclusive: Bool = true) throws {
            guard let value else { return }
            guard value.isFinite, value >= 0, inclusive ? value <= upper : value < upper else {
                throw refuse(field, value, "a number from 0 to \(upper)" + (inclusive ? "" : " (exclusive)"))
            }
        }
        for (field, text) in [("task", task), ("method", method), ("model", model), ("graph", graph)] where text.isEmpty {
            throw refuse(field, "empty", "a name")
        }
        try positive("batchSize", batchSize, max: 1 << 20)
        try positive("epochs", epochs)
        try positive("maxSteps", maxSteps)
        try positive("evalEvery", evalEvery)
        try positive("patience", patience)
        for (field, seconds) in [("timeBudget", timeBudget), ("evalSeconds", evalSeconds)] {
            if let seconds, !(seconds.isFinite && seconds > 0) { throw refuse(field, seconds, "a positive number of seconds") }
        }
        if !(0...(1 << 20)).contains(maxLength) { throw refuse("maxLength", maxLength, "0 to \(1 << 20) tokens") }
        if !(0...4096).contains(targetLength) { throw refuse("targetLength", targetLength, "0 to 4096 tokens") }
        if buckets.contains(where: { $0 < 1 || $0 > 1 << 20 }) || buckets != buckets.sorted() || Set(buckets).count != buckets.count {
            throw refuse("buckets", buckets, "increasing lengths from 1 to \(1 << 20)")
        }
        for (group, rate) in learningRates.sorted(by: { $0.key < $1.key }) where !(rate.isFinite && rate >= 0) {
            throw refuse("learningRates.\(group)", rate, "a non-negative number")
        }
        try fraction("weightDecay", weightDecay)
        try fraction("warmupFraction", warmupFraction)
        try fraction("dropout", dropout, inclusive: false)
        if !(maxGradNorm.isFinite && maxGradNorm > 0) { throw refuse("maxGradNorm", maxGradNorm, "a positive number") }
        if !(0...4096).contains(threads) { throw refuse("threads", threads, "0 (all cores) to 4096") }
        if (task == CustomTask.taskName) != (custom != nil) {
            throw UserError("\(file): task is \(task) " + (custom == nil ? "but there is no 'custom' definition" : "but a 'custom' definition is given"))
        }
        if let problem = custom?.problem { throw UserError("\(file): custom: \(problem)") }
    }
}
