import ArgumentParser
import IR

/// `eptc check FILE`: parse, elaborate and verify only.
public struct CheckCommand: DriverCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Parse, elaborate and verify a graph file.")

    @Argument(help: "The .graph file (a shipped graph by name when no such file is here, e.g. mlp.graph).") var file: String
    @OptionGroup var bindings: BindingOptions

    public init() {}

    public func execute(_ output: inout CommandOutput) throws {
        let graph = try bindings.elaborate(Resources.graphFile(file, output.environment))
        output.print("ok: graph \(graph.name): \(graph.entries.count) entries, \(graph.weights.count) weights")
    }
}
