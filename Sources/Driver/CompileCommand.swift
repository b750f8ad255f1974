import ArgumentParser
import Foundation
import IR
import Passes
import Syntax

/// `eptc compile FILE`: elaborate, verify, run the pass pipeline, print a summary, and dump stages.
public struct CompileCommand: DriverCommand {
    public static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a graph: elaborate, verify, run the passes, print a summary.")

    @Argument(help: "The .graph file.") var file: String
    @OptionGroup var bindings: BindingOptions
    @Option(name: .customLong("dump-after"),
            help: ArgumentHelp("Write the graph after STAGE (or after every stage: all) as DIR/NN-STAGE.graph.",
                               valueName: "STAGE|all"))
    var dumpAfter: String?
    @Option(name: [.customShort("o"), .customLong("output")], help: "Folder for dumps (default: out).")
    var outputDirectory: String?

    public init() {}

    public func execute(_ output: inout CommandOutput) throws {
        var graph = try bindings.elaborate(file)
        let passes = standardPipeline()
        let stageNames = ["elaborate"] + passes.map(\.name)
        let dumpSelection = dumpAfter ?? (output.environment["EPTC_DUMP"] == "1" ? "all" : nil)
        if let d = dumpSelection, d != "all", !stageNames.contains(d) {
            throw UserError("unknown stage '\(d)' for --dump-after; stages: \(stageNames.joined(separator: ", ")), all")
        }
        let directory = outputDirectory ?? "out"
        if dumpSelection != nil {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw UserError("cannot create '\(directory)': \(error.localizedDescription)")
            }
        }
        var dumps: [String] = []
        func dump(_ g: Graph, stage index: Int) throws {
            let name = stageNames[index]
            guard let d = dumpSelection, d == "all" || d == name else { return }
            let path = directory + "/" + String(format: "%02d", index) + "-" + name + ".graph"
            try writeAtomically(Printer().print(g), to: path)
            dumps.append(path)
        }
        try dump(graph, stage: 0)
        for (i, pass) in passes.enumerated() {
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
            try dump(graph, stage: i + 1)
        }
        output.stdout += CompileSummary(graph: graph, stages: stageNames).text
        for path in dumps { output.print("wrote \(path)") }
    }
}
