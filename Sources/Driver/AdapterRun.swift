import ArgumentParser
import Codegen
import Foundation
import IR
import Models
import Runtime
import Support
import Tasks
import Trainer

/// `--adapter DIR` (eval, predict, run): a PEFT LoRA or prompt-tuning adapter on its base model,
/// turned into the configuration of the matching eptc method (`ImportedAdapter`).
enum AdapterRun {
    /// The base model: `--model`, else the adapter's base_model_name_or_path when that folder is here.
    static func baseModel(_ adapter: ImportedAdapter, model: String?) throws -> String {
        if let model { return absolute(model) }
        if let base = adapter.base, FileManager.default.fileExists(atPath: base + "/config.json") { return absolute(base) }
        throw UserError("--adapter \(adapter.path): its base model '\(adapter.base ?? "?")' is not a model folder here; "
                        + "name the base with --model DIR")
    }

    static func read(_ path: String) throws -> ImportedAdapter {
        try trainerCall { try ImportedAdapter.read(absolute(path)) }
    }

    /// The method, model and graph settings the adapter implies, over `base` (a new run's defaults
    /// or flags): the adapter's method (another --method is refused), its shape's --set values under
    /// the user's own, and the base checked (family and weights hash).
    static func configure(_ base: RunConfiguration, adapter: ImportedAdapter, userSettings: [ParamBinding], resources: Resources)
        throws -> RunConfiguration {
        var c = base
        guard let tuning = MethodCatalog.method(adapter.method) else { throw InternalError("no method \(adapter.method)") }
        let t5 = c.backbone == .t5
        c.method = tuning.name
        c.graph = absolute(resources.graph(tuning.graph(t5: t5)))
        c.learningRates = tuning.rates(t5: t5).merging(base.learningRates.filter { tuning.rates(t5: t5)[$0.key] != nil }) { _, user in user }
        // The head's switches only where the graph has them (LoRA's head is bert.graph's last-layer one).
        let declared = (try? Elaborator(loader: FileSystemLoader()).declaredParams(file: c.graph)) ?? []
        let shape = ParamBindings(adapter.settings.items.filter { declared.contains($0.name) })
        c.settings = shape.overridden(by: ParamBindings(userSettings))
        c.adapter = adapter.path
        let folder: ModelFolder
        do { folder = try ModelFolder(path: c.model) } catch { throw UserError("cannot use the model folder: \(error)") }
        try adapter.check(base: folder, backbone: c.backbone)
        return c
    }

    /// A session over the adapter's weights: its notes joined to the session's.
    static func session(_ configuration: RunConfiguration, adapter: ImportedAdapter, resources: Resources) throws -> RunSession {
        try trainerCall {
            let session = try RunSession(configuration, fallbackT5Vocabulary: resources.t5Vocabulary)
            session.initialWeights = adapter.weights
            for note in adapter.notes { session.note(note) }
            return session
        }
    }
}

extension SavedRun {
    /// eval / predict with `--adapter DIR --task T [--model BASE]`: no run folder; the adapter's
    /// weights are the model's, at the lengths the rows `rows` reads (given the session) need, with
    /// room for every label word of the task.
    static func open(adapter path: String, task: String, model: String?, dataDirectory: String?, resources: Resources,
                     threads: Int?, environment: [String: String], scoring: Bool = false,
                     rows: (RunSession) throws -> [Example]) throws -> SavedRun {
        let adapter = try AdapterRun.read(path)
        let definition = try trainerCall { try TaskRegistry.named(task) }
        let modelPath = try AdapterRun.baseModel(adapter, model: model)
        let backbone = try RunOptions.backbone(of: modelPath, explicit: true)
        var base = RunConfiguration(task: definition.name, method: adapter.method, model: modelPath, backbone: backbone, graph: "")
        base.dataDirectory = dataDirectory
        let configuration = try AdapterRun.configure(base, adapter: adapter, userSettings: [], resources: resources)
        if backbone == .bert, !adapter.hasHead {
            throw UserError("--adapter \(path): an adapter on an encoder carries no classification head eptc can predict with "
                            + "(eptc's own head is exported beside it as \(PEFTFormat.eptcWeights)); train one with "
                            + "eptc run --adapter \(path) --task \(definition.name)")
        }
        BLASSetup.limitThreads(to: threads ?? 0)
        let session = try AdapterRun.session(configuration, adapter: adapter, resources: resources)
        return try trainerCall {
            let examples = try rows(session)
            let labels = definition.labelWords.indices.map { Label.index($0) }
            try session.resolveLengths(train: [], dev: examples, alsoLabels: labels)
            let extra = scoring && session.codec.isT5 ? [Evaluator.scoringEntry] : []
            let programs = try session.programs(training: false, extraEntries: extra,
                                                compile: stepCompiler(cache: cacheDirectory(environment)))
            let evaluator = Evaluator(programs: programs, codec: session.codec, task: session.task,
                                      batchSize: configuration.batchSize)
            return SavedRun(session: session, programs: programs, evaluator: evaluator, position: TrainingPosition(),
                            examples: examples, origin: "adapter \(path)")
        }
    }
}

/// `--adapter DIR [--task T] [--model BASE]` of eval and predict: the weights from a PEFT adapter
/// instead of a run folder.
struct AdapterOptions: ParsableArguments {
    @Option(name: .customLong("adapter"), help: ArgumentHelp(
        "Instead of --run: a PEFT LoRA or prompt-tuning adapter folder (with --task).", valueName: "DIR"))
    var adapter: String?

    @Option(name: .customLong("task"), help: ArgumentHelp("With --adapter: the task."))
    var task: String?

    @Option(name: .customLong("model"), help: ArgumentHelp(
        "With --adapter: the base model folder (default: the adapter's base_model_name_or_path).", valueName: "DIR"))
    var model: String?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "With --adapter: a full GLUE / SuperGLUE folder (default: the shipped data).", valueName: "DIR"))
    var dataDirectory: String?

    /// Exactly one of --run and --adapter; --task and --model go with --adapter.
    func validate(run: String?) throws {
        switch (run, adapter) {
        case (nil, nil): throw ValidationError("give --run DIR (a run folder) or --adapter DIR (a PEFT adapter)")
        case (_?, _?): throw ValidationError("--run and --adapter are alternatives: give one")
        case (_?, nil):
            if task != nil || model != nil || dataDirectory != nil {
                throw ValidationError("--task, --model and --data-dir go with --adapter; a run folder knows its own")
            }
        case (nil, _?):
            if task == nil { throw ValidationError("--adapter needs --task (the adapter does not say which task it was trained for)") }
        }
    }

    func open(resources: Resources, threads: Int?, environment: [String: String], scoring: Bool = false,
              rows: (RunSession) throws -> [Example]) throws -> SavedRun {
        guard let adapter, let task else { throw InternalError("--adapter without --task passed validation") }
        return try SavedRun.open(adapter: adapter, task: task, model: model, dataDirectory: dataDirectory.map(absolute),
                                 resources: resources, threads: threads, environment: environment, scoring: scoring, rows: rows)
    }
}
