import ArgumentParser
import Codegen
import Foundation
import IR
import Passes
import Support

/// `eptc codegen-dumps [--root DIR] [-o DIR] [--check]` (hidden; tools/regen-codegen.sh): writes
/// what the compiler makes of the shipped graphs (`CodegenDumps.shipped`) into DIR/<folder>/ — the
/// final graph after every pass (`final.graph`), the compile summary with kernels before → after
/// fusion (`summary.txt`) and, for the small example graphs, each entry's LLVM IR before O3
/// (`NN-ENTRY.ll`, built for the fixed `CodegenDumps.target`, so every machine writes the same bytes). With `--check` it writes nothing and fails if the files on disk differ from
/// what this compiler produces. Given FILES, it dumps those graphs at their defaults instead.
public struct CodegenDumpsCommand: DriverCommand {
    public static let configuration = CommandConfiguration(
        commandName: "codegen-dumps", abstract: "Regenerate (or --check) the checked-in codegen/ dumps.",
        shouldDisplay: false)

    @Argument(help: "Graphs to dump at their default parameters, with LLVM IR (default: the shipped set).")
    var files: [String] = []
    @Option(help: "The repository root: shipped graphs and model fixtures are found under it.") var root = "."
    @Option(name: [.customShort("o"), .customLong("output")], help: "The dump folder (default ROOT/codegen).")
    var directory: String?
    @Flag(help: "Compare with the files in the folder instead of writing them.") var check = false

    public init() {}

    public func execute(_ output: inout CommandOutput) throws {
        let specs = files.isEmpty
            ? CodegenDumps.shipped(root: root)
            : files.map { CodegenDumps.Spec(folder: URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent,
                                            graph: $0) }
        let directory = self.directory ?? root + "/codegen"
        var stale: [String] = []
        for spec in specs {
            let folder = directory + "/" + spec.folder
            let dumps = try CodegenDumps.render(spec)
            if check {
                stale += CodegenDumps.differences(dumps, in: folder)
                continue
            }
            try? FileManager.default.removeItem(atPath: folder)   // drop dumps of renamed entries
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw UserError("cannot create '\(folder)': \(error.localizedDescription)")
            }
            for (fileName, text) in dumps {
                try writeOutput(text, to: folder + "/" + fileName)
                output.print("wrote \(folder)/\(fileName)")
            }
        }
        if check {
            guard stale.isEmpty else {
                throw UserError("codegen/ is stale: run tools/regen-codegen.sh (differs: \(stale.joined(separator: ", ")))")
            }
            output.print("codegen dumps up to date: \(specs.count) graphs")
        }
    }
}

/// The dumps themselves, as (file name, text) pairs in a fixed order.
public enum CodegenDumps {
    /// One dumped graph: where it goes, the graph file, and what binds its parameters.
    public struct Spec: Sendable {
        public var folder: String
        public var graph: String
        /// `eptc compile` binding flags (`--model DIR`, `--set NAME=VALUE`); none: the graph's defaults.
        public var bindings: [String] = []
        /// Per-entry LLVM IR too (the small example graphs; a model-sized module is tens of
        /// thousands of lines, which `eptc compile --dump-llvm` writes on demand).
        public var llvm = true
    }

    /// The checked-in set: the two example graphs with their LLVM IR, and every method graph over
    /// one-layer versions of the tiny test models (tiny T5 v1.1, tiny BERT) with a short prompt
    /// (8 rows, rank 4), graph and summary only.
    public static func shipped(root: String) -> [Spec] {
        let t5 = ["--model", root + "/Tests/ModelsTests/Fixtures/t5-v1_1-tiny",
                  "--set", "num_layers=1", "--set", "num_decoder_layers=1"]
        let bert = ["--model", root + "/Tests/ModelsTests/Fixtures/bert-tiny", "--set", "num_hidden_layers=1"]
        let shortPrompt = ["--set", "prompt_len=8", "--set", "rank=4", "--set", "max_len=16"]
        let methods: [(String, [String])] = [("ept", shortPrompt), ("dept", shortPrompt), ("pt", ["--set", "prompt_len=8"]),
                                             ("lora", []), ("finetune", [])]
        return [Spec(folder: "mlp", graph: root + "/graphs/mlp.graph"),
                Spec(folder: "attention", graph: root + "/graphs/attention.graph")]
            + methods.map { Spec(folder: "t5-tiny/" + $0.0, graph: root + "/graphs/\($0.0).graph",
                                 bindings: t5 + $0.1, llvm: false) }
            + methods.map { Spec(folder: "bert-tiny/" + $0.0, graph: root + "/graphs/\($0.0)-bert.graph",
                                 bindings: bert + $0.1, llvm: false) }
    }

    /// The final graph, the compile summary and (when asked) the pre-O3 LLVM IR of each entry.
    public static func render(_ spec: Spec) throws -> [(String, String)] {
        let elaborated = try BindingOptions.parse(spec.bindings).elaborate(spec.graph)
        let graph = try GraphPipeline.run(elaborated)
        let unfused = try GraphPipeline.run(elaborated, skipping: .fusionOff)
        let summary = CompileSummary(graph: graph, stages: GraphPipeline.stageNames(), unfused: unfused).text
        var dumps = [("final.graph", Printer().print(graph)), ("summary.txt", hostIndependentPaths(summary, spec))]
        guard spec.llvm else { return dumps }
        for (k, entry) in graph.entries.enumerated() {
            let ir = try codegen { try target.compiler().llvmIR(graph, entry: entry.name) }
            dumps.append((String(format: "%02d", k) + "-" + entry.name + ".ll", ir.before))
        }
        return dumps
    }

    /// The fixed target the `.ll` dumps are built for, whatever machine regenerates them (its
    /// triple and `prefer-vector-width` are the only target-specific text before O3).
    public static let target = CodegenTarget.avx2

    /// The summary names no folder of this checkout, so it reads the same in every clone.
    static func hostIndependentPaths(_ text: String, _ spec: Spec) -> String {
        let folder = URL(fileURLWithPath: spec.graph).deletingLastPathComponent().path
        return text.replacingOccurrences(of: folder + "/", with: "")
    }

    /// Names of the files in `folder` that are missing or differ from `dumps`, and of files there
    /// that no dump produces any more.
    public static func differences(_ dumps: [(String, String)], in folder: String) -> [String] {
        var stale: [String] = []
        for (fileName, text) in dumps {
            let path = folder + "/" + fileName
            guard let data = FileManager.default.contents(atPath: path), String(decoding: data, as: UTF8.self) == text else {
                stale.append(path)
                continue
            }
        }
        let expected = Set(dumps.map(\.0))
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        stale += present.filter { !expected.contains($0) && $0 != "README.md" }.sorted().map { folder + "/" + $0 }
        return stale
    }
}
