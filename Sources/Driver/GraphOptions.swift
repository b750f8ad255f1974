import ArgumentParser
import Foundation
import IR
import Models
import Syntax

/// The graph file and its compile-time bindings, shared by `compile`, `check` and `fuzz`.
struct BindingOptions: ParsableArguments {
    @Option(name: .customLong("set"), help: ArgumentHelp("Bind a param: NAME=VALUE (repeatable; beats --config).",
                                                         valueName: "NAME=VALUE"))
    var assignments: [String] = []

    @Option(name: .customLong("config"), help: ArgumentHelp(
        "A JSON config (e.g. a Hugging Face config.json); its top-level keys bind params of the same name.",
        valueName: "FILE"))
    var configFile: String?

    @Option(name: .customLong("model"), help: ArgumentHelp(
        "A Hugging Face model folder (config.json + model.safetensors); its config binds the model's params.",
        valueName: "DIR"))
    var modelDirectory: String?

    /// (--set bindings, config bindings). Config bindings are the model folder's symbols (which
    /// include derived ones such as `gated_ffn` and `untied_lm_head`), overlaid by `--config` keys.
    func bindings() throws -> ([String: SymbolValue], [String: SymbolValue]) {
        let explicit = try SymbolBindings.parse(assignments: assignments)
        var config: [String: SymbolValue] = [:]
        if let modelDirectory {
            do {
                config = try ModelFolder(path: modelDirectory).symbols
            } catch {
                throw UserError("\(error)")
            }
        }
        if let configFile {
            guard let data = FileManager.default.contents(atPath: configFile) else {
                throw UserError("cannot read config file '\(configFile)'")
            }
            config.merge(try SymbolBindings.parse(configJSON: data, path: configFile)) { _, file in file }
        }
        return (explicit, config)
    }

    /// Parses, elaborates and verifies `file`.
    func elaborate(_ file: String) throws -> Graph {
        let (explicit, config) = try bindings()
        return try Elaborator(loader: FileSystemLoader()).elaborate(file: file, bindings: explicit,
                                                                     configBindings: config)
    }
}

/// Writes a file by writing a temporary sibling and renaming it over the target, so a reader never
/// sees half a file.
func writeAtomically(_ text: String, to path: String) throws {
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw UserError("cannot write '\(path)': \(error.localizedDescription)")
    }
}
