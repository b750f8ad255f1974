import ArgumentParser
import Codegen
import Foundation
import IR
import Passes
import Support
import Syntax
import Trainer

/// `eptc compile FILE`: elaborate, verify, run the pass pipeline, print a summary, dump stages,
/// and (unless `--no-codegen`) compile the final graph to native code — through the compile
/// cache, and with `-o DIR` also as an object file + manifest in DIR.
public struct CompileCommand: DriverCommand {
    public static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a graph: elaborate, verify, run the passes, print a summary, generate native code.",
        discussion: """
            Without -o the graph is JIT-compiled (or loaded from the compile cache) to prove it compiles, and \
            nothing is written. With -o DIR the object file (GRAPH.o) and manifest.json are written into DIR. \
            The cache is $EPTC_CACHE_DIR, else $XDG_CACHE_HOME/eptc, else ~/.cache/eptc.
            """)

    @Argument(help: "The .graph file (a shipped graph by name when no such file is here, e.g. mlp.graph).") var file: String
    @OptionGroup var bindings: BindingOptions
    @Option(name: .customLong("dump-after"),
            help: ArgumentHelp("Write the graph after STAGE (or after every stage: all) as DIR/NN-STAGE.graph.",
                               valueName: "STAGE|all"))
    var dumpAfter: String?
    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Folder for the object file, manifest and dumps (dumps default to out).",
                               valueName: "DIR"))
    var outputDirectory: String?
    @OptionGroup var codegenFlags: CodegenFlags
    @OptionGroup var passes: PassOptions

    public init() {}

    public func validate() throws {
        if codegenFlags.noCodegen && (codegenFlags.dumpLLVM || codegenFlags.loadDirectory != nil) {
            throw ValidationError("--no-codegen cannot be combined with --dump-llvm or --load")
        }
    }

    public func execute(_ output: inout CommandOutput) throws {
        let skipping = try passes.skipList()
        let stageNames = GraphPipeline.stageNames(skipping: skipping)
        let dumpSelection = dumpAfter ?? (output.environment["EPTC_DUMP"] == "1" ? "all" : nil)
        if let d = dumpSelection, d != "all", !stageNames.contains(d) {
            throw UserError("unknown stage '\(d)' for --dump-after; stages: \(stageNames.joined(separator: ", ")), all")
        }
        let directory = outputDirectory ?? "out"
        // Elaborate first: a graph with errors leaves no new output folder behind.
        let elaborated = try bindings.elaborate(Resources.graphFile(file, output.environment))
        var created = false
        if dumpSelection != nil || codegenFlags.dumpLLVM || (outputDirectory != nil && !codegenFlags.noCodegen) {
            created = !FileManager.default.fileExists(atPath: directory)
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw UserError("cannot create '\(directory)': \(describeWriteError(error))")
            }
        }
        do {
            try compile(elaborated, skipping: skipping, directory: directory, dumpSelection: dumpSelection, &output)
        } catch {
            // A folder this run created and left empty goes again.
            if created, (try? FileManager.default.contentsOfDirectory(atPath: directory))?.isEmpty == true {
                try? FileManager.default.removeItem(atPath: directory)
            }
            throw error
        }
    }

    private func compile(_ elaborated: Graph, skipping: PassSkipList, directory: String, dumpSelection: String?,
                         _ output: inout CommandOutput) throws {
        let stageNames = GraphPipeline.stageNames(skipping: skipping)
        var written: [String] = []
        var unfused = elaborated
        let graph = try GraphPipeline.run(elaborated, skipping: skipping) { g, index in
            let name = stageNames[index]
            // The graph as it was before the generic fusion passes (they run last), for the summary.
            if !fusionPassNames.contains(name) { unfused = g }
            guard let d = dumpSelection, d == "all" || d == name else { return }
            let path = directory + "/" + String(format: "%02d", index) + "-" + name + ".graph"
            try writeOutput(Printer().print(g), to: path)
            written.append(path)
        }
        // The named fusions run before autodiff: the graph before fusion is then a run of its own.
        if namedFusionPipeline().contains(where: { !skipping.skips($0.name) }) {
            unfused = try GraphPipeline.run(elaborated, skipping: try PassSkipList(Array(skipping.names) + fusionPassNames))
        }
        output.stdout += CompileSummary(graph: graph, stages: stageNames, unfused: unfused).text
        if !codegenFlags.noCodegen {
            written += try generateCode(graph, directory: directory, &output)
        }
        for path in written { output.print("wrote \(path)") }
    }

    /// JIT-compiles (or loads) the final graph, prints how, and writes the object + manifest and
    /// LLVM dumps that were asked for; returns the paths written.
    private func generateCode(_ graph: Graph, directory: String, _ output: inout CommandOutput) throws -> [String] {
        let cache = codegenFlags.noCache ? nil : cacheDirectory(output.environment)
        let (program, source, seconds) = try obtainProgram(graph, load: codegenFlags.loadDirectory, cache: cache,
                                                           options: codegenFlags.options)
        output.print(codegenReport(program, source, seconds: seconds))
        var written: [String] = []
        if outputDirectory != nil {
            let url = URL(fileURLWithPath: directory)
            do {
                try program.write(to: url)
            } catch {
                throw UserError("cannot write the object file and manifest into '\(directory)': \(describeWriteError(error))")
            }
            // The manifest names the object file it was written with.
            let manifestPath = directory + "/" + Manifest.fileName
            guard let data = FileManager.default.contents(atPath: manifestPath),
                  let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else {
                throw InternalError("'\(manifestPath)' was not readable right after writing it")
            }
            written += [directory + "/" + manifest.objectFile, manifestPath]
        }
        if codegenFlags.dumpLLVM { written += try writeLLVMDumps(graph, to: directory, options: codegenFlags.options) }
        return written
    }
}
