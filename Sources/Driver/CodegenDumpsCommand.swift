import ArgumentParser
import Codegen
import Foundation
import IR

/// `eptc codegen-dumps FILES... [-o DIR] [--check]` (hidden; tools/regen-codegen.sh): writes what
/// the compiler makes of each shipped graph into DIR/<name>/ — the final graph after every pass
/// (`final.graph`) and each entry's LLVM IR before O3 (`NN-ENTRY.ll`). With `--check` it writes
/// nothing and fails if the files on disk differ from what this compiler produces.
public struct CodegenDumpsCommand: DriverCommand {
    public static let configuration = CommandConfiguration(
        commandName: "codegen-dumps", abstract: "Regenerate (or --check) the checked-in codegen/ dumps.",
        shouldDisplay: false)

    @Argument(help: "The .graph files (default parameters).") var files: [String]
    @Option(name: [.customShort("o"), .customLong("output")], help: "The dump folder.") var directory = "codegen"
    @Flag(help: "Compare with the files in the folder instead of writing them.") var check = false

    public init() {}

    public func execute(_ output: inout CommandOutput) throws {
        guard !files.isEmpty else { throw UserError("give at least one .graph file") }
        var stale: [String] = []
        for file in files {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let folder = directory + "/" + name
            let dumps = try CodegenDumps.render(file: file)
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
                try writeAtomically(text, to: folder + "/" + fileName)
                output.print("wrote \(folder)/\(fileName)")
            }
        }
        if check {
            guard stale.isEmpty else {
                throw UserError("codegen/ is stale: run tools/regen-codegen.sh (differs: \(stale.joined(separator: ", ")))")
            }
            output.print("codegen dumps up to date: \(files.count) graphs")
        }
    }
}

/// The dumps themselves, as (file name, text) pairs in a fixed order.
public enum CodegenDumps {
    /// The final graph and the pre-O3 LLVM IR of each entry of `file` at its default parameters.
    public static func render(file: String) throws -> [(String, String)] {
        let graph = try GraphPipeline.finalGraph(file: file)
        var dumps = [("final.graph", Printer().print(graph))]
        for (k, entry) in graph.entries.enumerated() {
            let ir = try codegen { try ModuleCompiler().llvmIR(graph, entry: entry.name) }
            dumps.append((String(format: "%02d", k) + "-" + entry.name + ".ll", hostIndependent(ir.before)))
        }
        return dumps
    }

    /// Before O3 the module depends on the host only through its target triple line; that line
    /// is replaced by a comment so the dump reads the same on any x86-64 or arm64 machine.
    static func hostIndependent(_ ir: String) -> String {
        ir.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("target triple = ") ? "; target triple = <host> (set by eptc at compile time)" : String(line)
        }.joined(separator: "\n")
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
