/// The tuning methods a run can use: which graph each backbone runs and the learning rates that work
/// for it by default. Rates are per optimizer group (the graphs' `group` names).
///
/// Where the defaults come from: T5 prompt methods follow DePT (prompt 3e-1, low-rank pair 1e-4,
/// AdamW, linear schedule); the encoder recipe (MiniLM) was found by the experiments recorded in
/// README ("Accuracy"), since the PyTorch recipes in ../shared/ANCHORS.md leave the prompt methods at
/// the majority class: on an encoder the prompt methods train a head over a learned mix of every
/// layer's standardized pooled vector (`mix_layers`, `normalize_pooled`), with dropout off (the
/// backbone is frozen; its dropout only blurs the features the head reads) and slow rates; EPT
/// takes batches of 16 there (twice the updates in the same time: CoLA's 10-minute best dev MCC
/// 22.1 at 32, 26.4 at 16, one seed each).
public struct TuningMethod: Sendable {
    public let name: String
    public let t5Graph: String
    public let bertGraph: String
    public let t5Rates: [String: Double]
    public let bertRates: [String: Double]
    /// Graph settings (`NAME=VALUE`, as `--set` takes them) and dropout rate a run on an encoder
    /// starts from; `--set` and `--dropout` override them. Dropout nil: the model's config.json.
    public var bertSettings: [String] = []
    public var bertDropout: Double? = nil
    /// Examples per step on an encoder (nil: the runner's 32); `--batch-size` overrides it.
    public var bertBatchSize: Int? = nil
    /// Prompt rows in front of the input by default (`prompt_len` of the graph), 0 without a prompt.
    public let defaultPromptLength: Int
    /// Binds `max_len` (rows of A) to the longest bucket.
    public let hasLowRank: Bool

    public func graph(t5: Bool) -> String { t5 ? t5Graph : bertGraph }
    public func rates(t5: Bool) -> [String: Double] { t5 ? t5Rates : bertRates }
    public func settings(t5: Bool) -> [String] { t5 ? [] : bertSettings }
    public func dropout(t5: Bool) -> Double? { t5 ? nil : bertDropout }
    public func batchSize(t5: Bool) -> Int? { t5 ? nil : bertBatchSize }
}

public enum MethodCatalog {
    /// The encoder recipe the prompt methods share (see the type's comment).
    static let encoderPromptHead = ["mix_layers=true", "normalize_pooled=true"]

    public static let all: [TuningMethod] = [
        TuningMethod(name: "ept", t5Graph: "ept.graph", bertGraph: "ept-bert.graph",
                     t5Rates: ["prompt": 3e-1, "lowrank": 1e-4],
                     bertRates: ["prompt": 3e-3, "lowrank": 1e-4, "head": 3e-3],
                     bertSettings: encoderPromptHead, bertDropout: 0, bertBatchSize: 16,
                     defaultPromptLength: 40, hasLowRank: true),
        TuningMethod(name: "dept", t5Graph: "dept.graph", bertGraph: "dept-bert.graph",
                     t5Rates: ["prompt": 3e-1, "lowrank": 1e-4],
                     bertRates: ["prompt": 3e-3, "lowrank": 1e-4, "head": 3e-3],
                     bertSettings: encoderPromptHead, bertDropout: 0,
                     defaultPromptLength: 60, hasLowRank: true),
        TuningMethod(name: "pt", t5Graph: "pt.graph", bertGraph: "pt-bert.graph",
                     t5Rates: ["prompt": 3e-1],
                     bertRates: ["prompt": 3e-3, "head": 3e-3],
                     bertSettings: encoderPromptHead, bertDropout: 0,
                     defaultPromptLength: 100, hasLowRank: false),
        TuningMethod(name: "lora", t5Graph: "lora.graph", bertGraph: "lora-bert.graph",
                     t5Rates: ["lora": 5e-4],
                     bertRates: ["lora": 5e-4, "head": 1e-3],
                     defaultPromptLength: 0, hasLowRank: false),
        TuningMethod(name: "finetune", t5Graph: "finetune.graph", bertGraph: "finetune-bert.graph",
                     t5Rates: ["backbone": 1e-4],
                     bertRates: ["backbone": 5e-5, "head": 1e-3],
                     defaultPromptLength: 0, hasLowRank: false),
    ]

    public static func method(_ name: String) -> TuningMethod? { all.first { $0.name == name } }
    public static var names: [String] { all.map(\.name) }
}
