import ArgumentParser
import Foundation
import IR
import Passes
import Syntax

/// The front end plus the pass pipeline, as `eptc compile` runs it: elaborated graph, then each
/// pass verified after it runs. Shared by `compile`, `bench` and `codegen-dumps`, so all three
/// see the same final graph.
public enum GraphPipeline {
    /// Stage names in order: `elaborate`, then each pass (what `--dump-after` accepts).
    public static var stageNames: [String] { stageNames() }

    /// Stage names with the named fusion passes left out (`--no-fuse`).
    public static func stageNames(skippingFusion skipped: Set<String> = []) -> [String] {
        ["elaborate"] + standardPipeline(skippingFusion: skipped).map(\.name)
    }

    /// Runs every pass over `graph` (but the fusion passes in `skippingFusion`), calling
    /// `afterStage(graph, index)` after elaboration (index 0) and after each pass (index 1...). A
    /// pass that throws something other than a diagnostic, or leaves an invalid graph, is an
    /// internal error naming the pass.
    public static func run(_ graph: Graph, skippingFusion skipped: Set<String> = [],
                           afterStage: (Graph, Int) throws -> Void = { _, _ in }) throws -> Graph {
        var graph = graph
        try afterStage(graph, 0)
        for (i, pass) in standardPipeline(skippingFusion: skipped).enumerated() {
            do {
                graph = try pass.run(graph)
            } catch let d as Diagnostic {
                throw d
            } catch {
                throw InternalError("pass '\(pass.name)' failed: \(error)")
            }
            do {
                try Verifier().verify(graph)
            } catch {
                throw InternalError("pass '\(pass.name)' produced an invalid graph: \(error)")
            }
            try afterStage(graph, i + 1)
        }
        return graph
    }

    /// Parses, elaborates and verifies `file` with `--set`-style assignments, then runs every
    /// pass: the graph that codegen compiles.
    public static func finalGraph(file: String, assignments: [String] = [],
                                  skippingFusion skipped: Set<String> = []) throws -> Graph {
        let bindings = try SymbolBindings.parse(assignments: assignments)
        let graph = try Elaborator(loader: FileSystemLoader()).elaborate(file: file, bindings: bindings,
                                                                          configBindings: [:])
        return try run(graph, skippingFusion: skipped)
    }
}

/// `--no-fuse PASS,…|all` (compile, bench): fusion passes to leave out, for comparisons.
struct FusionFlags: ParsableArguments {
    @Option(name: .customLong("no-fuse"), help: ArgumentHelp(
        "Leave out fusion passes (comma-separated, repeatable): \(fusionPassNames.joined(separator: ", ")), or all.",
        valueName: "PASS,…|all"))
    var noFuse: [String] = []

    /// The fusion passes to skip; an unknown name is an error listing the known ones.
    func skipped() throws -> Set<String> {
        var out = Set<String>()
        for name in noFuse.flatMap({ $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }) {
            if name == "all" {
                out.formUnion(fusionPassNames)
            } else if fusionPassNames.contains(name) {
                out.insert(name)
            } else {
                throw ValidationError("unknown fusion pass '\(name)' for --no-fuse; passes: "
                                      + fusionPassNames.joined(separator: ", ") + ", all")
            }
        }
        return out
    }

    func validate() throws { _ = try skipped() }
}
