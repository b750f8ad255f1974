/// The tuning methods a run can use: which graph each backbone runs and the training recipe that
/// works for it by default (learning rates per optimizer group — the graphs' `group` names — batch
/// size, dropout). What the graph computes (prompt length, the head) is the graph's own defaults:
/// `--set` is the only other source.
///
/// Where the defaults come from: T5 prompt methods follow DePT (prompt 3e-1, low-rank pair 1e-4,
/// AdamW, linear schedule); the encoder recipe (MiniLM) was found by the experiments recorded in
/// README ("Accuracy"), since the PyTorch peer recipes (tools/peer, README "Accuracy") leave the prompt methods at
/// the majority class: on an encoder the prompt methods train a linear head on every layer's
/// standardized pooled vector side by side (the defaults of graphs/lib/bert-prompt-entries.graph:
/// `head_per_layer`, `normalize_pooled`), with dropout off
/// (the backbone is frozen; its dropout only blurs the features the head reads) and slow rates; EPT
/// takes batches of 16 there (twice the updates in the same time). CoLA, 10 minutes, best dev MCC:
/// batch 32 → 16 took EPT from 22.1 to 26.4 (seed 42); the per-layer head in place of one map of a
/// learned layer mix (`mix_layers`) from 26.4 / 25.6 / 24.1 to 29.3 / 27.4 / 27.9 (seeds 42, 1, 2).
public struct TuningMethod: Sendable {
    public let name: String
    public let t5Graph: String
    public let bertGraph: String
    public let t5Rates: [String: Double]
    public let bertRates: [String: Double]
    /// Dropout rate a run on an encoder starts from; `--dropout` overrides it. nil: the model's config.json.
    public var bertDropout: Double? = nil
    /// Examples per step on an encoder (nil: the runner's 32); `--batch-size` overrides it.
    public var bertBatchSize: Int? = nil

    public func graph(t5: Bool) -> String { t5 ? t5Graph : bertGraph }
    public func rates(t5: Bool) -> [String: Double] { t5 ? t5Rates : bertRates }
    public func dropout(t5: Bool) -> Double? { t5 ? nil : bertDropout }
    public func batchSize(t5: Bool) -> Int? { t5 ? nil : bertBatchSize }
}

public enum MethodCatalog {
    public static let all: [TuningMethod] = [
        TuningMethod(name: "ept", t5Graph: "ept.graph", bertGraph: "ept-bert.graph",
                     t5Rates: ["prompt": 3e-1, "lowrank": 1e-4],
                     bertRates: ["prompt": 3e-3, "lowrank": 1e-4, "head": 3e-3],
                     bertDropout: 0, bertBatchSize: 16),
        TuningMethod(name: "dept", t5Graph: "dept.graph", bertGraph: "dept-bert.graph",
                     t5Rates: ["prompt": 3e-1, "lowrank": 1e-4],
                     bertRates: ["prompt": 3e-3, "lowrank": 1e-4, "head": 3e-3],
                     bertDropout: 0),
        TuningMethod(name: "pt", t5Graph: "pt.graph", bertGraph: "pt-bert.graph",
                     t5Rates: ["prompt": 3e-1],
                     bertRates: ["prompt": 3e-3, "head": 3e-3],
                     bertDropout: 0),
        TuningMethod(name: "lora", t5Graph: "lora.graph", bertGraph: "lora-bert.graph",
                     t5Rates: ["lora": 5e-4],
                     bertRates: ["lora": 5e-4, "head": 1e-3]),
        TuningMethod(name: "finetune", t5Graph: "finetune.graph", bertGraph: "finetune-bert.graph",
                     t5Rates: ["backbone": 1e-4],
                     bertRates: ["backbone": 5e-5, "head": 1e-3]),
    ]

    public static func method(_ name: String) -> TuningMethod? { all.first { $0.name == name } }
    public static var names: [String] { all.map(\.name) }
}
