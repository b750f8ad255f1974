import Driver
import Foundation
import TestSupport
import Testing
@testable import Tasks
@testable import Trainer

/// Small data sets in the user's formats, in words the tiny BERT's vocabulary has.
enum CustomFiles {
    static let topics = [("books", "read the book"), ("cars", "went to the car"), ("food", "ate the cake")]
    static let names = ["john", "mary", "kim", "sandy", "pat"]

    /// (text, label) rows cycling through the three topics.
    static func rows(_ n: Int, offset: Int = 0) -> [(text: String, label: String)] {
        (0..<n).map { i in
            let (label, phrase) = topics[(i + offset) % topics.count]
            return ("\(names[(i + offset) % names.count]) \(phrase)", label)
        }
    }

    /// A CSV with the columns review and topic; every fifth text is quoted with a comma in it.
    static func csv(_ rows: [(text: String, label: String)], labels: Bool = true) -> String {
        let body = rows.enumerated().map { i, r in
            let text = i % 5 == 0 ? "\"\(r.text), \"\"really\"\"\"" : r.text
            return labels ? "\(text),\(r.label)" : text
        }
        return ([labels ? "review,topic" : "review"] + body).joined(separator: "\n") + "\n"
    }

    static func jsonl(_ rows: [(text: String, label: String)], labels: Bool = true) -> String {
        rows.map { r in labels ? #"{"review": "\#(r.text)", "topic": "\#(r.label)"}"# : #"{"review": "\#(r.text)"}"# }
            .joined(separator: "\n") + "\n"
    }

    static func write(_ text: String, _ folder: String, _ name: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// train.csv (48 rows), dev.csv (12) and test.jsonl (6, unlabelled) in a fresh folder.
    static func classification(_ name: String) throws -> (folder: String, train: String, dev: String, test: String) {
        let folder = try temporaryDirectory(name)
        return (folder, try write(csv(rows(48)), folder, "train.csv"), try write(csv(rows(12, offset: 1)), folder, "dev.csv"),
                try write(jsonl(rows(6, offset: 2), labels: false), folder, "test.jsonl"))
    }

    static let columns = ["--text-column", "review", "--label-column", "topic"]
    static let tiny = ["--max-steps", "4", "--eval-every", "2", "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "16"]
}

/// `eptc run --train … --dev …`, `eval` and `predict` on the user's own files, end to end on the
/// tiny models: each format, pairs, regression, T5 templates and label words, resume and the checks
/// on the data's fingerprints.
@Suite(.serialized) struct CustomRunTests {
    @Test func encoderOnCSVWritesTheTaskIntoTheRunFolder() throws {
        let data = try CustomFiles.classification("custom-csv")
        let out = data.folder + "/run"
        let r = eptc(["run", "--model", TinyModels.bert, "--train", data.train, "--dev", data.dev, "--test", data.test,
                      "--metric", "macro_f1", "--out", out] + CustomFiles.columns + CustomFiles.tiny)
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        #expect(r.stdout.contains("eptc run: custom · ept") && r.stdout.contains("48 train / 12 dev examples (6 test)"))
        let config = try RunConfiguration.load(path: out + "/config.json")
        let custom = try #require(config.custom)
        #expect(config.task == "custom" && custom.labels == ["books", "cars", "food"])
        #expect(custom.train.format == .csv && custom.test?.format == .jsonl && custom.metric == "macro_f1")
        #expect(custom.train.fingerprint != nil && custom.dev.fingerprint != nil && custom.test?.fingerprint == nil)
        let summary = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json")))
        #expect(summary.primaryMetric == "macro_f1" && summary.steps == 4)
        #expect(summary.finalMetrics.keys.sorted() == ["accuracy", "macro_f1"])

        // eval reproduces the last evaluation; the test split has no labels.
        let e = eptc(["eval", "--run", out, "--checkpoint", "last"])
        try #require(e.exitCode == 0, "\(e.stderr)")
        let last = try #require(RunLog.records(at: out + "/log.jsonl").last { $0["eval"] != nil }?["eval"])
        let macro = last["macro_f1"]?.doubleValue ?? .nan
        #expect(e.stdout.contains(String(format: "macro_f1 %.2f", macro * 100)), "\(e.stdout) vs \(macro)")
        let t = eptc(["eval", "--run", out, "--split", "test"])
        #expect(t.exitCode == 0 && t.stdout.contains("test: 6 examples") && t.stdout.contains("predictions only"), "\(t.stderr)")
    }

    /// predict reads the run's columns from any of the formats and writes label strings, with
    /// --scores the probabilities, as TSV or JSON lines.
    @Test func predictWritesLabelsAndScores() throws {
        let data = try CustomFiles.classification("custom-predict")
        let out = data.folder + "/run"
        let r = eptc(["run", "--model", TinyModels.bert, "--train", data.train, "--dev", data.dev, "--out", out]
                     + CustomFiles.columns + CustomFiles.tiny)
        try #require(r.exitCode == 0, "\(r.stderr)")
        let labels = ["books", "cars", "food"]

        let plain = eptc(["predict", "--run", out, "--input", data.test])
        try #require(plain.exitCode == 0, "\(plain.stderr)")
        let rows = plain.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count == 6 && rows.allSatisfy { $0.count == 2 && labels.contains($0[1]) })

        let jsonOut = data.folder + "/preds.jsonl"
        let j = eptc(["predict", "--run", out, "--input", data.dev, "--scores", "--output", jsonOut])
        try #require(j.exitCode == 0, "\(j.stderr)")
        #expect(j.stderr.contains("custom: 12 labelled rows: accuracy") && j.stderr.contains("macro_f1"))
        let records = try String(contentsOfFile: jsonOut, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 12)
        for (i, record) in records.enumerated() {
            let scores = try #require(record["scores"] as? [String: Double])
            let label = try #require(record["label"] as? String)
            #expect(record["index"] as? Int == i && Set(scores.keys) == Set(labels))
            #expect(abs(scores.values.reduce(0, +) - 1) < 1e-5)
            #expect(scores[label] == scores.values.max())
        }

        // TSV with scores: a header naming the labels; the same predictions as the JSON lines.
        let tsv = eptc(["predict", "--run", out, "--input", data.dev, "--scores", "--format", "tsv"])
        try #require(tsv.exitCode == 0, "\(tsv.stderr)")
        let lines = tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(lines.first == ["index", "label"] + labels && lines.count == 13)
        #expect(lines.dropFirst().map { $0[1] } == records.map { $0["label"] as? String ?? "" })

        // A file without an extension, named by --input-format; a shipped run refuses the flag.
        let bare = try CustomFiles.write(CustomFiles.jsonl(CustomFiles.rows(3)), data.folder, "rows")
        let f = eptc(["predict", "--run", out, "--input", bare, "--input-format", "jsonl", "--format", "jsonl"])
        #expect(f.exitCode == 0 && f.stdout.split(separator: "\n").count == 3, "\(f.stderr)")
        let wrongColumns = try CustomFiles.write("text,topic\nkim,books\n", data.folder, "wrong.csv")
        let w = eptc(["predict", "--run", out, "--input", wrongColumns])
        #expect(w.exitCode == 1 && w.stderr.contains("\(wrongColumns):1: the header has no column \"review\""), "\(w.stderr)")
    }

    @Test func pairsFromTSVAndRegressionFromJSONLines() throws {
        let folder = try temporaryDirectory("custom-pairs")
        func pairs(_ n: Int, _ offset: Int) -> String {
            "id\tfirst\tsecond\tsame\n" + (0..<n).map { i in
                let a = CustomFiles.rows(1, offset: i + offset)[0], b = CustomFiles.rows(1, offset: i + offset + i % 2)[0]
                return "\(i)\t\(a.text)\t\(b.text)\t\(a.label == b.label ? "yes" : "no")"
            }.joined(separator: "\n") + "\n"
        }
        let train = try CustomFiles.write(pairs(32, 0), folder, "train.tsv"), dev = try CustomFiles.write(pairs(8, 3), folder, "dev.tsv")
        let out = folder + "/pairs"
        let r = eptc(["run", "--model", TinyModels.bert, "--method", "pt", "--train", train, "--dev", dev, "--text-column", "first",
                      "--text-pair-column", "second", "--label-column", "same", "--metric", "mcc", "--out", out] + CustomFiles.tiny)
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        let summary = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json")))
        #expect(summary.primaryMetric == "mcc" && summary.finalMetrics.keys.sorted() == ["accuracy", "macro_f1", "mcc"])

        // Regression: numbers in, Pearson and Spearman out, values predicted.
        func scored(_ n: Int, _ offset: Int) -> String {
            CustomFiles.rows(n, offset: offset).enumerated().map { i, r in
                #"{"review": "\#(r.text)", "stars": \#(Double((i + offset) % 5) + 0.5)}"#
            }.joined(separator: "\n") + "\n"
        }
        let rtrain = try CustomFiles.write(scored(32, 0), folder, "r-train.jsonl")
        let rdev = try CustomFiles.write(scored(10, 2), folder, "r-dev.jsonl")
        let rout = folder + "/regression"
        let g = eptc(["run", "--model", TinyModels.bert, "--train", rtrain, "--dev", rdev, "--text-column", "review",
                      "--label-column", "stars", "--regression", "--metric", "spearman", "--out", rout] + CustomFiles.tiny)
        try #require(g.exitCode == 0, "\(g.stderr)\n\(g.stdout)")
        let rs = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: URL(fileURLWithPath: rout + "/summary.json")))
        #expect(rs.primaryMetric == "spearman" && rs.finalMetrics.keys.sorted() == ["pearson", "spearman"])
        let p = eptc(["predict", "--run", rout, "--input", rdev, "--format", "jsonl", "--scores"])
        try #require(p.exitCode == 0, "\(p.stderr)")
        let values = p.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["value"] as? Double
        }
        #expect(values.count == 10)
    }

    /// T5 reads the template and writes label words; predictions are written as the labels.
    @Test func t5TemplateAndLabelWords() throws {
        let data = try CustomFiles.classification("custom-t5")
        let out = data.folder + "/run"
        let r = eptc(["run", "--model", TinyModels.t5, "--method", "pt", "--train", data.train, "--dev", data.dev,
                      "--template", "topic of: {text}", "--label-words", "books=book,cars=car", "--label-words", "food=cake",
                      "--out", out, "--max-steps", "2", "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24"]
                     + CustomFiles.columns)
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        let config = try RunConfiguration.load(path: out + "/config.json")
        let custom = try #require(config.custom)
        #expect(custom.template == "topic of: {text}" && custom.words == ["book", "car", "cake"])
        let task = TaskDefinition(custom: custom)
        #expect(task.t5Input(Example(texts: ["text": "kim ate the cake"], label: nil)) == "topic of: kim ate the cake")
        #expect(config.targetLength >= 2)
        let p = eptc(["predict", "--run", out, "--input", data.test])
        try #require(p.exitCode == 0, "\(p.stderr)")
        #expect(p.stdout.split(separator: "\n").allSatisfy { ["books", "cars", "food", "?"].contains($0.split(separator: "\t").last ?? "") })
        // --scores: each label word's likelihood, normalized over the words (checked against the
        // loss entry in LabelWordScoreTests).
        let s = eptc(["predict", "--run", out, "--input", data.test, "--scores", "--format", "jsonl"])
        try #require(s.exitCode == 0, "\(s.stderr)")
        for line in s.stdout.split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let scores = try #require(record["scores"] as? [String: Double])
            #expect(Set(scores.keys) == ["books", "cars", "food"] && abs(scores.values.reduce(0, +) - 1) < 1e-5)
        }

        // T5 regression: the value written as text with two decimals, read back as a number.
        let scores = CustomFiles.rows(24).enumerated().map { i, r in #"{"review": "\#(r.text)", "stars": \#(Double(i % 5) + 0.25)}"# }
        let rtrain = try CustomFiles.write(scores.joined(separator: "\n") + "\n", data.folder, "stars.jsonl")
        let g = eptc(["run", "--model", TinyModels.t5, "--method", "pt", "--train", rtrain, "--dev", rtrain, "--text-column", "review",
                      "--label-column", "stars", "--regression", "--out", data.folder + "/t5-regression", "--max-steps", "2",
                      "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24"])
        try #require(g.exitCode == 0, "\(g.stderr)\n\(g.stdout)")
        let gs = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: URL(fileURLWithPath: data.folder + "/t5-regression/summary.json")))
        #expect(gs.primaryMetric == "pearson" && gs.finalMetrics.keys.sorted() == ["pearson", "spearman"])
        #expect(try RunConfiguration.load(path: data.folder + "/t5-regression/config.json").targetLength >= 3)  // "4.25" + EOS

        // Words T5 cannot tell apart, or cannot write at all, are refused before training.
        let same = eptc(["run", "--model", TinyModels.t5, "--train", data.train, "--dev", data.dev, "--out", data.folder + "/same",
                         "--label-words", "books=a b,cars=a  b"] + CustomFiles.columns + CustomFiles.tiny)
        #expect(same.exitCode == 1 && same.stderr.contains("the label words \"a b\" and \"a  b\" tokenize to the same T5 pieces"),
                "\(same.stderr)")
        let unwritable = eptc(["run", "--model", TinyModels.t5, "--train", data.train, "--dev", data.dev, "--out", data.folder + "/un",
                               "--label-words", "books=☃"] + CustomFiles.columns + CustomFiles.tiny)
        #expect(unwritable.exitCode == 1 && unwritable.stderr.contains("the label word \"☃\" (label \"books\") comes back from the T5 tokenizer"),
                "\(unwritable.stderr)")
    }

    /// The flags and the files are checked before training, each refusal naming what is wrong.
    @Test func badFlagsAndFilesAreRefused() throws {
        let data = try CustomFiles.classification("custom-bad")
        func run(_ args: [String]) -> CommandResult {
            eptc(["run", "--model", TinyModels.bert, "--out", data.folder + "/never"] + args + CustomFiles.tiny)
        }
        func refused(_ args: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let r = run(args)
            #expect(r.exitCode == 1 && r.stderr.contains(message), "\(r.stderr)", sourceLocation: sourceLocation)
        }
        refused(["--train", data.train] + CustomFiles.columns, "missing: --dev FILE")
        refused(["--task", "cola", "--train", data.train, "--dev", data.dev] + CustomFiles.columns,
                "--task cola and your own data (--train …)")
        let txt = try CustomFiles.write("review,topic\n", data.folder, "train.txt")
        refused(["--train", txt, "--dev", data.dev] + CustomFiles.columns, "--train \(txt): the extension does not say the format")
        refused(["--train", data.train, "--dev", data.dev, "--template", "{text}"] + CustomFiles.columns,
                "--template and --label-words shape T5's text-to-text input")
        refused(["--train", data.train, "--dev", data.dev, "--metric", "mcc"] + CustomFiles.columns,
                "--metric mcc: MCC is reported for two classes; this task has 3 (books, cars, food)")
        refused(["--train", data.train, "--dev", data.dev, "--metric", "pearson"] + CustomFiles.columns,
                "--metric pearson: a classification task reports accuracy, macro_f1, mcc")
        refused(["--train", data.train, "--dev", data.dev, "--label-words", "books"] + CustomFiles.columns,
                "--label-words books: expected LABEL=WORD")
        refused(["--train", data.train, "--dev", data.dev, "--format", "xml"] + CustomFiles.columns, "xml")

        let single = try CustomFiles.write("review,topic\nkim,books\npat,books\n", data.folder, "single.csv")
        refused(["--train", single, "--dev", data.dev] + CustomFiles.columns,
                "\(single): every training row has the label \"books\": a classifier needs at least two classes")
        let unseen = try CustomFiles.write("review,topic\nkim,books\npat,boats\n", data.folder, "unseen.csv")
        refused(["--train", data.train, "--dev", unseen] + CustomFiles.columns,
                "\(unseen):3: column \"topic\": the label \"boats\" does not occur in the training file (its labels: books, cars, food)")
        let badTest = try CustomFiles.write("text\nkim\n", data.folder, "bad-test.csv")
        refused(["--train", data.train, "--dev", data.dev, "--test", badTest] + CustomFiles.columns,
                "\(badTest):1: the header has no column \"review\"")

        // --skip-bad-rows skips the unseen dev label and counts it.
        let skipped = run(["--train", data.train, "--dev", unseen, "--skip-bad-rows", "--out", data.folder + "/skipped"] + CustomFiles.columns)
        #expect(skipped.exitCode == 0 && skipped.stdout.contains("dev: skipped 1 malformed row"), "\(skipped.stderr)")
    }

    /// A resumed run and eval read the files the run was trained on: a changed file is refused
    /// naming it; restored, the run continues. Flags given again must agree with the saved task.
    @Test func resumeAndEvalRefuseChangedFiles() throws {
        let data = try CustomFiles.classification("custom-resume")
        let out = data.folder + "/run"
        let args = ["--model", TinyModels.bert, "--train", data.train, "--dev", data.dev] + CustomFiles.columns + CustomFiles.tiny
        let first = eptc(["run", "--out", out, "--interrupt-after", "2"] + args)
        try #require(first.exitCode == 1 && first.stderr.contains("interrupted after step 2"), "\(first.stderr)")
        let original = try String(contentsOfFile: data.train, encoding: .utf8)
        try (original + "pat read the book,books\n").write(toFile: data.train, atomically: true, encoding: .utf8)
        let changed = eptc(["run", "--resume", out])
        #expect(changed.exitCode == 1 && changed.stderr.contains("\(data.train): the train file changed since the run first read it"),
                "\(changed.stderr)")
        try original.write(toFile: data.train, atomically: true, encoding: .utf8)

        let other = eptc(["run", "--resume", out, "--label-column", "review", "--text-column", "topic"])
        #expect(other.exitCode == 1 && other.stderr.contains("text-column: review → topic") && other.stderr.contains("label-column: topic → review"),
                "\(other.stderr)")
        let resumed = eptc(["run", "--resume", out, "--train", data.train] + CustomFiles.columns)
        try #require(resumed.exitCode == 0, "\(resumed.stderr)\n\(resumed.stdout)")
        #expect(resumed.stdout.contains("resume: step 2"))

        let dev = try String(contentsOfFile: data.dev, encoding: .utf8)
        try dev.replacingOccurrences(of: "cars", with: "food").write(toFile: data.dev, atomically: true, encoding: .utf8)
        let e = eptc(["eval", "--run", out])
        #expect(e.exitCode == 1 && e.stderr.contains("\(data.dev): the dev file changed since the run first read it"), "\(e.stderr)")
    }

    /// A sweep over your own data: one task, "custom", every configuration elaborated first.
    @Test func sweepOverYourOwnData() throws {
        let data = try CustomFiles.classification("custom-sweep")
        let r = eptc(["sweep", "--model", TinyModels.bert, "--train", data.train, "--dev", data.dev, "--method", "ept,dept",
                      "--seeds", "1", "--dry-run", "--out", data.folder + "/sweep"] + CustomFiles.columns + CustomFiles.tiny)
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stdout.contains("/custom/ept-prompt_len=4/seed-1") && r.stdout.contains("/custom/dept-prompt_len=4/seed-1"),
                "\(r.stdout)")
    }
}
