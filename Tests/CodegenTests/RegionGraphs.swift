import IR
import Passes
import Syntax

/// What the named-region kernel tests (EPTKernelTests, AttentionKernelTests) share: a graph
/// from one source text through the passes that form the regions, and the kernels it got.
enum RegionGraphs {
    /// `text` elaborated as one file, run through `passes`, verified.
    static func elaborate(_ text: String, passes: [any Pass]) throws -> Graph {
        var graph = try Elaborator(loader: InMemoryLoader(files: ["region.graph": text])).elaborate(file: "region.graph")
        for pass in passes { graph = try pass.run(graph) }
        try Verifier().verify(graph)
        return graph
    }

    /// The named kernels of the entry's fused regions, in node order.
    static func namedKernels(_ entry: Entry) -> [NamedKernel] {
        entry.nodes.compactMap { node in
            if case .fused(let r) = node.op, case .named(let k) = r.kernel { return k }
            return nil
        }
    }
}
