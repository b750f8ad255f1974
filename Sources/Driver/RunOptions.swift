import ArgumentParser
import Codegen
import Foundation
import IR
import Models
import Support
import Tasks
import Trainer

/// The flags of `eptc run` that shape the configuration. Every one is optional so that `--resume`
/// can tell what the user changed from what the saved run holds.
struct RunOptions: ParsableArguments {
    @Option(name: .customLong("task"), help: ArgumentHelp("The task: " + TaskRegistry.all.map(\.name).joined(separator: ", ")
                                                         + "; or your own data with --train (below)."))
    var task: String?

    @OptionGroup(title: "Your own data (in place of --task)") var custom: CustomTaskOptions

    @Option(name: .customLong("model"), help: ArgumentHelp(
        "A Hugging Face T5 or BERT-family folder (default: the embedded MiniLM).", valueName: "DIR"))
    var model: String?

    @Option(name: .customLong("method"), help: ArgumentHelp("ept (default), dept, pt, lora or finetune."))
    var method: String?

    @Option(name: .customLong("adapter"), help: ArgumentHelp(
        "Start from a PEFT LoRA or prompt-tuning adapter (its method, shape and weights; --model defaults to its base).",
        valueName: "DIR"))
    var adapter: String?

    @Option(name: .customLong("graph"), help: ArgumentHelp(
        "Run this graph instead of the method's shipped one (same entries; the method still gives the learning rates).",
        valueName: "FILE"))
    var graph: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Bind a graph param: NAME=VALUE (repeatable), e.g. use_fusion=false.",
                                                         valueName: "NAME=VALUE"),
            transform: ParamBinding.init(parsing:))
    var settings: [ParamBinding] = []

    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "A full GLUE / SuperGLUE folder in the standard layouts (default: the shipped data).", valueName: "DIR"))
    var dataDirectory: String?

    @Option(name: .customLong("train-split"), help: "train (default) or train32 (FewGLUE).")
    var trainSplit: String?

    @Option(name: .customLong("eval-split"), help: "dev (default).")
    var evalSplit: String?

    // Numbers take the next word whatever it looks like (`.unconditional`), so `--batch-size -1`
    // reaches the range check ("must be positive") instead of reading as a missing value.
    @Option(name: .customLong("epochs"), parsing: .unconditional, help: "Epochs to train (default 3 when no other budget is given).")
    var epochs: Int?

    @Option(name: .customLong("max-steps"), parsing: .unconditional, help: "Stop after this many optimizer steps.")
    var maxSteps: Int?

    @Option(name: .customLong("time-budget"), help: ArgumentHelp("Stop after this much training time: 600, 90s, 10m, 1h.",
                                                                 valueName: "DURATION"))
    var timeBudget: String?

    @Option(name: .customLong("batch-size"), parsing: .unconditional, help: "Examples per step (default 32; 16 for EPT on an encoder).")
    var batchSize: Int?

    @Option(name: .customLong("lr"), help: ArgumentHelp(
        "Learning rate of an optimizer group (prompt, lowrank, head, lora, backbone): GROUP=VALUE, repeatable.",
        valueName: "GROUP=VALUE"), transform: GroupRate.init(parsing:))
    var learningRates: [GroupRate] = []

    @Option(name: .customLong("weight-decay"), parsing: .unconditional, help: "AdamW's decoupled weight decay (default 0.01).")
    var weightDecay: Double?

    @Option(name: .customLong("warmup"), parsing: .unconditional, help: "Fraction of the schedule spent warming up (default 0.06).")
    var warmup: Double?

    @Option(name: .customLong("max-grad-norm"), parsing: .unconditional, help: "Global gradient-norm clip (default 1.0).")
    var maxGradNorm: Double?

    @Option(name: .customLong("dropout"), parsing: .unconditional, help: "Dropout rate (default: the model's config.json; 0 turns it off).")
    var dropout: Double?

    @Option(name: .customLong("max-length"), parsing: .unconditional, help: "Longest input in tokens (default: the task's longest example).")
    var maxLength: Int?

    @Option(name: .customLong("buckets"), parsing: .unconditional, help: "Length buckets, each compiled once (default 4).")
    var bucketCount: Int = 4

    @Option(name: .customLong("eval-every"), help: ArgumentHelp(
        "Evaluate and checkpoint every N steps, or every N seconds of training with an s suffix (90s).", valueName: "N"))
    var evalEvery: String?

    @Option(name: .customLong("patience"), parsing: .unconditional, help: "Stop after this many evaluations without a better dev metric.")
    var patience: Int?

    @Option(name: .customLong("seed"), parsing: .unconditional, help: "Seed of data order, initialization and dropout (default 42).")
    var seed: UInt64?

    @Option(name: .customLong("threads"), parsing: .unconditional, help: "Threads for BLAS and the generated kernels (default: all cores).")
    var threads: Int?

    @Option(name: .customLong("engine"), help: "compiled (default) or interpreter (the reference, slow).")
    var engine: StepPrograms.EngineKind?

    @Flag(name: .customLong("skip-bad-rows"), help: "Skip (and count) malformed data rows instead of stopping.")
    var skipBadRows = false

    @Option(name: .customLong("out"), help: ArgumentHelp("The run folder (default runs/<task>-<method>-<time>).", valueName: "DIR"))
    var out: String?

    @Flag(name: .customLong("no-cache"), help: "Compile without the compile cache.")
    var noCache = false

    @Option(name: .customLong("gemm"), help: ArgumentHelp(
        "Which code runs the f32 matrix products: measured (per shape, the faster on this machine; the "
            + "default), generated (eptc's kernel), blas (OpenBLAS: the same bits from run to run on one "
            + "machine) or dnnl (oneDNN, where libdnnl.so.2 is installed). A resumed run keeps its choices.",
        valueName: "POLICY"))
    var gemm: GemmPolicy = .measured

    /// A new run's configuration: flags over defaults.
    func configuration(resources: Resources, env: [String: String]) throws -> RunConfiguration {
        let customTask = try custom.overlaid(on: nil)
        let definition: TaskDefinition
        if let customTask {
            if let task { throw Self.taskAndFiles(task) }
            definition = TaskDefinition(custom: customTask)
        } else if let task {
            definition = try trainerCall { try TaskRegistry.named(task) }
        } else {
            throw UserError("--task is required (one of: " + TaskRegistry.all.map(\.name).joined(separator: ", ")
                            + "), or your own data: --train FILE --dev FILE --text-column NAME --label-column NAME")
        }
        let imported = try adapter.map(AdapterRun.read)
        if let imported, let method, method != imported.method {
            throw UserError("--method \(method): --adapter \(imported.path) is a \(imported.method) adapter")
        }
        let methodName = imported?.method ?? method ?? "ept"
        guard let tuning = MethodCatalog.method(methodName) else {
            throw UserError("unknown method '\(methodName)' (\(MethodCatalog.names.joined(separator: ", ")))")
        }
        let modelPath = try imported.map { try AdapterRun.baseModel($0, model: model) } ?? absolute(model ?? resources.defaultModel(env))
        let backbone = try Self.backbone(of: modelPath, explicit: model != nil)
        let t5 = backbone == .t5
        var base = RunConfiguration(task: definition.name, method: tuning.name, model: modelPath, backbone: backbone,
                                    graph: absolute(resources.graph(tuning.graph(t5: t5))))
        base.custom = customTask
        base.learningRates = tuning.rates(t5: t5)
        base.dropout = tuning.dropout(t5: t5)
        if let batch = tuning.batchSize(t5: t5) { base.batchSize = batch }
        var c = try overlaid(on: base, resources: resources, env: env)
        if let imported { c = try AdapterRun.configure(c, adapter: imported, userSettings: settings, resources: resources) }
        if c.epochs == nil && c.maxSteps == nil && c.timeBudget == nil { c.epochs = 3 }
        // The shipped SuperGLUE data has only the 32-example FewGLUE training sets.
        if trainSplit == nil, definition.benchmark == .superglue, c.dataDirectory == nil { c.trainSplit = .train32 }
        return c
    }

    /// `base` with every flag the user gave applied (a resumed run's saved configuration, or defaults).
    func overlaid(on base: RunConfiguration, resources: Resources, env: [String: String]) throws -> RunConfiguration {
        var c = base
        if let task {
            if custom.isGiven { throw Self.taskAndFiles(task) }
            c.task = try trainerCall { try TaskRegistry.named(task) }.name
        }
        if custom.isGiven {
            if let dataDirectory {
                throw UserError("--data-dir \(dataDirectory) names a GLUE / SuperGLUE folder; your own data is read from --train, --dev and --test")
            }
            try custom.checkBackbone(base.backbone)
            c.custom = try custom.overlaid(on: base.custom)
            c.task = CustomTask.taskName
        }
        if let method, method != base.method {
            guard let tuning = MethodCatalog.method(method) else {
                throw UserError("unknown method '\(method)' (\(MethodCatalog.names.joined(separator: ", ")))")
            }
            c.method = tuning.name
            c.graph = absolute(resources.graph(tuning.graph(t5: base.backbone == .t5)))
        }
        if let model { c.model = absolute(model) }
        if let graph {
            guard FileManager.default.fileExists(atPath: resources.graph(graph)) else { throw UserError("--graph \(graph): no such file") }
            c.graph = absolute(resources.graph(graph))
        }
        if !settings.isEmpty { c.settings = base.settings.overridden(by: ParamBindings(settings)) }
        if let adapter, absolute(adapter) != base.adapter { c.adapter = absolute(adapter) }
        if let dataDirectory { c.dataDirectory = absolute(dataDirectory) }
        if let trainSplit { c.trainSplit = try split(trainSplit, "--train-split") }
        if let evalSplit { c.evalSplit = try split(evalSplit, "--eval-split") }
        if let epochs { c.epochs = try positive(epochs, "--epochs") }
        if let maxSteps { c.maxSteps = try positive(maxSteps, "--max-steps") }
        if let timeBudget { c.timeBudget = try Self.seconds(timeBudget, flag: "--time-budget") }
        if let batchSize { c.batchSize = try positive(batchSize, "--batch-size") }
        for rate in learningRates { c.learningRates[rate.group] = rate.value }
        if let weightDecay { c.weightDecay = try fraction(weightDecay, "--weight-decay", upTo: 1) }
        if let warmup { c.warmupFraction = try fraction(warmup, "--warmup", upTo: 1) }
        if let maxGradNorm {
            guard maxGradNorm.isFinite, maxGradNorm > 0 else { throw UserError("--max-grad-norm must be a positive number") }
            c.maxGradNorm = maxGradNorm
        }
        if let dropout { c.dropout = try fraction(dropout, "--dropout", upTo: 0.99) }
        if let maxLength {
            c.maxLength = try positive(maxLength, "--max-length")
            c.buckets = []
        }
        guard bucketCount >= 1, bucketCount <= 16 else { throw UserError("--buckets must be between 1 and 16") }
        if let evalEvery {
            if evalEvery.hasSuffix("s") {
                c.evalSeconds = try Self.seconds(evalEvery, flag: "--eval-every")
                c.evalEvery = nil
            } else {
                guard let n = Int(evalEvery), n > 0 else { throw UserError("--eval-every \(evalEvery): expected steps (200) or seconds (90s)") }
                c.evalEvery = n
                c.evalSeconds = nil
            }
        }
        if let patience { c.patience = try positive(patience, "--patience") }
        if let seed { c.seed = seed }
        if let threads { c.threads = try positive(threads, "--threads") }
        if let engine { c.engine = engine }
        if skipBadRows { c.skipBadRows = true }
        return c
    }

    static func taskAndFiles(_ task: String) -> UserError {
        UserError("--task \(task) and your own data (--train …): a run trains either a named task or your files; drop one")
    }

    /// The folder's family, from its config.json, with a clear error for anything else.
    static func backbone(of path: String, explicit: Bool) throws -> Backbone {
        let config: ModelConfig
        do {
            config = try ModelConfig.load(path: path)
        } catch {
            if !explicit {
                throw UserError("the embedded default model is not installed at \(path) (run `make model` in a clone, "
                                + "or tools/fetch-minilm.sh into a folder `eptc doctor` lists, or pass --model DIR): \(error)")
            }
            throw UserError("cannot use the model folder: \(error)")
        }
        switch config {
        case .t5: return .t5
        case .bert: return .bert
        }
    }

    /// Seconds from "600", "90s", "10m" or "1h".
    static func seconds(_ text: String, flag: String) throws -> Double {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600]
        var number = Substring(text)
        var unit = 1.0
        if let last = text.last, let u = units[last] {
            unit = u
            number = number.dropLast()
        }
        guard let v = Double(number), v.isFinite, v > 0 else {
            throw UserError("\(flag) \(text): expected a duration such as 600, 90s, 10m or 1h")
        }
        return v * unit
    }

    func split(_ s: String, _ flag: String) throws -> Split {
        guard let split = Split(rawValue: s) else { throw UserError("\(flag) \(s): expected train, train32, dev or test") }
        return split
    }

    func positive(_ n: Int, _ flag: String) throws -> Int {
        guard n > 0 else { throw UserError("\(flag) must be positive, got \(n)") }
        return n
    }

    func fraction(_ v: Double, _ flag: String, upTo limit: Double) throws -> Double {
        guard v.isFinite, v >= 0, v <= limit else { throw UserError("\(flag) must be between 0 and \(limit), got \(v)") }
        return v
    }
}

func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}

/// One `--lr GROUP=VALUE`, read once by the argument parser: an optimizer group and its rate.
struct GroupRate {
    var group: String
    var value: Double

    init(parsing item: String) throws {
        let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, let v = Double(parts[1]), v.isFinite, v >= 0 else {
            throw UserError("expected GROUP=VALUE with a non-negative number, e.g. --lr prompt=0.3")
        }
        group = parts[0]
        value = v
    }
}

/// `--engine compiled|interpreter`: a typed option; a wrong value is refused by the parser,
/// listing the choices.
extension StepPrograms.EngineKind: ExpressibleByArgument {}
