import Foundation
import Testing
@testable import Tasks

// Malformed files give a typed error naming file:line and the problem; skipBadRows skips and
// counts them; missing data and unknown tasks say what was looked for.

@Suite struct BadDataTests {
    private func read(_ name: String, _ split: Split, _ file: String, skip: Bool = false) throws -> LoadedSplit {
        try TaskData.read(try task(name), split: split, file: file, skipBadRows: skip)
    }

    @Test func glueRowErrors() throws {
        try withTemporaryFolder { dir in
            let cola = try write("gj04\t1\t\tGood.\ngj04\t1\tBad.\ngj04\t2\t\tWrong label.\ngj04\t0\t*\tFine.\n", dir, "CoLA/train.tsv")
            expectError(.malformedRow(file: cola, line: 2, reason: "expected 4 tab-separated columns, found 3")) {
                _ = try read("cola", .train, cola)
            }
            let skipped = try read("cola", .train, cola, skip: true)
            #expect(skipped.examples.map { $0.label } == [.index(1), .index(0)])
            #expect(skipped.skipped == [
                .malformedRow(file: cola, line: 2, reason: "expected 4 tab-separated columns, found 3"),
                .malformedRow(file: cola, line: 3, reason: "label '2' is not one of 0, 1"),
            ])
            #expect(skipped.examples[1].source == "\(cola):4")

