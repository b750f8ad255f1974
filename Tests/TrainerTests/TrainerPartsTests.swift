import Foundation
import Testing
@testable import Trainer

/// The runner's pure pieces: schedule, length buckets, epoch plans, configuration differences.
@Suite struct TrainerPartsTests {
    /// Hugging Face's get_linear_schedule_with_warmup: step/warmup, then (total − step)/(total − warmup).
    @Test func linearScheduleMatchesTransformers() {
        let s = LinearSchedule(horizon: .steps(100), warmupFraction: 0.1)
        #expect(s.scale(completedSteps: 0, elapsed: 0) == 0)
        #expect(s.scale(completedSteps: 5, elapsed: 0) == 0.5)
        #expect(s.scale(completedSteps: 10, elapsed: 0) == 1)
        #expect(s.scale(completedSteps: 55, elapsed: 0) == 0.5)
        #expect(s.scale(completedSteps: 100, elapsed: 0) == 0)
        #expect(s.scale(completedSteps: 120, elapsed: 0) == 0)
        let t = LinearSchedule(horizon: .seconds(600), warmupFraction: 0.05)
        #expect(t.scale(completedSteps: 7, elapsed: 15) == 0.5)
        #expect(abs(t.scale(completedSteps: 7, elapsed: 315) - 0.5) < 1e-12)
        #expect(LinearSchedule(horizon: .steps(10), warmupFraction: 0).scale(completedSteps: 0, elapsed: 0) == 1)
    }

    @Test func bucketsMinimizePadding() {
        // Lengths cluster at 10 and 40: two buckets put each cluster in its own.
        let lengths = [Int](repeating: 10, count: 90) + [Int](repeating: 40, count: 10)
        #expect(LengthBuckets.fitted(to: lengths, count: 2, maxLength: 64).lengths == [12, 40])
        #expect(LengthBuckets.fitted(to: lengths, count: 4, maxLength: 64).lengths == [12, 40])
        // Capped at the maximum, and one bucket holds everything.
        #expect(LengthBuckets.fitted(to: [5, 100], count: 1, maxLength: 64).lengths == [64])
        let b = LengthBuckets(lengths: [12, 24, 48])
        #expect(b.bucket(for: 1) == 0 && b.bucket(for: 12) == 0 && b.bucket(for: 13) == 1 && b.bucket(for: 99) == 2)
        // The dynamic programme beats the quantile choice on a spread-out distribution.
        let spread = (1...200).map { $0 % 50 + 1 }
        let fitted = LengthBuckets.fitted(to: spread, count: 4, maxLength: 64)
        #expect(fitted.lengths.count == 4 && fitted.lengths.last == 52)
        let cost = { (k: LengthBuckets) in spread.reduce(0) { $0 + k.lengths[k.bucket(for: $1)] } }
        #expect(cost(fitted) <= cost(LengthBuckets(lengths: [16, 28, 40, 52])))
    }

    @Test func epochPlansAreFunctionsOfSeedAndEpochAndCoverEveryExample() {
        let bucketOf = (0..<103).map { $0 % 3 }
        let a = EpochPlan.training(bucketOf: bucketOf, bucketCount: 3, batchSize: 8, seed: 1, epoch: 0)
        #expect(a == EpochPlan.training(bucketOf: bucketOf, bucketCount: 3, batchSize: 8, seed: 1, epoch: 0))
        #expect(a != EpochPlan.training(bucketOf: bucketOf, bucketCount: 3, batchSize: 8, seed: 1, epoch: 1))
        #expect(a != EpochPlan.training(bucketOf: bucketOf, bucketCount: 3, batchSize: 8, seed: 2, epoch: 0))
        #expect(a.allSatisfy { $0.rows.count == 8 && $0.rows.allSatisfy { bucketOf[$0] == $0 % 3 } })
        #expect(a.allSatisfy { batch in batch.rows.allSatisfy { bucketOf[$0] == batch.bucket } })
        #expect(Set(a.flatMap(\.rows)) == Set(0..<103))
        // The count the trainer computes without building a plan: ⌈35/8⌉ + ⌈34/8⌉ + ⌈34/8⌉.
        #expect(a.count == 5 + 5 + 5)
        let e = EpochPlan.evaluation(bucketOf: bucketOf, bucketCount: 3, batchSize: 8)
        #expect(e.flatMap { $0.rows.dropLast($0.padding) }.sorted() == Array(0..<103))
        #expect(e.reduce(0) { $0 + $1.padding } == e.count * 8 - 103)
    }

    @Test func configurationDifferencesNameEachChangedField() {
        var a = RunConfiguration(task: "cola", method: "ept", model: "/m", backbone: .bert, graph: "/g")
        a.learningRates = ["prompt": 0.3]
        var b = a
        #expect(a.differences(from: b).isEmpty)
        b.batchSize = 16
        b.learningRates["prompt"] = 0.1
        b.threads = 1                     // threads and evaluation cadence may change on resume
        b.evalEvery = 5
        let d = b.differences(from: a)
        #expect(d.count == 2)
        #expect(d.contains("batch-size: 32 → 16"))
    }

    @Test func dropoutSeedsDifferPerStep() {
        let seeds = (0..<1000).map { Trainer.dropoutSeed(42, step: $0) }
        #expect(Set(seeds).count == 1000)
        #expect(Trainer.dropoutSeed(42, step: 3) == Trainer.dropoutSeed(42, step: 3))
    }
}
