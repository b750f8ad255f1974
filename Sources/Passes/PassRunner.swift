import IR
import Syntax

/// The one way passes run, for every path — `eptc compile`, `bench`, the codegen dumps and the
/// step programs `eptc run` trains: each pass in order, the graph verified after every one, and
/// a hook after each stage (the per-stage dumps). A pass that throws anything but a diagnostic,
/// or leaves a graph the verifier rejects, is a `PassFailure` naming the pass: a bug in eptc.
public struct PassRunner {
    public var passes: [any Pass]

    public init(_ passes: [any Pass]) { self.passes = passes }

    /// Runs the passes over `graph`; `afterStage(graph, k)` sees the input (k = 0) and the graph
    /// after pass k (1...).
    public func run(_ graph: Graph, afterStage: (Graph, Int) throws -> Void = { _, _ in }) throws -> Graph {
        var graph = graph
        try afterStage(graph, 0)
        for (k, pass) in passes.enumerated() {
            do {
                graph = try pass.run(graph)
            } catch let d as Diagnostic {
                throw d
            } catch {
                throw PassFailure(pass: pass.name, detail: "failed: \(error)")
            }
            do {
                try Verifier().verify(graph)
            } catch {
                throw PassFailure(pass: pass.name, detail: "produced an invalid graph: \(error)")
            }
            try afterStage(graph, k + 1)
        }
        return graph
    }
}

/// A pass broke its contract (threw, or left an invalid graph): an internal error, not the user's.
public struct PassFailure: Error, CustomStringConvertible {
    public var pass: String
    public var detail: String
    public var description: String { "pass '\(pass)' \(detail)" }
}
