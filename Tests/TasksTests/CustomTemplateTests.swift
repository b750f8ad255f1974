import Foundation
import Testing
@testable import Tasks

// A custom task's T5 side (template, label words, regression as text), its definition checks and
// its metrics.

@Suite struct CustomTemplateTests {
    private func task(template: String? = nil, pair: String? = nil, labels: [String] = ["neg", "pos"],
                      words: [String: String]? = nil, regression: Bool = false) -> TaskDefinition {
        var custom = customTask("/d/train.csv", pair: pair, regression: regression, labels: regression ? [] : labels)
        custom.textColumn = "review"
        custom.template = template
        custom.labelWords = words
        return TaskDefinition(custom: custom)
    }

    private let row = Example(texts: ["text": "Loved it", "text_pair": "the plot"], label: .index(1))

    @Test func templatesRenderTheColumns() {
        #expect(task().t5Input(row) == "review: Loved it")
        #expect(task(pair: "topic").t5Input(row) == "review: Loved it topic: the plot")
        #expect(task(template: "review: {text}").t5Input(row) == "review: Loved it")
        #expect(task(template: "{text} || {text_pair} {{json}}", pair: "p").t5Input(row) == "Loved it || the plot {json}")
    }

    @Test func badTemplatesAreRefusedWithTheReason() {
        func problem(_ template: String, pair: String? = nil) -> String? {
            var custom = customTask("/d/t.csv", pair: pair)
            custom.template = template
            return custom.problem
        }
        #expect(problem("review: {txt}") == "--template review: {txt}: unknown placeholder {txt}: a template takes {text} and {text_pair} "
                + "(write {{ and }} for literal braces)")
        #expect(problem("{text") == "--template {text: a \"{\" is never closed (write {{ for a literal brace)")
        #expect(problem("{text} }") == "--template {text} }: a \"}\" without its \"{\" (write }} for a literal brace)")
        #expect(problem("summarize") == "--template summarize: it never uses {text}, so the model would not see the text")
        #expect(problem("{text}", pair: "p") == "--template {text}: --text-pair-column is given but the template never uses {text_pair}")
        #expect(problem("{text} {text_pair}") == "--template {text} {text_pair}: {text_pair} needs --text-pair-column")
        #expect(problem("{text} {text_pair}", pair: "p") == nil)
    }

    /// Label words default to the labels; `labelWords` overrides some; decoded text maps back.
    @Test func labelWordsAndDecoding() throws {
        let plain = task()
        #expect(plain.labelWords == ["neg", "pos"] && plain.t5Target(.index(1)) == "pos")
        let worded = task(words: ["pos": "positive"])
        #expect(worded.labelWords == ["neg", "positive"] && worded.t5Target(.index(1)) == "positive")
        #expect(worded.label(fromT5Text: " positive ") == .index(1) && worded.label(fromT5Text: "pos") == nil)
        // Predictions are written by label, not by word.
        #expect(worded.className(1) == "pos" && worded.className(7) == "7")
        #expect(try TaskRegistry.named("cola").className(1) == "acceptable")
    }

    @Test func regressionAsText() {
        let r = task(regression: true)
        #expect(r.t5Target(.score(3.256)) == "3.26" && r.t5Target(.score(4)) == "4" && r.t5Target(.score(-0.001)) == "0")
        #expect(r.t5Target(.score(-1.5)) == "-1.5" && r.t5Target(.score(0.1)) == "0.1")
        #expect(r.label(fromT5Text: "2.75") == .score(2.75) && r.label(fromT5Text: "many") == nil)
    }

    @Test func definitionProblems() {
        var c = customTask("/d/t.csv", labels: ["a", "b", "c"])
        c.metric = "mcc"
        #expect(c.problem == "--metric mcc: MCC is reported for two classes; this task has 3 (a, b, c)")
        c.metric = "pearson"
        #expect(c.problem == "--metric pearson: a classification task reports accuracy, macro_f1, mcc")
        c.metric = nil
        c.labelWords = ["d": "dee"]
        #expect(c.problem == "--label-words d=dee: the training file has no label \"d\" (its labels: a, b, c)")
        c.labelWords = ["a": "b"]
        #expect(c.problem == "--label-words: two labels have the word \"b\"; each label needs its own word")
        c.labelWords = ["a": " x"]
        #expect(c.problem == "--label-words a= x: a label word must be non-empty, without surrounding spaces")
        c.labelWords = ["a": "alpha"]
        #expect(c.problem == nil && c.words == ["alpha", "b", "c"])

        var r = customTask("/d/t.csv", regression: true)
        r.labelWords = ["a": "alpha"]
        #expect(r.problem == "--label-words: a regression task has no labels to give words to")
        r.labelWords = nil
        r.metric = "accuracy"
        #expect(r.problem == "--metric accuracy: a regression task reports pearson, spearman")

        var same = customTask("/d/t.csv")
        same.labelColumn = "text"
        #expect(same.problem == "--text-column and --label-column name the same column \"text\"")
        same.labelColumn = ""
        #expect(same.problem == "--label-column: the column name is empty")
    }

    /// What `--resume` compares, named field by field.
    @Test func differencesNameTheFields() {
        var a = customTask("/d/t.csv", labels: ["a", "b"])
        var b = a
        b.train.fingerprint = "1-abc"
        #expect(a.differences(from: b).isEmpty)
        b.labelColumn = "y"
        b.metric = "macro_f1"
        #expect(a.differences(from: b) == ["label-column: y → label", "metric: macro_f1 → accuracy"])
        a.train = CustomDataFile(path: "/d/other.tsv", format: .tsv)
        #expect(a.differences(from: b).first == "train file: /d/t.csv (csv) → /d/other.tsv (tsv)")
    }

    /// A custom task's metrics: accuracy, macro-F1 over the classes that occur, MCC for two classes.
    @Test func customMetrics() throws {
        let binary = task()
        let m = binary.metrics(predictions: [0, 1, 1, 1].map { Label.index($0) }, references: [0, 1, 0, 1].map { Label.index($0) })
        // Class 0: tp 1, fp 0, fn 1 → F1 2/3; class 1: tp 2, fp 1, fn 0 → F1 4/5. MCC: (3·4 − (2·1 + 2·3)) / sqrt((16 − 10)(16 − 8)).
        #expect(m.keys.sorted() == ["accuracy", "macro_f1", "mcc"])
        #expect(close(m["accuracy", default: .nan], 0.75) && close(m["macro_f1", default: .nan], (2.0 / 3 + 0.8) / 2))
        #expect(close(m["mcc", default: .nan], 4 / (6.0 * 8).squareRoot()))

        let three = task(labels: ["a", "b", "c"])
        // Class c never occurs: the mean is over a and b. An unknown T5 answer (-1) misses its class.
        let t = three.metrics(predictions: [0, 1, -1, 1].map { Label.index($0) }, references: [0, 1, 0, 1].map { Label.index($0) })
        #expect(t.keys.sorted() == ["accuracy", "macro_f1"])
        #expect(close(t["macro_f1", default: .nan], (2.0 / 3 + 1) / 2))
        #expect(Metrics.macroF1(predictions: [], references: []) == 0)
    }
}
