import Foundation
import TestSupport
import Testing
@testable import Trainer

/// `mpirun -np N eptc run … --distributed` on this machine (loopback), against a single process.
/// Skipped, saying so, where mpirun is not installed.
@Suite(.serialized, .enabled(if: MPIRun.mpirun != nil, Comment(rawValue: MPIRun.skipMessage)))
struct DistributedTrainingTests {
    static let data = try! dataSlice("CoLA", train: 64, dev: 16)

    /// Tiny BERT, EPT, 8 steps of 8 examples, no dropout (a rank's dropout stream depends on its
    /// shard's shape), one thread per process (kernel results depend on the thread count).
    static func bert(_ out: String, steps: Int = 8, evalEvery: Int = 4, dropout: String = "0") -> [String] {
        ["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", String(steps),
         "--eval-every", String(evalEvery), "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24",
         "--dropout", dropout, "--threads", "1", "--out", out]
    }

    static func isTrainable(_ name: String) -> Bool { !name.hasPrefix("adam_") }
    static func isFirstMoment(_ name: String) -> Bool { name.hasPrefix("adam_m_") }

    /// A data-parallel run against a single process's, with the stated tolerances. The first step
    /// starts from identical weights, so its loss and gradient norm show the reduction itself: the
    /// global-batch mean gradient up to float32 rounding (1e-5 relative; a wrong share, a missed or
    /// double-counted row is off by percents). Later steps start from weights that already differ
    /// by rounding, and AdamW amplifies that: it divides each gradient element by its own running
    /// scale, so an element whose gradient is a cancellation near zero turns a rounding difference
    /// into up to one learning-rate step. Hence, over the whole run: losses 1e-4 and gradient norms
    /// 1e-3 relative, AdamW's first moments (linear in the gradients) 1e-3 of their norm, weights
    /// 5% of the largest learning rate. A single process on 1 and on 2 threads differs as much.
    static func expectClose(_ run: RunRecord, _ reference: RunRecord, _ what: String, largestRate: Double) {
        let first = max(RunRecord.relative([run.losses.first ?? .nan], [reference.losses.first ?? .nan]),
                        RunRecord.relative([run.gradNorms.first ?? .nan], [reference.gradNorms.first ?? .nan]))
        let losses = RunRecord.relative(run.losses, reference.losses)
        let norms = RunRecord.relative(run.gradNorms, reference.gradNorms)
        let moments = run.relativeNorm(to: reference, where: isFirstMoment)
        let weights = run.largestDifference(to: reference, where: isTrainable)
        print("\(what) vs one process: step 1 \(first), losses \(losses), gradient norms \(norms) relative; "
              + "first moments \(moments) of their norm; weights \(weights) (\(weights / largestRate) of the largest rate)")
        #expect(first <= 1e-5, "\(what): the first step's loss or gradient norm differs by \(first) relative")
        #expect(losses <= 1e-4, "\(what): losses differ by \(losses) relative")
        #expect(norms <= 1e-3, "\(what): gradient norms differ by \(norms) relative")
        #expect(moments <= 1e-3, "\(what): first moments differ by \(moments) of their norm")
        #expect(weights <= 0.05 * largestRate, "\(what): weights differ by up to \(weights)")
    }

    /// One rank equals a single process bit for bit (the split step is the fused one cut in two);
    /// 2 ranks (4 + 4 rows) and 3 ranks (3 + 3 + 2 and an ignored filler row) match it within
    /// `expectClose`'s tolerances.
    @Test func distributedRunsMatchASingleProcess() throws {
        let root = try temporaryDirectory("dp-bert")
        let single = try MPIRun.eptc(Self.bert(root + "/single"), logs: root + "/single")
        try #require(single.status == 0, "\(single.stderr)")
        let reference = try RunRecord(root + "/single")
        try #require(reference.losses.count == 8)

        let one = try MPIRun.eptc(ranks: 1, Self.bert(root + "/one") + ["--distributed"], logs: root + "/one")
        try #require(one.status == 0, "\(one.stderr)\n\(one.stdout)")
        #expect(one.stdout.contains("data-parallel: 1 rank"))
        let oneRank = try RunRecord(root + "/one")
        #expect(oneRank.losses == reference.losses && oneRank.gradNorms == reference.gradNorms)
        #expect(oneRank.state == reference.state)

        for ranks in [2, 3] {
            let out = root + "/ranks\(ranks)"
            let r = try MPIRun.eptc(ranks: ranks, Self.bert(out) + ["--distributed"], logs: out)
            try #require(r.status == 0, "\(r.stderr)\n\(r.stdout)")
            #expect(r.stdout.contains("data-parallel: \(ranks) ranks"))
            #expect(r.stdout.contains("all-reduced per step"))
            let run = try RunRecord(out)
            // Rank 0 alone wrote the folder: one record per step, not one per rank.
            #expect(run.losses.count == 8 && run.gradNorms.count == 8)
            #expect(RunCommandTests.files(out) == ["config.json", "log.jsonl", "best.safetensors", "last.safetensors",
                                                   "summary.json", "curves.svg", "kernel-choices.json"])
            #expect(run.state["adam_step"] == [8])
            Self.expectClose(run, reference, "\(ranks) ranks (BERT)", largestRate: 3e-2)
        }
    }

    /// T5's loss is a mean over target tokens, and CoLA's label words have different token counts:
    /// each rank's gradient is weighted by its share of the batch's tokens. Batch 5 on 2 ranks
    /// (3 + 2 rows, rank 1 with an ignored filler row).
    @Test func t5ShardsAreWeightedByTheirTargetTokens() throws {
        let root = try temporaryDirectory("dp-t5")
        func args(_ out: String) -> [String] {
            ["run", "--task", "cola", "--model", TinyModels.t5, "--data-dir", Self.data, "--max-steps", "4",
             "--eval-every", "2", "--batch-size", "5", "--set", "prompt_len=4", "--max-length", "32", "--dropout", "0",
             "--threads", "1", "--out", out]
        }
        let single = try MPIRun.eptc(args(root + "/single"), logs: root + "/single")
        try #require(single.status == 0, "\(single.stderr)")
        let two = try MPIRun.eptc(ranks: 2, args(root + "/two") + ["--distributed"], logs: root + "/two")
        try #require(two.status == 0, "\(two.stderr)\n\(two.stdout)")
        Self.expectClose(try RunRecord(root + "/two"), try RunRecord(root + "/single"), "2 ranks (T5)", largestRate: 3e-1)
    }
}
