import Foundation
import Models
import TestSupport
import Testing
@testable import Trainer

/// A short run of the runner-input fuzzer (tools/fuzz-runner.sh runs it long): task data rows,
/// config.json values and checkpoint positions, each accepted or refused with a located error.
@Suite struct RunnerFuzzTests {
    @Test func mutantsAreAcceptedOrRefusedCleanly() throws {
        var fuzzer = try RunnerFuzzer(shippedData: repositoryRoot + "/data", seed: 24_301)
        // Rows are tokenized too, by the tiny BERT's WordPiece (its 100-word vocabulary: most
        // words go through the subword search).
        fuzzer.codec = try TextCodec.load(for: ModelFolder(path: TinyModels.bert), fallbackT5Vocabulary: nil).0
        let scratch = try temporaryDirectory("fuzz-runner")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let report = fuzzer.run(count: 600, scratch: scratch)
        #expect(report.failures.isEmpty, "\(report.failures.prefix(5).joined(separator: "\n"))")
        #expect(report.mutants == 600)
        // Both outcomes occur: the mutations reach past the first check.
        #expect(report.accepted > 50 && report.refused > 50, "accepted \(report.accepted), refused \(report.refused)")
        print("runner fuzz: \(report.mutants) mutants, \(report.accepted) accepted, \(report.refused) refused, "
              + "slowest \(report.slowest) s (\(report.slowestMutant))")
    }

    /// The oracle itself: positions no run reaches are recognised.
    @Test func impossiblePositionsAreRecognised() {
        var p = TrainingPosition(seed: 1)
        #expect(RunnerFuzzer.unreachable(p) == nil)
        p.step = -5
        #expect(RunnerFuzzer.unreachable(p) != nil)
        p.step = 3
        p.bestStep = 9
        #expect(RunnerFuzzer.unreachable(p) != nil)
    }
}
