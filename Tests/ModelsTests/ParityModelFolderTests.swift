import Foundation
import IR
import Runtime
import Testing
@testable import Models

/// ModelFolder on good and bad folders: every failure is a CheckpointError naming the file and
/// the problem, never a crash. Bad folders are copies of bert-tiny / t5-v1_0-tiny with one thing broken.
@Suite("ModelFolder")
struct ParityModelFolderTests {
    /// Copies fixture `name` into a temporary folder, lets `edit` break it, and runs `body` on it.
    func withBrokenCopy(of name: String, edit: (URL) throws -> Void, _ body: (URL) throws -> Void) throws {
        try withTemporaryFolder { dir in
            let source = URL(fileURLWithPath: try Fixtures.path(name))
            for file in ["config.json", "model.safetensors"] {
                try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: dir.appendingPathComponent(file))
            }
            try edit(dir)
            try body(dir)
        }
    }

    /// Rewrites config.json's top-level object with `change`.
    func editConfig(_ dir: URL, _ change: (inout [String: Any]) -> Void) throws {
        let url = dir.appendingPathComponent("config.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        change(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: url)
    }

    func elaborate(_ folder: ModelFolder, _ graph: String) throws -> Graph {
        try folder.elaborate(ParityPaths.repository(graph))
    }

    @Test("good folders: every frozen weight loaded bit-exactly; trainable head from its initializer")
    func loadsFixtures() throws {
        let folder = try ModelFolder(path: try Fixtures.path("bert-tiny"))
        let graph = try elaborate(folder, "graphs/bert.graph")
        let store = try folder.weightStore(for: graph)
        var frozen = 0
        for (i, w) in graph.weights.enumerated() {
            if w.role == .frozen {
                let name = try #require(w.checkpointName)
                #expect(store[i] == (try folder.checkpoint.weight(name)), "\(name)")
                frozen += 1
            } else {
                #expect(!folder.checkpoint.contains(w.checkpointName ?? w.name))
            }
        }
        #expect(frozen == 5 + 16 * 2)  // embeddings (3 tables + LayerNorm w, b) and 16 tensors per layer
        let bias = try #require(graph.weights.firstIndex { $0.checkpointName == "classifier.bias" })
        #expect(store[bias].floats.allSatisfy { $0 == 0 })  // `init zeros`
    }

    @Test("symbols: config fields as SymbolValues plus untied_lm_head from the checkpoint")
    func symbols() throws {
        let v10 = try ModelFolder(path: try Fixtures.path("t5-v1_0-tiny")).symbols
        let v11 = try ModelFolder(path: try Fixtures.path("t5-v1_1-tiny")).symbols
        #expect(v10["d_model"] == .int(32) && v10["layer_norm_epsilon"] == .float(1e-6))
        #expect(v10["untied_lm_head"] == .bool(false) && v11["untied_lm_head"] == .bool(true))
        #expect(v11["num_heads"] == .int(3) && v11["num_layers"] == .int(3) && v11["num_decoder_layers"] == .int(2))
    }

    @Test("a BertFor… checkpoint (bert.-prefixed names) binds the same weights")
    func bertPrefix() throws {
        try withBrokenCopy(of: "bert-tiny", edit: { dir in
            let original = try Checkpoint(path: dir.path)
            let renamed = try original.tensorNames.map { ("bert." + $0, try original.tensor($0)) }
            try SafeTensorsWriter.write(renamed.map { (name: $0.0, tensor: $0.1) },
                                        to: dir.appendingPathComponent("model.safetensors").path)
        }) { dir in
            let folder = try ModelFolder(path: dir.path)
            let graph = try elaborate(folder, "graphs/bert.graph")
            let store = try folder.weightStore(for: graph)
            let i = try #require(graph.weights.firstIndex { $0.checkpointName == "encoder.layer.1.output.dense.weight" })
            #expect(store[i] == (try folder.checkpoint.tensor("bert.encoder.layer.1.output.dense.weight")))
        }
    }

    @Test("a sharded checkpoint (model.safetensors.index.json) and an F64 one load the same weights")
    func shardedAndConverted() throws {
        let reference = try ModelFolder(path: try Fixtures.path("bert-tiny"))
        let graph = try elaborate(reference, "graphs/bert.graph")
        let want = try reference.weightStore(for: graph)
        try withBrokenCopy(of: "bert-tiny", edit: { dir in
            let original = try Checkpoint(path: dir.path)
            let names = original.tensorNames
            // First half in F32, second half widened to F64 (read back through the converting reader).
            let half = names.count / 2
            let first = try names[..<half].map { (name: $0, tensor: try original.tensor($0)) }
            let second = try names[half...].map { (name: $0, tensor: try original.tensor($0).converted(to: .f64)) }
            try SafeTensorsWriter.write(first, to: dir.appendingPathComponent("part-1.safetensors").path)
            try SafeTensorsWriter.write(second, to: dir.appendingPathComponent("part-2.safetensors").path)
            var map: [String: String] = [:]
            for n in names[..<half] { map[n] = "part-1.safetensors" }
            for n in names[half...] { map[n] = "part-2.safetensors" }
            let index = try JSONSerialization.data(withJSONObject: ["metadata": [:] as [String: Any], "weight_map": map])
            try index.write(to: dir.appendingPathComponent(Checkpoint.indexFileName))
            try FileManager.default.removeItem(at: dir.appendingPathComponent("model.safetensors"))
        }) { dir in
            let folder = try ModelFolder(path: dir.path)
            #expect(folder.checkpoint.files.count == 2)
            let store = try folder.weightStore(for: graph)
            for i in graph.weights.indices where graph.weights[i].role == .frozen {
                #expect(store[i] == want[i], "\(graph.weights[i].checkpointName ?? "")")
            }
        }
    }

    @Test("T5's encoder/decoder embed_tokens weights bind to shared.weight")
    func embedTokensAlias() throws {
        try withTemporaryFolder { dir in
            let file = dir.appendingPathComponent("embed.graph").path
            try """
            param vocab_size: int
            param d_model: int
            entry embed(ids: i32[2]) -> (enc: f32[2, d_model], dec: f32[2, d_model]) {
              weight e = "encoder.embed_tokens.weight": f32[vocab_size, d_model] frozen
              weight d = "decoder.embed_tokens.weight": f32[vocab_size, d_model] frozen
              return gather(e, ids), gather(d, ids)
            }
            """.write(toFile: file, atomically: true, encoding: .utf8)
            let folder = try ModelFolder(path: try Fixtures.path("t5-v1_0-tiny"))
            let graph = try Elaborator(loader: FileSystemLoader()).elaborate(file: file, configBindings: folder.symbols)
            let store = try folder.weightStore(for: graph)
            let shared = try folder.checkpoint.tensor("shared.weight")
            #expect(store[0] == shared && store[1] == shared)
        }
    }

    @Test("a trainable weight the checkpoint has is read from it; overrides beat the checkpoint and are checked")
    func trainableFromCheckpoint() throws {
        let head = Tensor(shape: [2, 32], floats: (0..<64).map { Float($0) / 64 })
        try withBrokenCopy(of: "bert-tiny", edit: { dir in
            let original = try Checkpoint(path: dir.path)
            var all = try original.tensorNames.map { (name: $0, tensor: try original.tensor($0)) }
            all.append((name: "classifier.weight", tensor: head))
            try SafeTensorsWriter.write(all, to: dir.appendingPathComponent("model.safetensors").path)
        }) { dir in
            let folder = try ModelFolder(path: dir.path)
            let graph = try elaborate(folder, "graphs/bert.graph")  // num_labels = 2 by default
            let i = try #require(graph.weights.firstIndex { $0.checkpointName == "classifier.weight" })
            #expect(graph.weights[i].role == .trainable)
            #expect(try folder.weightStore(for: graph)[i] == head)
            let other = Tensor(shape: [2, 32], floats: [Float](repeating: 0.5, count: 64))
            #expect(try folder.weightStore(for: graph, overrides: ["classifier.weight": other])[i] == other)
            expectCheckpointError(.shapeMismatch, ["'classifier.weight'", "it has [3, 32], graph wants [2, 32]"]) {
                _ = try folder.weightStore(for: graph, overrides: ["classifier.weight": Tensor.zeros(TensorType(.f32, [3, 32]))])
            }
        }
    }

    @Test("config.json missing a required field: the error names config.json and the field")
    func missingConfigField() throws {
        try withBrokenCopy(of: "t5-v1_0-tiny", edit: { try editConfig($0) { $0["d_model"] = nil } }) { dir in
            expectCheckpointError(.malformedConfig, ["config.json", "missing required field 'd_model'"]) {
                _ = try ModelFolder(path: dir.path)
            }
        }
    }

    @Test("checkpoint missing a tensor the graph needs: the error names model.safetensors and the tensor")
    func missingTensor() throws {
        let dropped = "encoder.layer.1.intermediate.dense.weight"
        try withBrokenCopy(of: "bert-tiny", edit: { dir in
            let original = try Checkpoint(path: dir.path)
            let kept = try original.tensorNames.filter { $0 != dropped }.map { (name: $0, tensor: try original.tensor($0)) }
            try SafeTensorsWriter.write(kept, to: dir.appendingPathComponent("model.safetensors").path)
        }) { dir in
            let folder = try ModelFolder(path: dir.path)
            let graph = try elaborate(folder, "graphs/bert.graph")
            expectCheckpointError(.missingTensor, ["model.safetensors", "tensor '\(dropped)' missing"]) {
                _ = try folder.weightStore(for: graph)
            }
        }
    }

    @Test("config disagrees with the checkpoint's shapes: the error names the tensor and both shapes")
    func shapeMismatch() throws {
        try withBrokenCopy(of: "t5-v1_0-tiny", edit: { try editConfig($0) { $0["d_ff"] = 128 } }) { dir in
            let folder = try ModelFolder(path: dir.path)
            let graph = try elaborate(folder, "graphs/t5.graph")
            expectCheckpointError(.shapeMismatch, [
                "model.safetensors", "shape mismatch for tensor 'encoder.block.0.layer.1.DenseReluDense.wi.weight'",
                "checkpoint has [64, 32], graph wants [128, 32]",
            ]) {
                _ = try folder.weightStore(for: graph)
            }
        }
    }

    @Test("a folder with only pytorch_model.bin is refused, not read")
    func pickleRefused() throws {
        try withTemporaryFolder { dir in
            try FileManager.default.copyItem(at: URL(fileURLWithPath: try Fixtures.path("bert-tiny/config.json")),
                                             to: dir.appendingPathComponent("config.json"))
            try Data([0x80, 0x02]).write(to: dir.appendingPathComponent("pytorch_model.bin"))
            expectCheckpointError(.pickleRefused, ["pytorch_model.bin", "safetensors"]) {
                _ = try ModelFolder(path: dir.path)
            }
        }
    }

    @Test("not a folder, or no such folder")
    func notAFolder() throws {
        expectCheckpointError(.unreadable, ["no such model folder"]) { _ = try ModelFolder(path: "/nonexistent/model") }
        let file = try Fixtures.path("bert-tiny/config.json")
        expectCheckpointError(.unreadable, ["expected a model folder"]) { _ = try ModelFolder(path: file) }
    }
}
