import Foundation
import IR
import TestSupport
import Testing
@testable import Models

/// A short run of the model-folder fuzzer (tools/fuzz-models.sh runs long ones): mutated
/// config.json values and safetensors headers of bert-tiny, each loaded for graphs/bert.graph the
/// way `--model` loads them, must load or be refused with a CheckpointError or a diagnostic.
@Suite(.timeLimit(.minutes(10))) struct ModelFolderFuzzTests {
    @Test func mutatedModelFoldersLoadOrAreRefused() throws {
        var fuzzer = try ModelFolderFuzzer(seedFolder: Fixtures.path("bert-tiny"),
                                           graphFile: repositoryRoot + "/graphs/bert.graph",
                                           bindings: ["B": .int(2), "L": .int(8)], seed: 11)
        let scratch = NSTemporaryDirectory() + "eptc-model-fuzz-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let report = fuzzer.run(count: 200, scratch: scratch)
        print("model-folder fuzz: \(report.mutants) mutants, \(report.accepted) accepted, \(report.refused) refused, "
              + "slowest \(report.slowest) s")
        #expect(report.mutants == 200)
        #expect(report.failures.isEmpty, "\(report.failures.first ?? "")")
        #expect(report.refused > 50, "most mutants should be refused")
        #expect(report.accepted > 0, "some mutants (harmless values) should still load")
    }
}
