import Driver
import Foundation
import IR
import Models
import Runtime
import TestSupport

/// One compile cache for the whole suite: every test compiles the same tiny graphs.
let sharedCache = NSTemporaryDirectory() + "eptc-trainer-cache-\(getpid())"

/// `eptc ARGS…` in-process with the shared compile cache.
func eptc(_ arguments: [String]) -> CommandResult {
    var env = ProcessInfo.processInfo.environment
    env["EPTC_CACHE_DIR"] = sharedCache
    return runEPTC(arguments, environment: env)
}

/// The eptc binary of this build: beside the test runner executable.
var eptcExecutable: URL {
    URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("eptc")
}

/// `eptc ARGS…` as a child process, not started, with `cache` as its cache folder (default the
/// shared one) and its output discarded until the caller points it elsewhere.
func eptcChild(_ arguments: [String], cache: String = sharedCache) -> Process {
    let process = Process()
    process.executableURL = eptcExecutable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["EPTC_CACHE_DIR"] = cache
    process.environment = env
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    return process
}

/// Starts `eptc ARGS…` as a child process (output discarded) with the shared compile cache.
func launchEPTC(_ arguments: [String]) throws -> Process {
    let process = eptcChild(arguments)
    try process.run()
    return process
}

/// Tiny model folders with real layouts and tokenizers, written once per process.
enum TinyModels {
    /// The tiny BERT fixture (hidden 32, 2 layers, 64 positions) with a 100-word vocab.txt of its own.
    static let bert: String = {
        let folder = NSTemporaryDirectory() + "eptc-tiny-bert-\(getpid())"
        let fixture = repositoryRoot + "/Tests/ModelsTests/Fixtures/bert-tiny"
        let fm = FileManager.default
        try? fm.removeItem(atPath: folder)
        try! fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in ["config.json", "model.safetensors"] {
            try! fm.copyItem(atPath: fixture + "/" + file, toPath: folder + "/" + file)
        }
        let special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
        let words = ["the", "a", "to", "of", "and", "in", "is", "was", "he", "she", "it", "that", "for", "on", "with",
                     "as", "his", "her", "they", "be", "at", "by", "i", "this", "had", "not", "are", "but", "from", "or",
                     "have", "an", "which", "one", "you", "were", "all", "we", "when", "there", "can", "been", "has",
                     "will", "more", "who", "would", "if", "out", "so", "what", "up", "about", "into", "than", "them",
                     "could", "him", "only", "time", "new", "some", "did", "john", "mary", "book", "man", "saw", "read",
                     "likes", "bill", "gave", "students", "kim", "sandy", "put", "left", "came", "seems", "do", "me",
                     "my", "no", "how", "ate", "cake", "table", "car", "went", "pat", "chris", "told", ".", ",", "'", "s"]
        let vocab = (special + words).prefix(100)
        try! (vocab.joined(separator: "\n") + "\n").write(toFile: folder + "/vocab.txt", atomically: true, encoding: .utf8)
        return folder
    }()

    /// A random T5 v1.0 with the real 32,128-entry vocabulary size (so the shipped spiece.model
    /// applies) and tiny width: d_model 8, one layer each side.
    static let t5: String = {
        let folder = NSTemporaryDirectory() + "eptc-tiny-t5-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let config = """
        {"model_type": "t5", "d_model": 8, "d_kv": 4, "d_ff": 16, "num_layers": 1, "num_decoder_layers": 1,
         "num_heads": 2, "vocab_size": 32128, "feed_forward_proj": "relu", "tie_word_embeddings": true,
         "relative_attention_num_buckets": 32, "relative_attention_max_distance": 128, "dropout_rate": 0.1,
         "layer_norm_epsilon": 1e-6, "eos_token_id": 1, "pad_token_id": 0, "decoder_start_token_id": 0}
        """
        try! config.write(toFile: folder + "/config.json", atomically: true, encoding: .utf8)
        var symbols = try! ModelConfig.load(path: folder + "/config.json").symbols()
        symbols["untied_lm_head"] = .bool(false)
        let graph = try! Elaborator(loader: FileSystemLoader()).elaborate(
            file: repositoryRoot + "/graphs/t5.graph", bindings: ["B": .int(1), "L": .int(4), "T": .int(2)],
            configBindings: symbols)
        var rng = SplitMix64(seed: 5)
        var tensors: [String: Tensor] = [:]
        for w in graph.weights {
            guard let name = w.checkpointName, tensors[name] == nil else { continue }
            let n = w.type.elementCount
            // Norm scales 1, everything else N(0, 0.3²).
            let isNorm = name.contains("layer_norm")
            tensors[name] = Tensor(shape: w.type.shape, floats: (0..<n).map { _ in isNorm ? 1 : Float(0.3 * rng.nextNormal()) })
        }
        try! SafeTensorsWriter.write(tensors, to: folder + "/model.safetensors")
        return folder
    }()
}

/// A GLUE folder holding the first rows of shipped task files (`--data-dir`).
func dataSlice(_ task: String, train: Int, dev: Int, files: (train: String, dev: String) = ("train.tsv", "dev.tsv"),
               header: Bool = false) throws -> String {
    let root = try temporaryDirectory("data-\(task)")
    let folder = root + "/" + task
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (file, count) in [(files.train, train), (files.dev, dev)] {
        let text = try String(contentsOfFile: repositoryRoot + "/data/glue/\(task)/\(file)", encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.prefix(count + (header ? 1 : 0))
        try (kept.joined(separator: "\n") + "\n").write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
    }
    return root
}
