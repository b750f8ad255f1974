import Driver
import Foundation
import Models
import Support
import Runtime
import TestSupport
import Testing
@testable import Trainer

/// `eptc export` and `--adapter` end to end on the tiny models: what a run exports, eval and predict
/// read back through `--adapter` with the run's own results; merged weights are W + (α/r)·B·A; a
/// mismatched base, an unsupported adapter and a folder that is not an export are refused.
@Suite(.serialized) struct ExportCommandTests {
    static let data = try! dataSlice("CoLA", train: 24, dev: 12)

    /// A short run of `method` on the tiny BERT (or T5) into a fresh folder.
    static func train(_ method: String, model: String = TinyModels.bert, _ extra: [String] = []) throws -> String {
        let out = try temporaryDirectory("export-\(method)") + "/run"
        let r = eptc(["run", "--task", "cola", "--model", model, "--data-dir", data, "--method", method, "--max-steps", "3",
                      "--batch-size", "8", "--threads", "1", "--out", out] + extra)
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        return out
    }

    static func export(_ run: String, _ extra: [String] = []) throws -> String {
        let out = try temporaryDirectory("exported") + "/adapter"
        let r = eptc(["export", "--run", run, "-o", out] + extra)
        try #require(r.exitCode == 0, "\(r.stderr)")
        return out
    }