            let rte = try write("index\tsentence1\tsentence2\tlabel\n0\ta\tb\tentails\n", dir, "RTE/dev.tsv")
            expectError(.malformedRow(file: rte, line: 2, reason: "label 'entails' is not one of entailment, not_entailment")) {
                _ = try read("rte", .dev, rte)
            }
            let stsb = try write("index\tgenre\tfilename\tyear\told_index\tsource1\tsource2\tsentence1\tsentence2\tscore\n"
                                 + "0\tg\tf\ty\to\ts\ts\ta\tb\t5.2\n1\tg\tf\ty\to\ts\ts\ta\tb\thigh\n", dir, "STS-B/dev.tsv")
            let s = try read("stsb", .dev, stsb, skip: true)
            #expect(s.examples.isEmpty && s.skipped == [
                .malformedRow(file: stsb, line: 2, reason: "score 5.2 is outside 0…5"),
                .malformedRow(file: stsb, line: 3, reason: "score 'high' is not a number"),
            ])
        }
    }

    @Test func headerErrorsAreNotSkippable() throws {
        try withTemporaryFolder { dir in
            let sst = try write("text\tlabel\nnice .\t1\n", dir, "SST-2/train.tsv")
            expectError(.malformedRow(file: sst, line: 1, reason: "header has no 'sentence' column (found: text, label)")) {
                _ = try read("sst2", .train, sst, skip: true)
            }
            // A dev file without labels is an error; a test file without labels is normal.
            let dev = try write("index\tsentence\n0\tnice .\n", dir, "SST-2/dev.tsv")
            expectError(.malformedRow(file: dev, line: 1, reason: "header has no 'label' label column (found: index, sentence)")) {
                _ = try read("sst2", .dev, dev)
            }
            let test = try write("index\tsentence\n0\tnice .\n", dir, "SST-2/test.tsv")
            #expect(try read("sst2", .test, test).examples == [Example(texts: ["sentence": "nice ."], label: nil, source: "\(test):2")])
        }
    }

    @Test func badUTF8() throws {
        try withTemporaryFolder { dir in
            let bytes = Array("sentence\tlabel\ngood\t1\n".utf8) + [0x62, 0xFF, 0x64, 0x09, 0x30, 0x0A] + Array("ok\t0\n".utf8)
            let file = try write(bytes, dir, "SST-2/train.tsv")
            expectError(.malformedRow(file: file, line: 3, reason: "not valid UTF-8")) { _ = try read("sst2", .train, file) }
            let s = try read("sst2", .train, file, skip: true)
            #expect(s.examples.count == 2 && s.skipped.count == 1)
            let json = try write([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A], dir, "CB/val.jsonl")
            expectError(.malformedRow(file: json, line: 1, reason: "not valid UTF-8")) { _ = try read("cb", .dev, json) }
        }
    }

    /// A byte-order mark and CRLF line ends are accepted; empty lines are ignored.
    @Test func bomCRLFAndBlankLines() throws {
        try withTemporaryFolder { dir in
            let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("sentence\tlabel\r\nfine .\t1\r\n\r\nbad .\t0\r\n".utf8)
            let file = try write(bytes, dir, "SST-2/train.tsv")
            let s = try read("sst2", .train, file)
            #expect(s.examples.map { $0["sentence"] } == ["fine .", "bad ."])
            #expect(s.examples.map(\.source) == ["\(file):2", "\(file):4"])
        }
    }

    @Test func jsonRowErrors() throws {
        try withTemporaryFolder { dir in
            let lines = [
                #"{"premise": "p", "hypothesis": "h", "label": "neutral", "idx": 0}"#,
                #"{"premise": "p", "hypothesis": "h", "label": "maybe"}"#,
                #"{"premise": "p", "label": "neutral"}"#,
                #"{"premise": "p", "hypothesis": 3, "label": "neutral"}"#,
                #"{"premise": "p", "hypothesis": "h", "label": "neutral""#,
                #"["premise"]"#,
                #"{"premise": "p", "hypothesis": "h"}"#,
                #"{"premise": "p", "hypothesis": "h", "label": 2}"#,
            ]
            let file = try write(lines.joined(separator: "\n") + "\n", dir, "CB/val.jsonl")
            expectError(.malformedRow(file: file, line: 2, reason: #"field 'label' should be one of entailment, contradiction, neutral, found "maybe""#)) {
                _ = try read("cb", .dev, file)
            }
            let s = try read("cb", .dev, file, skip: true)
            #expect(s.examples.map(\.label) == [.index(2), .index(2)])
            #expect(s.skipped.map(\.description) == [
                #"\#(file):2: field 'label' should be one of entailment, contradiction, neutral, found "maybe""#,
                "\(file):3: missing field 'hypothesis'",
                "\(file):4: field 'hypothesis' should be a string, found 3",
                "\(file):5: not valid JSON",
                "\(file):6: expected a JSON object, found an array",
                "\(file):7: missing field 'label'",
            ])
            // The test split may lack labels.
            let test = try write(#"{"premise": "p", "hypothesis": "h", "idx": 0}"# + "\n", dir, "CB/test.jsonl")
            #expect(try read("cb", .test, test).examples.map(\.label) == [nil])

            let boolq = try write(#"{"question": "q", "passage": "p", "label": "yes"}"# + "\n", dir, "BoolQ/val.jsonl")
            expectError(.malformedRow(file: boolq, line: 1, reason: #"field 'label' should be true or false, found "yes""#)) {
                _ = try read("boolq", .dev, boolq)
            }
            let wsc = try write(#"{"text": "t", "target": {"span1_index": 0, "span1_text": "t", "span2_text": "t"}, "label": true}"# + "\n",
                                dir, "WSC/val.jsonl")
            expectError(.malformedRow(file: wsc, line: 1, reason: "missing field 'target.span2_index'")) {
                _ = try read("wsc", .dev, wsc)
            }
        }
    }

    @Test func unknownTaskListsKnownOnes() {
        expectError(.unknownTask("sst-3", known: ["cola", "sst2", "mrpc", "stsb", "rte", "qqp", "mnli", "mnli-mm", "qnli",
                                                   "boolq", "cb", "superglue-rte", "copa", "multirc", "wic", "wsc"])) {
            _ = try TaskRegistry.named("sst-3")
        }
        #expect(TaskError.unknownTask("x", known: ["a", "b"]).description == "unknown task 'x'; known tasks: a, b")
        #expect((try? TaskRegistry.named("CoLA"))?.name == "cola")
    }

    @Test func missingDataNamesTheFiles() throws {
        let shipped = Paths.shippedData
        expectError(.noData(task: "qqp", split: .train, lookedFor: [shipped + "/glue/QQP/train.tsv"],
                            hint: "QQP is not shipped; give a data folder holding the GLUE data in its standard layout")) {
            _ = try TaskData.load(try task("qqp"), split: .train, dataDir: nil, shippedDataDir: shipped, skipBadRows: false)
        }
        try withTemporaryFolder { dir in
            let error = TaskError.noData(task: "mnli-mm", split: .dev,
                                         lookedFor: ["\(dir)/MNLI/dev_mismatched.tsv", "\(dir)/glue/MNLI/dev_mismatched.tsv",
                                                     "\(shipped)/glue/MNLI/dev_mismatched.tsv"],
                                         hint: "MNLI is not shipped; give a data folder holding the GLUE data in its standard layout")
            expectError(error) {
                _ = try TaskData.load(try task("mnli-mm"), split: .dev, dataDir: dir, shippedDataDir: shipped, skipBadRows: false)
            }
            #expect(error.description == "no dev data for task 'mnli-mm'; looked for: \(dir)/MNLI/dev_mismatched.tsv, "
                    + "\(dir)/glue/MNLI/dev_mismatched.tsv, \(shipped)/glue/MNLI/dev_mismatched.tsv "
                    + "(MNLI is not shipped; give a data folder holding the GLUE data in its standard layout)")
        }
        expectError(.noData(task: "boolq", split: .train, lookedFor: [shipped + "/superglue/BoolQ/train.jsonl"],
                            hint: "the shipped BoolQ data has only the 32-example FewGLUE training set: use split train32, "
                                + "or give a data folder holding the full SuperGLUE data")) {
            _ = try TaskData.load(try task("boolq"), split: .train, dataDir: nil, shippedDataDir: shipped, skipBadRows: false)
        }
        expectError(.noData(task: "cola", split: .train32, lookedFor: [],
                            hint: "train32 is the 32-example FewGLUE training set, which exists only for SuperGLUE tasks")) {
            _ = try TaskData.load(try task("cola"), split: .train32, dataDir: nil, shippedDataDir: shipped, skipBadRows: false)
        }
        expectError(.noData(task: "cola", split: .test, lookedFor: [shipped + "/glue/CoLA/test.tsv"],
                            hint: "no test file ships for CoLA; give a data folder holding the GLUE data")) {
            _ = try TaskData.load(try task("cola"), split: .test, dataDir: nil, shippedDataDir: shipped, skipBadRows: false)
        }
        try withTemporaryFolder { dir in
            let folder = try write("", dir, "x/placeholder")
            _ = folder
            expectError(.unreadableFile(file: dir + "/x", reason: "cannot read: a folder, not a regular file")) {
                _ = try TaskData.read(try task("sst2"), split: .train, file: dir + "/x", skipBadRows: false)
            }
        }
    }
}
