import Foundation
import IR
import Models
import Passes
import Runtime
import Support
import Tasks

/// A task, a model and a method brought together: the data read and encoded, the configuration
/// resolved (lengths and buckets from the data), the programs compiled. `eptc run`, `eval` and
/// `predict` all start here, so they see the same inputs.
public final class RunSession {
    public internal(set) var configuration: RunConfiguration
    public let task: TaskDefinition
    public let folder: ModelFolder
    public let codec: TextCodec
    public private(set) var notes: [String] = []
    /// The file each split read was read from.
    public private(set) var files: [String: String] = [:]
    /// A custom task's training split, read with its labels when the session opened (read once).
    private var preloadedTrain: LoadedSplit?
    /// With a data folder: where each split read came from (`DataSource`), recorded in checkpoints
    /// so that `--resume` and `eval` refuse a split that has since fallen back to the shipped data.
    public var dataSources: [String: String] {
        guard let folder = configuration.dataDirectory else { return [:] }
        return files.mapValues { Self.isInside($0, folder) ? DataSource.dataFolder : DataSource.shipped }
    }

    /// Every candidate in a data folder starts with "<folder>/" (a sibling "<folder>2" does not).
    static func isInside(_ file: String, _ folder: String) -> Bool {
        file.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// Refuses a split with no rows, naming its file: nothing to `purpose` ("train on", "evaluate").
    public func requireRows(_ examples: [Example], split: String, to purpose: String) throws {
        guard examples.isEmpty else { return }
        throw UserError("\(files[split] ?? split): the \(split) split has no rows: nothing to \(purpose)")
    }

    /// Opens the task and the model; nothing is read from the data yet.
    public init(_ configuration: RunConfiguration, fallbackT5Vocabulary: String?) throws {
        var configuration = configuration
        let (definition, train) = try Self.openTask(&configuration)
        task = definition
        preloadedTrain = train
        self.configuration = configuration
        do {
            folder = try ModelFolder(path: configuration.model)
        } catch {
            throw UserError("cannot use the model folder: \(error)")
        }
        let (codec, note) = try TextCodec.load(for: folder, fallbackT5Vocabulary: fallbackT5Vocabulary)
        self.codec = codec
        if let note { notes.append(note) }
        if codec.isT5 != (configuration.backbone == .t5) {
            throw UserError("the model folder is \(codec.isT5 ? "a T5" : "a BERT-family") model but the run expects \(configuration.backbone)")
        }
        try Self.checkVocabularyFits(codec, folder)
        try Self.checkLabelWords(task, codec)
    }

    /// Every id the tokenizer can produce must be a row of the model's embedding table: a larger
    /// vocabulary (a tokenizer from another model) would otherwise fail deep inside the first
    /// gather, as an error in eptc's words instead of the folder's.
    static func checkVocabularyFits(_ codec: TextCodec, _ folder: ModelFolder) throws {
        guard case .int(let rows)? = folder.symbols["vocab_size"], codec.vocabularySize > rows else { return }
        throw UserError("\(folder.path): the tokenizer has \(codec.vocabularySize) pieces but config.json's vocab_size "
                           + "(the embedding table) has \(rows) rows: the tokenizer belongs to another model")
    }

    /// Reads one split (`shippedData` is the project's data/ folder). Bad rows are errors with
    /// file:line unless the configuration skips them (counted in `notes`).
    public func examples(_ split: Split, shippedData: String) throws -> [Example] {
        try examples(split.rawValue, shippedData: shippedData)
    }

    public func examples(_ split: String, shippedData: String) throws -> [Example] {
        guard let s = Split(rawValue: split) else {
            throw UserError("unknown split '\(split)' (train, dev, test, train32)")
        }
        let loaded: LoadedSplit
        if s == .train, let preloaded = preloadedTrain {
            loaded = preloaded
            preloadedTrain = nil
        } else {
            loaded = try TaskData.loadSplit(task, split: s, dataDir: configuration.dataDirectory,
                                            shippedDataDir: shippedData, skipBadRows: configuration.skipBadRows)
        }
        try recordFingerprint(s, loaded)
        files[split] = loaded.file
        let skipped = loaded.skipped.count
        if skipped > 0 { notes.append("\(split): skipped \(skipped) malformed row\(skipped == 1 ? "" : "s")") }
        if let dataDirectory = configuration.dataDirectory, !Self.isInside(loaded.file, dataDirectory) {
            notes.append("\(split): not in \(dataDirectory); read the shipped \(loaded.file)")
        }
        return loaded.examples
    }

    /// Fills the lengths the data decides: target length (T5: longest label word + EOS), the
    /// longest input (capped by the model and `maxLength` when the user gave one), and the buckets.
    public func resolveLengths(train: [Example], dev: [Example], bucketCount: Int = 4) throws {
        if codec.isT5, configuration.targetLength == 0 {
            let labels = train.compactMap(\.label) + dev.compactMap(\.label)
            configuration.targetLength = max(2, labels.map { codec.target($0, task: task).count }.max() ?? 2)
        }
        try checkPositionsFit()
        guard configuration.buckets.isEmpty else { return }
        let limit = configuration.maxLength > 0 ? configuration.maxLength : modelLengthLimit
        let lengths = (train + dev).map { codec.input($0, task: task, maxLength: limit).ids.count }
        guard !lengths.isEmpty else { throw UserError("task '\(task.name)' has no examples to train or evaluate on") }
        let buckets = LengthBuckets.fitted(to: lengths, count: bucketCount, maxLength: limit)
        configuration.buckets = buckets.lengths
        configuration.maxLength = buckets.lengths.last ?? limit
    }

    /// The longest input the model takes: BERT's positions minus the prompt rows; T5 has relative
    /// positions, so 512 (its pre-training length) unless the user asks for more.
    var modelLengthLimit: Int {
        if case .int(let positions)? = folder.symbols["max_position_embeddings"] {
            return max(8, positions - promptLength)
        }
        return 512
    }

    /// An encoder has a fixed number of positions: the prompt and the longest input must fit them
    /// together. Said in the user's terms here, not as a slice error inside the model graph.
    func checkPositionsFit() throws {
        guard case .int(let positions)? = folder.symbols["max_position_embeddings"] else { return }
        let prompt = promptLength
        if prompt + 8 > positions {
            throw UserError("prompt_len \(prompt): the prompt and the input must fit the model's \(positions) positions "
                               + "together (prompt ≤ \(positions - 8) with inputs of at least 8 tokens)")
        }
        if configuration.maxLength > 0, prompt + configuration.maxLength > positions {
            throw UserError("--max-length \(configuration.maxLength): with the \(prompt)-row prompt that is "
                               + "\(prompt + configuration.maxLength) positions, more than the model's \(positions) "
                               + "(--max-length ≤ \(positions - prompt))")
        }
    }

    /// The prompt rows the method prepends (0 for LoRA and fine-tuning), from `--set prompt_len`
    /// or the method's default.
    var promptLength: Int {
        if case .int(let n)? = configuration.settings["prompt_len"] { return n }
        // Else the graph's own default: one source of truth for the method's size.
        return (try? Elaborator(loader: FileSystemLoader()).integerDefault(of: "prompt_len", file: configuration.graph)) ?? 0
    }

    /// Whether the method's graph declares `max_len` (the rows of the low-rank A), which the
    /// runner binds to the longest bucket.
    var graphDeclaresMaxLength: Bool {
        (try? Elaborator(loader: FileSystemLoader()).declaredParams(file: configuration.graph))?.contains("max_len") ?? false
    }

    public func encode(_ examples: [Example]) -> [EncodedExample] {
        codec.encode(examples, task: task, maxLength: configuration.maxLength, targetLength: configuration.targetLength)
    }

    /// `--set` values plus what the runner binds (`max_len` for the low-rank methods, `dropout`, and
    /// `regression` for an encoder head on a regression task).
    public func graphSettings() throws -> [String: SymbolValue] {
        var settings = configuration.settings.values
        if graphDeclaresMaxLength, settings["max_len"] == nil {
            settings["max_len"] = .int(configuration.maxLength)
        }
        if let p = configuration.dropout { settings["dropout"] = .float(p) }
        if !codec.isT5, case .regression = task.kind { settings["regression"] = .bool(true) }
        if !codec.isT5, case .classification(let n) = task.kind { settings["num_labels"] = .int(n) }
        return settings
    }

    public var optimizer: AdamWConfig {
        var groups: [String: AdamWConfig.Group] = [:]
        for (name, lr) in configuration.learningRates {
            groups[name] = AdamWConfig.Group(learningRate: lr, weightDecay: configuration.weightDecay)
        }
        return AdamWConfig(groups: groups, maxGradNorm: configuration.maxGradNorm)
    }

    /// One program per bucket over one weight store (seeded initializers for the trainable weights).
    /// Data-parallel ranks pass their `DataParallel.localBatchSize` and split steps.
    public func programs(training: Bool, batchSize: Int? = nil, split: Bool = false, extraEntries: [String] = [],
                         compile: StepPrograms.Compile) throws -> StepPrograms {
        try StepPrograms(
            graphFile: configuration.graph, folder: folder, settings: try graphSettings(),
            buckets: LengthBuckets(lengths: configuration.buckets), batchSize: batchSize ?? configuration.batchSize,
            targetLength: configuration.targetLength, evalEntry: codec.isT5 ? "greedy" : "encode",
            training: training, optimizer: optimizer,
            engine: configuration.engine,
            seed: configuration.seed, split: split, extraEntries: extraEntries, compile: compile)
    }
}

/// Where a split of a run with a data folder was read from (checkpoint metadata values).
public enum DataSource {
    public static let dataFolder = "data folder"
    public static let shipped = "shipped data"
}
