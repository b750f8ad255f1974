import IR

/// A pass is a function from graph to graph with a name; the driver runs them in order and can
/// dump the graph after each (`--dump-after NAME`).
public protocol Pass {
    var name: String { get }
    func run(_ graph: Graph) throws -> Graph
}
