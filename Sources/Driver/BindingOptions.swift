import ArgumentParser
import Foundation
import IR
import Models
import Support
import Syntax

/// The graph file and its compile-time bindings, shared by `compile`, `check` and `fuzz`.
struct BindingOptions: ParsableArguments {
    @Option(name: .customLong("set"), help: ArgumentHelp("Bind a param: NAME=VALUE (repeatable; beats --config).",
                                                         valueName: "NAME=VALUE"),
            transform: ParamBinding.init(parsing:))
    var assignments: [ParamBinding] = []

    @Option(name: .customLong("config"), help: ArgumentHelp(
        "A JSON config (e.g. a Hugging Face config.json); its top-level keys bind params of the same name.",
        valueName: "FILE"))
    var configFile: String?

    @Option(name: .customLong("model"), help: ArgumentHelp(
        "A Hugging Face model folder (config.json + model.safetensors); its config binds the model's params.",
        valueName: "DIR"))
    var modelDirectory: String?

    /// What the command line binds: `--set` values, config values (the model folder's symbols,
    /// which include derived ones such as `gated_ffn` and `untied_lm_head`, overlaid by `--config`
    /// keys), config keys of no usable kind, and the model folder.
    struct Bindings {
        var explicit: [String: SymbolValue] = [:]
        var config: [String: SymbolValue] = [:]
        var unusable: [String: String] = [:]
        var folder: ModelFolder?
    }

    /// (--set bindings, config bindings).
    func bindings() throws -> ([String: SymbolValue], [String: SymbolValue]) {
        let b = try resolvedBindings()
        return (b.explicit, b.config)
    }

    func resolvedBindings() throws -> Bindings {
        var out = Bindings()
        out.explicit = ParamBindings(assignments).values
        if let modelDirectory {
            do {
                let folder = try ModelFolder(path: modelDirectory)
                out.folder = folder
                out.config = folder.symbols
            } catch {
                throw UserError("\(error)")
            }
        }
        if let configFile {
            let data: Data
            switch InputFile.read(configFile) {
            case .success(let bytes): data = Data(bytes)
            case .failure(let why): throw UserError("cannot read config file '\(configFile)': \(why)")
            }
            let parsed = try SymbolBindings.parseConfig(data, path: configFile)
            out.config.merge(parsed.values) { _, file in file }
            out.unusable = parsed.unusable.filter { out.config[$0.key] == nil }
            for key in parsed.values.keys { out.unusable[key] = nil }
        }
        return out
    }

    /// Parses, elaborates and verifies `file`; with `--model`, first checks that the graph is
    /// written for the folder's model family, then that every tensor it reads is in the checkpoint
    /// with its shape and dtype (before anything is compiled or run).
    func elaborate(_ file: String) throws -> Graph {
        let b = try resolvedBindings()
        let elaborator = Elaborator(loader: FileSystemLoader())
        if let folder = b.folder {
            do {
                try folder.checkFamily(graphParams: try elaborator.declaredParams(file: file), graphFile: file)
            } catch let error as CheckpointError {
                throw UserError("\(error)")
            }
        }
        let graph = try elaborator.elaborate(file: file, bindings: b.explicit, configBindings: b.config,
                                             unusableConfig: b.unusable)
        if let folder = b.folder {
            do {
                try folder.checkWeights(for: graph)
            } catch let error as CheckpointError {
                throw UserError("\(error)")
            }
        }
        return graph
    }
}

