import Foundation
import IR
import Syntax
import TestSupport

/// Paths of every shipped graph (graphs/*.graph; graphs/lib holds imported pieces).
func shippedGraphPaths() throws -> [String] {
    let dir = repositoryRoot + "/graphs"
    return try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".graph") }.sorted()
        .map { dir + "/" + $0 }
}

/// Small model shapes for the shipped graphs whose params come from a model's config.json
/// (bound like `--config`: keys a graph does not declare are ignored).
let smallModelConfig: [String: SymbolValue] = [
    "hidden_size": .int(8), "num_hidden_layers": .int(1), "num_attention_heads": .int(2),
    "intermediate_size": .int(16), "max_position_embeddings": .int(32), "type_vocab_size": .int(2),
    "vocab_size": .int(50), "d_model": .int(8), "d_kv": .int(4), "d_ff": .int(16), "num_layers": .int(1),
    "num_decoder_layers": .int(1), "num_heads": .int(2),
    // Prompt methods over BERT: the prompt takes positions too (prompt_len + L ≤ max_position_embeddings).
    "prompt_len": .int(4),
]

/// Elaborates in-memory files; the first is the root.
func elaborate(_ files: [(String, String)], bindings: [String: SymbolValue] = [:],
               config: [String: SymbolValue] = [:]) throws(Diagnostic) -> Graph {
    let loader = InMemoryLoader(files: Dictionary(uniqueKeysWithValues: files))
    return try Elaborator(loader: loader).elaborate(file: files[0].0, bindings: bindings, configBindings: config)
}

func elaborate(_ source: String, bindings: [String: SymbolValue] = [:]) throws(Diagnostic) -> Graph {
    try elaborate([("main.graph", source)], bindings: bindings)
}

/// The first line of the diagnostic the source produces, or nil when it elaborates.
func firstDiagnosticLine(_ files: [(String, String)], bindings: [String: SymbolValue] = [:]) -> String? {
    do {
        _ = try elaborate(files, bindings: bindings)
        return nil
    } catch {
        return error.description.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
    }
}

/// Prints, parses the print, and prints again.
func reprint(_ graph: Graph) throws(Diagnostic) -> String {
    let printed = Printer().print(graph)
    return Printer().print(try elaborate([("dump.graph", printed)]))
}