    static func files(_ folder: String) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    }

    /// The metric lines of `eval` (everything after the first line, which names the weights).
    static func metrics(_ r: CommandResult) -> String {
        r.stdout.split(separator: "\n").dropFirst().joined(separator: "\n")
    }

    @Test(arguments: [("lora", [String]()), ("pt", ["--set", "prompt_len=4"])])
    func bertExportEvaluatesAsTheRun(_ method: String, _ extra: [String]) throws {
        let run = try Self.train(method, extra)
        let out = try Self.export(run)
        #expect(Self.files(out) == [PEFTFormat.config, PEFTFormat.weights, PEFTFormat.eptcConfig, PEFTFormat.eptcWeights,
                                    PEFTFormat.manifest])
        let config = try JSONValue.load(path: out + "/" + PEFTFormat.config, kind: .malformedConfig)
        #expect(config["task_type"]?.stringValue == "FEATURE_EXTRACTION")
        #expect(config[PEFTFormat.eptcKey]?["base_model_sha256"]?.stringValue == (try ModelFolder(path: TinyModels.bert).weightsSHA256()))
        let byRun = eptc(["eval", "--run", run])
        let byAdapter = eptc(["eval", "--adapter", out, "--task", "cola", "--model", TinyModels.bert, "--data-dir", Self.data])
        try #require(byRun.exitCode == 0 && byAdapter.exitCode == 0, "\(byRun.stderr)\(byAdapter.stderr)")
        #expect(Self.metrics(byRun) == Self.metrics(byAdapter) && !Self.metrics(byRun).isEmpty,
                "run:\n\(byRun.stdout)\nadapter:\n\(byAdapter.stdout)")
        // predict --scores: the label and both classes' probabilities per row, the same through the adapter.
        let p1 = eptc(["predict", "--run", run, "--input", Self.data + "/CoLA/dev.tsv", "--scores"])
        let p2 = eptc(["predict", "--adapter", out, "--task", "cola", "--model", TinyModels.bert, "--input",
                       Self.data + "/CoLA/dev.tsv", "--scores"])
        try #require(p1.exitCode == 0 && p2.exitCode == 0, "\(p1.stderr)\(p2.stderr)")
        let rows1 = p1.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t") }
        let rows2 = p2.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t") }
        #expect(rows1.count == 12 && rows1.map { $0.prefix(2) } == rows2.map { $0.prefix(2) }, "the same labels")
        // The lengths each side pads to may differ (the run's buckets, or the rows'): rounding only.
        let gap = zip(rows1, rows2).flatMap { zip($0.dropFirst(2), $1.dropFirst(2)) }
            .map { abs((Double($0) ?? .nan) - (Double($1) ?? .nan)) }.max() ?? .nan
        #expect(gap <= 1e-5, "probabilities differ by \(gap)")
    }

    /// Prompt tuning on T5: eval through the exported PEFT adapter decodes what the run decodes.
    @Test func t5PromptExportEvaluatesAsTheRun() throws {
        let run = try Self.train("pt", model: TinyModels.t5, ["--set", "prompt_len=3"])
        let out = try Self.export(run, ["--checkpoint", "last"])
        #expect(Self.files(out) == [PEFTFormat.config, PEFTFormat.weights, PEFTFormat.manifest])
        let config = try JSONValue.load(path: out + "/" + PEFTFormat.config, kind: .malformedConfig)
        #expect(config["num_transformer_submodules"]?.intValue == 1 && config["num_virtual_tokens"]?.intValue == 3)
        let byRun = eptc(["eval", "--run", run, "--checkpoint", "last"])
        let byAdapter = eptc(["eval", "--adapter", out, "--task", "cola", "--model", TinyModels.t5, "--data-dir", Self.data])
        try #require(byRun.exitCode == 0 && byAdapter.exitCode == 0, "\(byRun.stderr)\(byAdapter.stderr)")
        #expect(Self.metrics(byRun) == Self.metrics(byAdapter), "run:\n\(byRun.stdout)\nadapter:\n\(byAdapter.stdout)")
    }

    /// EPT has no PEFT type: its prompt side and head go to eptc_adapter.*, with the switches the
    /// PyTorch module needs; --merge is refused for it.
    @Test func eptExportsEptcAdapterFiles() throws {
        let run = try Self.train("ept", ["--set", "prompt_len=4"])
        let out = try Self.export(run)
        #expect(Self.files(out) == [PEFTFormat.eptcConfig, PEFTFormat.eptcWeights, PEFTFormat.manifest])
        let config = try JSONValue.load(path: out + "/" + PEFTFormat.eptcConfig, kind: .malformedConfig)
        #expect(config["prompt"]?["prompt_len"]?.intValue == 4 && config["prompt"]?["use_fusion"]?.boolValue == true)
        #expect(config["head"]?["kind"]?.stringValue == "per_layer" && config["head"]?["normalize_pooled"]?.boolValue == true)
        let weights = try SafeTensorsFile(path: out + "/" + PEFTFormat.eptcWeights)
        #expect(weights.names.contains("prompt") && weights.names.contains("lowrank_a") && weights.names.contains("classifier.bias"))
        let merge = eptc(["export", "--run", run, "-o", out, "--merge"])
        #expect(merge.exitCode == 1 && merge.stderr.contains("--merge: only LoRA and full fine-tuning"), "\(merge.stderr)")
        #expect(Self.files(out).contains(PEFTFormat.eptcConfig), "a refused export leaves the earlier one")
    }

    /// --merge of LoRA: every base tensor, the adapted projections replaced by W + (α/r)·B·A of the
    /// run's weights, and the base's tokenizer files beside them.
    @Test func loraMergeWritesAModelFolder() throws {
        let run = try Self.train("lora")
        let out = try Self.export(run, ["--merge"])
        #expect(Self.files(out).isSuperset(of: ["config.json", "model.safetensors", "vocab.txt", PEFTFormat.eptcWeights]))
        let merged = try SafeTensorsFile(path: out + "/model.safetensors")
        let base = try ModelFolder(path: TinyModels.bert).checkpoint
        #expect(Set(merged.names) == Set(base.tensorNames))
        // A and B of the same checkpoint, as the adapter export writes them.
        let adapter = try SafeTensorsFile(path: try Self.export(run) + "/" + PEFTFormat.weights)
        let module = "encoder.layer.1.attention.self.value"
        let a = try adapter.tensor(PEFTFormat.loraPrefix + module + ".lora_A.weight")
        let b = try adapter.tensor(PEFTFormat.loraPrefix + module + ".lora_B.weight")
        let w = try base.tensor(module + ".weight"), m = try merged.tensor(module + ".weight")
        let (r, n, o) = (a.shape[0], a.shape[1], b.shape[0])
        var worst: Float = 0, change: Float = 0
        for i in 0..<o {
            for j in 0..<n {
                let delta = (0..<r).reduce(Float(0)) { $0 + b.floats[i * r + $1] * a.floats[$1 * n + j] } * (16 / Float(r))
                worst = max(worst, abs(m.floats[i * n + j] - (w.floats[i * n + j] + delta)))
                change = max(change, abs(delta))
            }
        }
        #expect(worst < 1e-6 && change > 1e-6, "merged weight off by \(worst); the update moves it by up to \(change)")
        #expect(try merged.tensor("encoder.layer.1.attention.self.key.weight") == base.tensor("encoder.layer.1.attention.self.key.weight"))
    }

    @Test func exportRefusesAForeignFolderAndReplacesAnEarlierExport() throws {
        let run = try Self.train("lora")
        let foreign = try temporaryDirectory("foreign")
        try "mine".write(toFile: foreign + "/notes.txt", atomically: true, encoding: .utf8)
        let r = eptc(["export", "--run", run, "-o", foreign])
        #expect(r.exitCode == 1 && r.stderr.contains("is not empty (notes.txt)"), "\(r.stderr)")
        #expect(Self.files(foreign) == ["notes.txt"])
        let out = try Self.export(run)
        let again = eptc(["export", "--run", run, "-o", out, "--checkpoint", "last"])
        #expect(again.exitCode == 0, "\(again.stderr)")
        let parent = URL(fileURLWithPath: out).deletingLastPathComponent().path
        #expect(Self.files(parent) == ["adapter"], "no temporary or old folder left beside it")
        let finetune = eptc(["export", "--run", run, "-o", out + "2", "--merge", "--checkpoint", "bad"])
        #expect(finetune.exitCode == 1)
    }

    /// --adapter on another base: the weights hash, the family, and LoRA variants eptc does not compute.
    @Test func mismatchedBasesAndAdaptersAreRefused() throws {
        let out = try Self.export(try Self.train("lora"))
        let other = try temporaryDirectory("other-bert")
        for file in ["config.json", "vocab.txt"] {
            try FileManager.default.copyItem(atPath: TinyModels.bert + "/" + file, toPath: other + "/" + file)
        }
        var tensors: [String: Tensor] = [:]
        let base = try ModelFolder(path: TinyModels.bert).checkpoint
        for name in base.tensorNames { tensors[name] = try base.tensor(name) }
        tensors["pooler.dense.bias"] = Tensor.zeros(tensors["pooler.dense.bias"]?.type ?? .init(.f32, [32]))
        try SafeTensorsWriter.write(tensors, to: other + "/model.safetensors")
        let hash = eptc(["eval", "--adapter", out, "--task", "cola", "--model", other, "--data-dir", Self.data])
        #expect(hash.exitCode == 1 && hash.stderr.contains("whose weights have SHA-256"), "\(hash.stderr)")
        let family = eptc(["eval", "--adapter", out, "--task", "cola", "--model", TinyModels.t5, "--data-dir", Self.data])
        #expect(family.exitCode == 1 && family.stderr.contains("trained on a BERT-family model"), "\(family.stderr)")

        let dora = try temporaryDirectory("dora")
        let fixture = repositoryRoot + "/Tests/TrainerTests/Fixtures/peft/t5-lora"
        try FileManager.default.copyItem(atPath: fixture + "/" + PEFTFormat.weights, toPath: dora + "/" + PEFTFormat.weights)
        let text = try String(contentsOfFile: fixture + "/" + PEFTFormat.config, encoding: .utf8)
        try text.replacingOccurrences(of: "\"use_dora\": false", with: "\"use_dora\": true")
            .write(toFile: dora + "/" + PEFTFormat.config, atomically: true, encoding: .utf8)
        let r = eptc(["run", "--task", "cola", "--adapter", dora, "--model", TinyModels.t5, "--data-dir", Self.data,
                      "--max-steps", "1", "--out", try temporaryDirectory("dora-run") + "/run"])
        #expect(r.exitCode == 1 && r.stderr.contains("use_dora is true"), "\(r.stderr)")
        let bert = eptc(["eval", "--adapter", fixture, "--task", "cola", "--model", TinyModels.bert])
        #expect(bert.exitCode == 1 && bert.stderr.contains("trained on a T5 model"), "\(bert.stderr)")
    }

    /// `run --adapter`: a PEFT LoRA adapter (no head) starts the run: its weights are the step-0
    /// weights, and the method and rank are the adapter's.
    @Test func runContinuesFromAPEFTAdapter() throws {
        let fixture = repositoryRoot + "/Tests/TrainerTests/Fixtures/peft/t5-lora"
        let out = try temporaryDirectory("adapter-run") + "/run"
        let r = eptc(["run", "--task", "cola", "--adapter", fixture, "--model", TinyModels.t5, "--data-dir", Self.data,
                      "--max-steps", "1", "--batch-size", "8", "--lr", "lora=0", "--threads", "1", "--out", out])
        // The fixture's base is a two-layer T5; TinyModels.t5 has one layer: the second layer's tensors are named.
        #expect(r.exitCode == 1 && r.stderr.contains("decoder.block.1.layer.0.SelfAttention"), "\(r.stderr)")
        let run = try Self.train("lora")
        let exported = try Self.export(run)
        let next = try temporaryDirectory("adapter-run") + "/run"
        let c = eptc(["run", "--task", "cola", "--adapter", exported, "--data-dir", Self.data, "--max-steps", "1",
                      "--batch-size", "8", "--lr", "lora=0", "--lr", "head=0", "--threads", "1", "--out", next])
        try #require(c.exitCode == 0, "\(c.stderr)")
        let config = try RunConfiguration.load(path: next + "/config.json")
        #expect(config.method == "lora" && config.adapter != nil && config.model == TinyModels.bert)
        // With learning rate 0 the weights stay the adapter's: exported again, they are the same tensors.
        let again = try SafeTensorsFile(path: try Self.export(next, ["--checkpoint", "last"]) + "/" + PEFTFormat.weights)
        let start = try SafeTensorsFile(path: exported + "/" + PEFTFormat.weights)
        #expect(again.names == start.names)
        for name in start.names { #expect(try again.tensor(name) == start.tensor(name), "\(name)") }
    }
}
