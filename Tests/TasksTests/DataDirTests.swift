import Foundation
import Testing
@testable import Tasks

// A user's GLUE/SuperGLUE folder in the official layouts (small copies written here) is read
// for the tasks that do not ship; shipped tasks fall back to data/.

@Suite struct DataDirTests {
    private func load(_ name: String, _ split: Split, _ dir: String) throws -> LoadedSplit {
        try TaskData.loadSplit(try task(name), split: split, dataDir: dir, shippedDataDir: Paths.shippedData, skipBadRows: false)
    }

    @Test func glueLayouts() throws {
        try withTemporaryFolder { dir in
            try write("id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate\n"
                      + "10\t1\t2\tWhy do I easily get bored of my friends?\tWhy do I get bored of friends so quickly?\t1\n",
                      dir, "QQP/train.tsv")
            try write("id\tquestion1\tquestion2\n0\tq1\tq2\n", dir, "QQP/test.tsv")
            let mnliHeader = ["index", "promptID", "pairID", "genre", "sentence1_binary_parse", "sentence2_binary_parse",
                              "sentence1_parse", "sentence2_parse", "sentence1", "sentence2", "label1", "label2", "label3",
                              "label4", "label5", "gold_label"]
            let mnliRow = ["0", "1", "1e", "fiction", "(", "(", "(", "(", "The premise.", "The hypothesis.",
                           "neutral", "neutral", "neutral", "neutral", "neutral", "neutral"]
            let tsv = { (rows: [[String]]) in rows.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n" }
            try write(tsv([mnliHeader, mnliRow]), dir, "glue/MNLI/dev_matched.tsv")
            var mismatched = mnliRow
            mismatched[15] = "contradiction"
            try write(tsv([mnliHeader, mismatched]), dir, "glue/MNLI/dev_mismatched.tsv")
            try write("index\tquestion\tsentence\tlabel\n0\tWho?\tNobody.\tnot_entailment\n", dir, "QNLI/dev.tsv")
            try write("index\tgenre\tfilename\tyear\told_index\tsource1\tsource2\tsentence1\tsentence2\tscore\n"
                      + "0\tmain-captions\tMSRvid\t2012test\t0000\tnone\tnone\tA man.\tA person.\t3.800\n", dir, "STS-B/dev.tsv")

            let qqp = try load("qqp", .train, dir)
            #expect(qqp.file == dir + "/QQP/train.tsv")
            #expect(qqp.examples == [Example(texts: ["question1": "Why do I easily get bored of my friends?",
                                                     "question2": "Why do I get bored of friends so quickly?"],
                                             label: .index(1), source: dir + "/QQP/train.tsv:2")])
            #expect(try load("qqp", .test, dir).examples.map(\.label) == [nil])
            let mnli = try load("mnli", .dev, dir)
            #expect(mnli.examples.map(\.texts) == [["premise": "The premise.", "hypothesis": "The hypothesis."]])
            #expect(mnli.examples.map(\.label) == [.index(1)])
            #expect(try load("mnli-mm", .dev, dir).examples.map(\.label) == [.index(2)])
            #expect(try load("qnli", .dev, dir).examples.map(\.label) == [.index(1)])
            // GLUE's STS-B dev.tsv is preferred over the shipped STS-benchmark file.
            let stsb = try load("stsb", .dev, dir)
            #expect(stsb.file == dir + "/STS-B/dev.tsv" && stsb.examples.map(\.label) == [.score(3.8)])
            // A task missing from the user's folder falls back to the shipped data.
            #expect(try load("cola", .dev, dir).file == Paths.shippedData + "/glue/CoLA/dev.tsv")
        }
    }

    @Test func superGLUELayouts() throws {
        try withTemporaryFolder { dir in
            try write(#"{"premise": "My body cast a shadow over the grass.", "choice1": "The sun was rising.", "choice2": "The grass was cut.", "question": "cause", "idx": 0, "label": 0}"# + "\n",
                      dir, "superglue/COPA/val.jsonl")
            let multirc = #"{"idx": 0, "version": 1.1, "passage": {"text": "Sent 1: Tom ran.<br>Sent 2: <b>Ann</b> sat.", "questions": ["#
                + #"{"question": "Who ran?", "idx": 0, "answers": [{"text": "Tom", "idx": 0, "label": 1}, {"text": "Ann", "idx": 1, "label": 0}]}, "#
                + #"{"question": "Who sat?", "idx": 1, "answers": [{"text": "Ann", "idx": 2, "label": 1}]}]}}"#
            let multircBad = #"{"idx": 1, "passage": {"text": "x", "questions": [{"question": "q", "answers": [{"text": "a"}]}]}}"#
            let multirc2 = #"{"idx": 2, "passage": {"text": "Sent 1: Bo hid.", "questions": [{"question": "Who hid?", "idx": 2, "answers": [{"text": "Bo", "idx": 3, "label": true}]}]}}"#
            try write([multirc, multircBad, multirc2].joined(separator: "\n") + "\n", dir, "MultiRC/val.jsonl")
            try write(#"{"question": "q", "passage": "p", "idx": 0, "label": true}"# + "\n", dir, "BoolQ/train.jsonl")

            let copa = try load("copa", .dev, dir)
            #expect(copa.examples.map(\.label) == [.index(0)])
            #expect(copa.examples[0].texts == ["premise": "My body cast a shadow over the grass.", "choice1": "The sun was rising.",
                                               "choice2": "The grass was cut.", "question": "cause"])
            let m = try TaskData.loadSplit(try task("multirc"), split: .dev, dataDir: dir, shippedDataDir: Paths.shippedData,
                                           skipBadRows: true)
            #expect(m.examples.map(\.label) == [.index(1), .index(0), .index(1), .index(1)])
            #expect(m.examples.map(\.group) == [0, 0, 1, 2])
            #expect(m.examples.map { $0["answer"] } == ["Tom", "Ann", "Ann", "Bo"])
            #expect(m.skipped == [.malformedRow(file: dir + "/MultiRC/val.jsonl", line: 2,
                                                reason: "missing field 'passage.questions[0].answers[0].label'")])
            #expect(m.examples[3].source == dir + "/MultiRC/val.jsonl:3")
            // The full training set is read from the user's folder when present.
            #expect(try load("boolq", .train, dir).examples.map(\.label) == [.index(1)])
        }
    }
}
