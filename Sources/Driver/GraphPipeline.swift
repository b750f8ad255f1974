import Foundation
import IR
import Passes
import Syntax

/// The front end plus the pass pipeline, as `eptc compile` runs it: elaborated graph, then each
/// pass verified after it runs. Shared by `compile`, `bench` and `codegen-dumps`, so all three
/// see the same final graph.
public enum GraphPipeline {
    /// Stage names in order: `elaborate`, then each pass (what `--dump-after` accepts).
    public static func stageNames(skipping: PassSkipList = .none) -> [String] {
        ["elaborate"] + standardPipeline(skipping: skipping).map(\.name)
    }

    /// Runs every pass over `graph`, calling `afterStage(graph, index)` after elaboration (index 0)
    /// and after each pass (index 1...). A pass that throws something other than a diagnostic, or
    /// leaves an invalid graph, is an internal error naming the pass.
    public static func run(_ graph: Graph, skipping: PassSkipList = .none,
                           afterStage: (Graph, Int) throws -> Void = { _, _ in }) throws -> Graph {
        do {
            return try PassRunner(standardPipeline(skipping: skipping)).run(graph, afterStage: afterStage)
        } catch let failure as PassFailure {
            throw InternalError(failure.description)
        }
    }

    /// Parses, elaborates and verifies `file` with `--set` bindings, then runs every pass: the
    /// graph that codegen compiles.
    public static func finalGraph(file: String, bindings: ParamBindings = [], skipping: PassSkipList = .none) throws -> Graph {
        let graph = try Elaborator(loader: FileSystemLoader()).elaborate(file: file, bindings: bindings.values,
                                                                          configBindings: [:])
        return try run(graph, skipping: skipping)
    }
}
