// The task table. Label words are the TFDS label names T5 trains on; metrics follow the
// official GLUE/SuperGLUE scoring (docs/TASKS.md has the full table).

public enum TaskRegistry {
    /// Every task, GLUE first, in benchmark order.
    public static let all: [TaskDefinition] = TaskID.allCases.compactMap(definition)

    /// The task called `name` (case-insensitive); unknown names throw `TaskError.unknownTask`
    /// listing every known name.
    public static func named(_ name: String) throws -> TaskDefinition {
        let key = name.lowercased()
        if let task = all.first(where: { $0.name == key }) { return task }
        throw TaskError.unknownTask(name, known: all.map(\.name))
    }

    /// The shipped definition of `id` (nil for `.custom`, which the user's flags define).
    static func definition(_ id: TaskID) -> TaskDefinition? {
        let binaryWords = ["False", "True"]
        let entailment = ["entailment", "not_entailment"]
        switch id {
        case .cola:
            return make(id, .glue, "CoLA", words: ["unacceptable", "acceptable"], ["mcc"], ["sentence"], shipped: true)
        case .sst2:
            return make(id, .glue, "SST-2", words: ["negative", "positive"], ["accuracy"], ["sentence"], shipped: true)
        case .mrpc:
            return make(id, .glue, "MRPC", words: ["not_equivalent", "equivalent"], ["f1", "accuracy", "average"],
                        ["sentence1", "sentence2"], shipped: true)
        case .stsb:
            return TaskDefinition(name: id.rawValue, benchmark: .glue, kind: .regression(min: 0, max: 5), labelWords: [],
                                  metricNames: ["pearson", "spearman", "average"], primaryMetric: "average",
                                  textFields: ["sentence1", "sentence2"], folder: "STS-B", isShipped: true, id: id)
        case .rte:
            return make(id, .glue, "RTE", words: entailment, ["accuracy"], ["sentence1", "sentence2"], shipped: true)
        case .qqp:
            return make(id, .glue, "QQP", words: ["not_duplicate", "duplicate"], ["f1", "accuracy", "average"],
                        ["question1", "question2"], shipped: false)
        case .mnli, .mnliMismatched:
            return make(id, .glue, "MNLI", words: ["entailment", "neutral", "contradiction"], ["accuracy"],
                        ["premise", "hypothesis"], shipped: false)
        case .qnli:
            return make(id, .glue, "QNLI", words: entailment, ["accuracy"], ["question", "sentence"], shipped: false)
        case .boolq:
            return make(id, .superglue, "BoolQ", words: binaryWords, ["accuracy"], ["question", "passage"], shipped: true)
        case .cb:
            return make(id, .superglue, "CB", words: ["entailment", "contradiction", "neutral"],
                        ["accuracy", "macro_f1", "average"], ["premise", "hypothesis"], shipped: true)
        case .superglueRTE:
            return make(id, .superglue, "RTE", words: entailment, ["accuracy"], ["premise", "hypothesis"], shipped: true)
        case .copa:
            return make(id, .superglue, "COPA", words: ["choice1", "choice2"], ["accuracy"],
                        ["premise", "choice1", "choice2", "question"], shipped: false)
        case .multirc:
            return make(id, .superglue, "MultiRC", words: binaryWords, ["f1a", "em", "average"],
                        ["paragraph", "question", "answer"], shipped: false)
        case .wic:
            return make(id, .superglue, "WiC", words: binaryWords, ["accuracy"], ["word", "sentence1", "sentence2"], shipped: true)
        case .wsc:
            return make(id, .superglue, "WSC", words: binaryWords, ["accuracy"],
                        ["text", "span1_text", "span1_index", "span2_text", "span2_index"], shipped: true)
        case .custom:
            return nil
        }
    }

    private static func make(_ id: TaskID, _ benchmark: Benchmark, _ folder: String, words: [String],
                             _ metrics: [String], _ fields: [String], shipped: Bool) -> TaskDefinition {
        TaskDefinition(name: id.rawValue, benchmark: benchmark, kind: .classification(labelCount: words.count),
                       labelWords: words, metricNames: metrics,
                       primaryMetric: metrics.contains("average") ? "average" : metrics[0],
                       textFields: fields, folder: folder, isShipped: shipped, id: id)
    }
}
