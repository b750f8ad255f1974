import Driver
import Foundation
import TestSupport
import Testing

/// What `eptc run` meets in a user's model folder is the user's to fix: exit 1 with the file
/// named, never "internal error" (exit 2); limits of the model said in the user's terms.
@Suite struct ModelFolderRunTests {
    static let data = try! dataSlice("CoLA", train: 16, dev: 8)

    /// A copy of the tiny BERT folder, changed by `edit` (given the folder's path).
    static func folder(_ name: String, _ edit: (String) throws -> Void) throws -> String {
        let path = try temporaryDirectory("model-\(name)")
        for file in ["config.json", "model.safetensors", "vocab.txt"] {
            try FileManager.default.copyItem(atPath: TinyModels.bert + "/" + file, toPath: path + "/" + file)
        }
        try edit(path)
        return path
    }

    static func run(_ model: String, _ extra: [String] = []) -> CommandResult {
        eptc(["run", "--task", "cola", "--model", model, "--data-dir", data, "--max-steps", "1", "--batch-size", "8",
              "--set", "prompt_len=4", "--threads", "1", "--out", NSTemporaryDirectory() + "eptc-run-\(UUID().uuidString)"]
             + extra)
    }

    static func expectUserError(_ r: CommandResult, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.exitCode == 1, "exit \(r.exitCode): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("error: ") && r.stderr.contains(fragment), "\(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func brokenTokenizerFilesAreUserErrors() throws {
        let empty = try Self.folder("empty-vocab") { try "".write(toFile: $0 + "/vocab.txt", atomically: true, encoding: .utf8) }
        Self.expectUserError(Self.run(empty), "vocab.txt: the vocabulary has no '[UNK]' token")
        let folder = try Self.folder("folder-vocab") {
            try FileManager.default.removeItem(atPath: $0 + "/vocab.txt")
            try FileManager.default.createDirectory(atPath: $0 + "/vocab.txt", withIntermediateDirectories: false)
        }
        Self.expectUserError(Self.run(folder), "vocab.txt: cannot read")
    }

    @Test func checkpointThatDisagreesWithConfigIsAUserError() throws {
        let layers = try Self.folder("layers") { path in
            let text = try String(contentsOfFile: path + "/config.json", encoding: .utf8)
            try text.replacingOccurrences(of: "\"num_hidden_layers\": 2", with: "\"num_hidden_layers\": 5")
                .write(toFile: path + "/config.json", atomically: true, encoding: .utf8)
        }
        Self.expectUserError(Self.run(layers), "model.safetensors: tensor 'encoder.layer.2.")
    }

    /// A tokenizer whose ids pass the embedding table's rows (another model's vocab.txt).
    @Test func tokenizerLargerThanTheEmbeddingTableIsRefused() throws {
        let big = try Self.folder("big-vocab") { path in
            let words = (0..<400).map { "w\($0)" }
            try (["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + words).joined(separator: "\n")
                .write(toFile: path + "/vocab.txt", atomically: true, encoding: .utf8)
        }
        Self.expectUserError(Self.run(big), "the tokenizer has 405 pieces but config.json's vocab_size (the embedding table) has 100 rows")
    }

    /// The tiny BERT has 64 positions: prompt and input must fit them together.
    @Test func promptAndInputMustFitThePositions() {
        Self.expectUserError(Self.run(TinyModels.bert, ["--set", "prompt_len=60"]),
                             "prompt_len 60: the prompt and the input must fit the model's 64 positions")
        Self.expectUserError(Self.run(TinyModels.bert, ["--max-length", "61"]),
                             "--max-length 61: with the 4-row prompt that is 65 positions, more than the model's 64")
        // Without --set, the prompt is the graph's own default (ept-bert.graph: prompt_len = 40).
        let r = eptc(["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", Self.data, "--max-steps", "1",
                      "--max-length", "25", "--out", NSTemporaryDirectory() + "eptc-run-\(UUID().uuidString)"])
        Self.expectUserError(r, "--max-length 25: with the 40-row prompt that is 65 positions")
    }

    /// A graph of the other family: said in those words, not as a missing `--set T`.
    @Test func graphOfTheOtherFamilyIsNamed() {
        Self.expectUserError(Self.run(TinyModels.t5, ["--graph", repositoryRoot + "/graphs/ept-bert.graph"]),
                             "expects a BERT model")
    }
}
