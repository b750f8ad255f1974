import Foundation
import IR
import Models
import Passes
import Runtime
import Support
import TestSupport
import Testing
@testable import Trainer

/// The graph `eptc run` trains goes through the same pass runner as `eptc compile`: verified
/// after every pass, so a pass that breaks it is caught and named on this path too.
@Suite struct StepPipelineTests {
    /// Breaks every entry: its last node reads a value that does not exist.
    struct BreakingPass: Pass {
        var name: String { "break-everything" }
        func run(_ graph: Graph) throws -> Graph {
            var graph = graph
            for e in graph.entries.indices where !graph.entries[e].nodes.isEmpty {
                let last = graph.entries[e].nodes.count - 1
                graph.entries[e].nodes[last].inputs.append(ValueID(10_000_000))
            }
            return graph
        }
    }

    @Test func aPassThatBreaksTheTrainingGraphIsCaught() throws {
        let folder = try ModelFolder(path: TinyModels.bert)
        let rate = AdamWConfig.Group(learningRate: 1e-3)
        let optimizer = AdamWConfig(groups: ["prompt": rate, "lowrank": rate, "head": rate])
        let build = { (passes: [any Pass]?) in
            try StepPrograms(graphFile: repositoryRoot + "/graphs/ept-bert.graph", folder: folder,
                             settings: ["prompt_len": .int(4), "num_labels": .int(2), "max_len": .int(16)],
                             buckets: LengthBuckets(lengths: [16]), batchSize: 2, targetLength: 0, evalEntry: "encode",
                             training: true, optimizer: optimizer, engine: .interpreter, seed: 1,
                             passOverride: passes) { _ in throw UserError("not compiled in this test") }
        }
        _ = try build(nil)  // the real pipeline passes the verifier
        #expect {
            _ = try build(standardPipeline() + [BreakingPass()])
        } throws: { error in
            "\(error)".hasPrefix("pass 'break-everything' produced an invalid graph")
        }
    }
}
