import Foundation
import Runtime
import Testing
@testable import Models

/// Checkpoints come from strangers: each malformed file gets a clear error naming it and the problem.
@Suite("bad checkpoints")
struct BadCheckpointTests {
    static let goodHeader = #"{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#

    func open(_ bytes: [UInt8], name: String = "bad.safetensors") throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent(name).path
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            _ = try SafeTensorsFile(path: path)
        }
    }

    @Test("the good baseline opens (so the failures below are about their defect)")
    func baseline() throws {
        try open(safetensorsBytes(header: Self.goodHeader, data: [UInt8](repeating: 0, count: 8)))
    }

    @Test func truncatedFile() {
        expectCheckpointError(.truncated, ["bad.safetensors", "truncated", "5 bytes"]) {
            try open([1, 2, 3, 4, 5])
        }
    }

    @Test func headerLengthPastTheEnd() {
        let bytes = safetensorsBytes(header: Self.goodHeader, data: [0, 0, 0, 0, 0, 0, 0, 0], declaredLength: 4096)
        expectCheckpointError(.truncated, ["bad.safetensors", "header length 4096 runs past the end"]) {
            try open(bytes)
        }
    }

    @Test func malformedHeaderJSON() {
        expectCheckpointError(.malformedHeader, ["bad.safetensors", "malformed header JSON"]) {
            try open(safetensorsBytes(header: #"{"w":{"dtype":"F32","#, data: []))
        }
        expectCheckpointError(.malformedHeader, ["not a JSON object"]) {
            try open(safetensorsBytes(header: "[1, 2]", data: []))
        }
        expectCheckpointError(.malformedHeader, ["not valid UTF-8"]) {
            try open(withUnsafeBytes(of: UInt64(2).littleEndian) { Array($0) } + [0xFF, 0xFE])
        }
    }

    @Test func entryMissingAField() {
        expectCheckpointError(.badTensorEntry, ["tensor 'w'", "missing field 'data_offsets'"]) {
            try open(safetensorsBytes(header: #"{"w":{"dtype":"F32","shape":[2]}}"#, data: []))
        }
    }

    @Test func offsetsOutOfRange() {
        let header = #"{"w":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#
        expectCheckpointError(.offsetsOutOfRange, ["bad.safetensors", "'w'", "[4, 12]", "8-byte data section"]) {
            try open(safetensorsBytes(header: header, data: [UInt8](repeating: 0, count: 8)))
        }
        let reversed = #"{"w":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}}"#
        expectCheckpointError(.offsetsOutOfRange, ["begin after they end"]) {
            try open(safetensorsBytes(header: reversed, data: [UInt8](repeating: 0, count: 8)))
        }
    }

    @Test func sizeDisagreesWithShape() {
        let header = #"{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#
        expectCheckpointError(.badTensorEntry, ["'w'", "hold 8 bytes", "needs 12"]) {
            try open(safetensorsBytes(header: header, data: [UInt8](repeating: 0, count: 8)))
        }
    }

    @Test func overlappingOffsets() {
        let header = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"#
            + #""b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#
        expectCheckpointError(.overlappingTensors, ["bad.safetensors", "'a' and 'b' overlap"]) {
            try open(safetensorsBytes(header: header, data: [UInt8](repeating: 0, count: 12)))
        }
    }

    @Test func unknownDType() {
        let header = #"{"w":{"dtype":"F8_E4M3","shape":[2],"data_offsets":[0,2]}}"#
        expectCheckpointError(.unknownDType, ["bad.safetensors", "'w'", "unknown dtype 'F8_E4M3'"]) {
            try open(safetensorsBytes(header: header, data: [0, 0]))
        }
    }

    @Test("I64 values outside I32 are refused, not wrapped")
    func int64OutOfRange() throws {
        let header = #"{"n":{"dtype":"I64","shape":[1],"data_offsets":[0,8]}}"#
        let data = withUnsafeBytes(of: Int64(1 << 40).littleEndian) { Array($0) }
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("ids.safetensors").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(safetensorsBytes(header: header, data: data)))
            let file = try SafeTensorsFile(path: path)
            expectCheckpointError(.valueOutOfRange, ["ids.safetensors", "'n'", "does not fit in I32"]) {
                _ = try file.tensor("n")
            }
        }
    }

    @Test func tensorMissingForTheGraph() throws {
        let checkpoint = try Checkpoint(path: Fixtures.path("bert-tiny"))
        expectCheckpointError(.missingTensor, ["bert-tiny", "missing tensor 'encoder.layer.2.output.dense.weight'"]) {
            try checkpoint.check([("embeddings.word_embeddings.weight", [100, 32]),
                                  ("encoder.layer.2.output.dense.weight", [32, 64])])
        }
        expectCheckpointError(.missingTensor, ["missing tensor 'nope'"]) { _ = try checkpoint.tensor("nope") }
    }

    @Test func shapeMismatchWithTheConfig() throws {
        let checkpoint = try Checkpoint(path: Fixtures.path("bert-tiny"))
        expectCheckpointError(.shapeMismatch,
                              ["shape mismatch for 'embeddings.word_embeddings.weight'", "[100, 32]", "[100, 48]"]) {
            try checkpoint.check([("embeddings.word_embeddings.weight", [100, 48])])
        }
    }

    @Test func configMissingARequiredField() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("config.json").path
            let text = #"{"model_type": "t5", "d_model": 32, "d_kv": 8, "num_layers": 2, "num_heads": 4, "vocab_size": 64}"#
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            expectCheckpointError(.malformedConfig, ["config.json", "missing required field 'd_ff'"]) {
                _ = try ModelConfig.load(path: folder.path)
            }
            _ = FileManager.default.createFile(atPath: path, contents: Data(#"{"model_type": "t5", "d_model": "32"}"#.utf8))
            expectCheckpointError(.malformedConfig, ["field 'd_model' must be an integer"]) {
                _ = try ModelConfig.load(path: path)
            }
        }
    }

    @Test("pickle checkpoints are refused with a conversion recipe, never parsed")
    func pickleRefused() throws {
        try withTemporaryFolder { folder in
            let bin = folder.appendingPathComponent("pytorch_model.bin").path
            _ = FileManager.default.createFile(atPath: bin, contents: Data([0x80, 0x02, 0x7D]))
            let fragments = ["pytorch_model.bin", "refusing to read a pickle", "save_pretrained", "safe_serialization=True"]
            expectCheckpointError(.pickleRefused, fragments) { _ = try Checkpoint(path: folder.path) }
            expectCheckpointError(.pickleRefused, fragments) { _ = try Checkpoint(path: bin) }
            let pt = folder.appendingPathComponent("weights.pt").path
            _ = FileManager.default.createFile(atPath: pt, contents: Data([0x50, 0x4B]))
            expectCheckpointError(.pickleRefused, ["weights.pt"]) { _ = try Checkpoint(path: pt) }
        }
    }

    @Test("a sharded index may not point outside its folder")
    func shardEscapingTheFolder() throws {
        try withTemporaryFolder { folder in
            let index = folder.appendingPathComponent(Checkpoint.indexFileName).path
            let text = #"{"weight_map": {"w": "../elsewhere.safetensors"}}"#
            _ = FileManager.default.createFile(atPath: index, contents: Data(text.utf8))
            expectCheckpointError(.malformedIndex, ["model.safetensors.index.json", "'w'", "not a file name"]) {
                _ = try Checkpoint(path: folder.path)
            }
        }
    }
}
