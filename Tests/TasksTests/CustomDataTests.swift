import Foundation
import Testing
@testable import Tasks

// Custom tasks read from the user's files: CSV (RFC 4180 quoting, line numbers across quoted line
// breaks), TSV and JSON lines; pairs; regression; the label set from the training file; and every
// bad-file case with its file:line and column.

/// A classification task over `file` (format by extension) with the columns "text" and "label".
func customTask(_ train: String, dev: String? = nil, pair: String? = nil, regression: Bool = false,
                labels: [String] = []) -> CustomTask {
    func file(_ path: String) -> CustomDataFile { CustomDataFile(path: path, format: DataFormat.of(path: path) ?? .csv) }
    var task = CustomTask(train: file(train), dev: file(dev ?? train), textColumn: "text", textPairColumn: pair,
                          labelColumn: "label", regression: regression)
    task.labels = labels
    return task
}

@Suite struct CustomDataTests {
    /// Quoted commas, doubled quotes and a line break inside quotes; the rows after the two-line
    /// record keep their own line numbers.
    @Test func csvFollowsRFC4180() throws {
        try withTemporaryFolder { dir in
            let csv = "text,label\n"                                   // line 1
                + "\"Great, really great\",pos\n"                      // 2
                + "\"He said \"\"hi\"\"\",neg\n"                       // 3
                + "\"two\nlines\",pos\n"                               // 4-5
                + "\n"                                                 // 6 (blank)
                + "plain,  neg \n"                                     // 7
                + "\"\",pos\n"                                         // 8: an empty quoted text
            let file = try write(csv, dir, "train.csv")
            let (task, train) = try CustomData.resolvingLabels(customTask(file), skipBadRows: false)
            #expect(task.labels == ["neg", "pos"])
            #expect(train.examples.map { $0["text"] } == ["Great, really great", "He said \"hi\"", "two\nlines", "plain", ""])
            #expect(train.examples.map(\.label) == [.index(1), .index(0), .index(1), .index(0), .index(1)])
            #expect(train.examples.map(\.source) == [2, 3, 4, 7, 8].map { "\(file):\($0)" })
            #expect(train.fingerprint == "\(csv.utf8.count)-" + CustomData.fnv1a64(Array(csv.utf8)))

            // An error after a multi-line record names its own line.
            let bad = try write(csv + "text only\n", dir, "bad.csv")
            expectError(.malformedRow(file: bad, line: 9, reason: "1 comma-separated fields, but the header (line 1) names 2 columns")) {
                _ = try CustomData.resolvingLabels(customTask(bad), skipBadRows: false)
            }
        }
    }

    @Test func tsvAndJSONLinesWithPairs() throws {
        try withTemporaryFolder { dir in
            let tsv = try write("id\ttext\tsecond\tlabel\n1\ta cat\tthe cat\tyes\n2\ta dog\tno dog\tno\n", dir, "pairs.tsv")
            let (task, train) = try CustomData.resolvingLabels(customTask(tsv, pair: "second"), skipBadRows: false)
            #expect(task.labels == ["no", "yes"])
            #expect(train.examples.map(\.texts) == [["text": "a cat", "text_pair": "the cat"], ["text": "a dog", "text_pair": "no dog"]])
            let definition = TaskDefinition(custom: task)
            #expect(definition.encoderTexts(train.examples[0]) == ("a cat", "the cat"))
            #expect(definition.metricNames == ["accuracy", "macro_f1", "mcc"] && definition.primaryMetric == "accuracy")

            let lines = [#"{"text": "x", "second": "y", "label": 1}"#, #"{"text": "z", "second": "w", "label": 0, "extra": [1]}"#,
                         "   ", #"{"text": "v", "second": "u", "label": true}"#]
            let jsonl = try write(lines.joined(separator: "\n") + "\n", dir, "pairs.jsonl")
            let (jtask, jtrain) = try CustomData.resolvingLabels(customTask(jsonl, pair: "second"), skipBadRows: false)
            #expect(jtask.labels == ["0", "1", "true"])
            #expect(jtrain.examples.map(\.label) == [.index(1), .index(0), .index(2)])
            #expect(jtrain.examples.map(\.source) == ["\(jsonl):1", "\(jsonl):2", "\(jsonl):4"])
        }
    }

    /// Integer labels sort by value, others by their characters; the order of rows does not matter.
    @Test func labelOrder() throws {
        #expect(CustomData.sortedLabels(["10", "2", "1", "-3"]) == ["-3", "1", "2", "10"])
        #expect(CustomData.sortedLabels(["pos", "neg", "neutral", "10"]) == ["10", "neg", "neutral", "pos"])
        try withTemporaryFolder { dir in
            let a = try write("text,label\nx,b\ny,a\nz,c\n", dir, "a.csv")
            let b = try write("text,label\nz,c\nx,b\ny,a\n", dir, "b.csv")
            let first = try CustomData.resolvingLabels(customTask(a), skipBadRows: false).0.labels
            let second = try CustomData.resolvingLabels(customTask(b), skipBadRows: false).0.labels
            #expect(first == ["a", "b", "c"] && first == second)
        }
    }

    @Test func regressionTargets() throws {
        try withTemporaryFolder { dir in
            let csv = try write("text,label\na,1.5\nb, -2 \nc,high\nd,\ne,nan\n", dir, "r.csv")
            let task = customTask(csv, regression: true)
            expectError(.malformedRow(file: csv, line: 4, reason: #"column "label": "high" is not a number (a regression target)"#)) {
                _ = try CustomData.read(task, task.train, labelRequired: true, skipBadRows: false)
            }
            let read = try CustomData.read(task, task.train, labelRequired: true, skipBadRows: true)
            #expect(read.examples.map(\.label) == [.score(1.5), .score(-2)])
            #expect(read.skipped.map(\.description) == [
                "\(csv):4: column \"label\": \"high\" is not a number (a regression target)",
                "\(csv):5: column \"label\": empty",
                "\(csv):6: column \"label\": \"nan\" is not a number (a regression target)",
            ])
            let jsonl = try write(#"{"text": "a", "label": 3}"# + "\n" + #"{"text": "b", "label": "0.25"}"# + "\n"
                                  + #"{"text": "c", "label": true}"# + "\n", dir, "r.jsonl")
            let jtask = customTask(jsonl, regression: true)
            let j = try CustomData.read(jtask, jtask.train, labelRequired: true, skipBadRows: true)
            #expect(j.examples.map(\.label) == [.score(3), .score(0.25)])
            #expect(j.skipped.map(\.description) == ["\(jsonl):3: column \"label\": true is not a number (a regression target)"])
            let definition = TaskDefinition(custom: jtask)
            #expect(definition.metricNames == ["pearson", "spearman"] && definition.primaryMetric == "pearson")
            #expect(definition.labelCount == 0)
        }
    }

    /// A dev label the training file never had is an error naming it (skippable); a test or
    /// prediction file may lack the label column or leave labels empty.
    @Test func devLabelsMustBeTrainingLabels() throws {
        try withTemporaryFolder { dir in
            let dev = try write("text,label\na,pos\nb,neutral\n", dir, "dev.csv")
            let task = customTask(dev, labels: ["neg", "pos"])
            expectError(.malformedRow(file: dev, line: 3,
                                      reason: #"column "label": the label "neutral" does not occur in the training file (its labels: neg, pos)"#)) {
                _ = try CustomData.load(task, split: .dev, skipBadRows: false)
            }
            #expect(try CustomData.load(task, split: .dev, skipBadRows: true).examples.map(\.label) == [.index(1)])

            let unlabelled = try write("text\nfirst\nsecond\n", dir, "new.csv")
            let rows = try CustomData.read(task, path: unlabelled, format: nil, labelRequired: false, skipBadRows: false)
            #expect(rows.examples.map(\.label) == [nil, nil])
            let mixed = try write("text,label\nfirst,\nsecond,neg\n", dir, "mixed.tsv")
            let m = try CustomData.read(task, path: mixed, format: .csv, labelRequired: false, skipBadRows: false)
            #expect(m.examples.map(\.label) == [nil, .index(0)])
            expectError(.malformedRow(file: unlabelled, line: 1, reason: #"the header has no column "label" (its columns: "text")"#)) {
                _ = try CustomData.read(task, path: unlabelled, format: nil, labelRequired: true, skipBadRows: true)
            }
            expectError(.noData(task: "custom", split: .test, lookedFor: [],
                                hint: "the run was started without --test FILE; `eptc predict --run DIR --input FILE` reads any file")) {
                _ = try CustomData.load(task, split: .test, skipBadRows: false)
            }
        }
    }

    /// Whole-file problems: no header, no rows, one class, a column the header lacks or repeats.
    /// None of them is skipped by --skip-bad-rows.
    @Test func unusableTrainingFiles() throws {
        try withTemporaryFolder { dir in
            let empty = try write("", dir, "empty.csv")
            expectError(.malformedRow(file: empty, line: 1, reason: "the file is empty: a header row naming the columns comes first")) {
                _ = try CustomData.resolvingLabels(customTask(empty), skipBadRows: true)
            }
            let header = try write("text,label\n", dir, "header.csv")
            expectError(.unusableFile(file: header, reason: "the training file has no data rows: nothing to train on")) {
                _ = try CustomData.resolvingLabels(customTask(header), skipBadRows: false)
            }
            let allBad = try write("text,label\na\n", dir, "allbad.csv")
            expectError(.unusableFile(file: allBad, reason: "the training file has no data rows (1 malformed row skipped): nothing to train on")) {
                _ = try CustomData.resolvingLabels(customTask(allBad), skipBadRows: true)
            }
            let single = try write("text,label\na,pos\nb,pos\n", dir, "single.csv")
            expectError(.unusableFile(file: single, reason: "every training row has the label \"pos\": a classifier needs at least "
                                      + "two classes (--regression trains on numbers)")) {
                _ = try CustomData.resolvingLabels(customTask(single), skipBadRows: false)
            }
            let noLabel = try write("text,y\na,1\n", dir, "nolabel.csv")
            expectError(.malformedRow(file: noLabel, line: 1, reason: #"the header has no column "label" (its columns: "text", "y")"#)) {
                _ = try CustomData.resolvingLabels(customTask(noLabel), skipBadRows: true)
            }
            let twice = try write("text, label ,label\na,b,c\n", dir, "twice.csv")
            expectError(.malformedRow(file: twice, line: 1, reason: #"the header names the column "label" 2 times"#)) {
                _ = try CustomData.resolvingLabels(customTask(twice), skipBadRows: false)
            }
            let jsonEmpty = try write("\n\n", dir, "empty.jsonl")
            expectError(.unusableFile(file: jsonEmpty, reason: "the training file has no data rows: nothing to train on")) {
                _ = try CustomData.resolvingLabels(customTask(jsonEmpty), skipBadRows: false)
            }
        }
    }

    @Test func csvRowErrorsNameTheColumn() throws {
        try withTemporaryFolder { dir in
            let bytes = Array("text,label\n".utf8)
                + Array("say \"hi\",pos\n".utf8)                          // 2: a quote inside an unquoted field
                + Array("\"quoted\" then,neg\n".utf8)                      // 3: text after the closing quote
                + [0x62, 0xFF, 0x2C, 0x61, 0x0A]                          // 4: not UTF-8
                + Array(",neg\n".utf8)                                    // 5: an empty text is fine
                + Array("fine,\n".utf8)                                   // 6: empty label
                + Array("ok,pos\n".utf8)                                  // 7
            let file = try write(bytes, dir, "rows.csv")
            let read = try CustomData.resolvingLabels(customTask(file), skipBadRows: true).1
            #expect(read.examples.map { $0["text"] } == ["", "ok"])
            #expect(read.skipped.map(\.description) == [
                "\(file):2: column \"text\": a quote inside an unquoted field (quote the whole field and double the quote: \"say \"\"hi\"\"\")",
                "\(file):3: column \"text\": text after the closing quote (a quote inside a quoted field is written twice: \"say \"\"hi\"\"\")",
                "\(file):4: not valid UTF-8",
                "\(file):6: column \"label\": empty",
            ])
            expectError(read.skipped[0]) { _ = try CustomData.resolvingLabels(customTask(file), skipBadRows: false) }
        }
    }

    /// A quote never closed would swallow the rest of the file as one field: refused even with
    /// --skip-bad-rows, naming the line it opened on.
    @Test func unclosedQuoteIsNotSkipped() throws {
        try withTemporaryFolder { dir in
            let file = try write("text,label\na,pos\n\"never closed,neg\nb,pos\nc,neg\n", dir, "open.csv")
            expectError(.malformedRow(file: file, line: 3, reason: "a quoted CSV field opened on this line is never closed "
                                      + "(not skipped even with --skip-bad-rows: the rest of the file would be its text)")) {
                _ = try CustomData.resolvingLabels(customTask(file), skipBadRows: true)
            }
            let bytes = Array("text,label\n\"open\n".utf8) + [0xFF, 0x0A] + Array("rest\",pos\n".utf8)
            let utf = try write(bytes, dir, "utf.csv")
            expectError(.malformedRow(file: utf, line: 3, reason: "inside a quoted CSV field opened on line 2: not valid UTF-8")) {
                _ = try CustomData.resolvingLabels(customTask(utf), skipBadRows: true)
            }
        }
    }

    @Test func jsonLinesRowErrors() throws {
        try withTemporaryFolder { dir in
            let lines = [
                #"{"text": "a", "label": "pos"}"#,
                #"["text"]"#,
                #"{"label": "pos"}"#,
                #"{"text": 3, "label": "pos"}"#,
                #"{"text": "b"}"#,
                #"{"text": "c", "label": 0.5}"#,
                #"{"text": "d", "label": "neg""#,
                #"{"text": "e", "label": " neg "}"#,
            ]
            let file = try write(lines.joined(separator: "\n") + "\n", dir, "rows.jsonl")
            let (task, read) = try CustomData.resolvingLabels(customTask(file), skipBadRows: true)
            #expect(task.labels == ["neg", "pos"] && read.examples.map(\.label) == [.index(1), .index(0)])
            #expect(read.skipped.map(\.description) == [
                "\(file):2: expected a JSON object, found an array",
                "\(file):3: column \"text\": missing",
                "\(file):4: column \"text\": should be a string, found 3",
                "\(file):5: column \"label\": missing",
                "\(file):6: column \"label\": should be a class name (a string, a whole number or true/false), found 0.5",
                "\(file):7: not valid JSON",
            ])
        }
    }

    /// A BOM and CRLF line ends, as spreadsheets write CSV; a CRLF inside quotes reads as "\n".
    @Test func spreadsheetCSV() throws {
        try withTemporaryFolder { dir in
            let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("text,label\r\n\"a\r\nb\",x\r\nc,y\r\n".utf8)
            let file = try write(bytes, dir, "excel.csv")
            let (task, read) = try CustomData.resolvingLabels(customTask(file), skipBadRows: false)
            #expect(task.labels == ["x", "y"] && read.examples.map { $0["text"] } == ["a\nb", "c"])
            #expect(read.examples.map(\.source) == ["\(file):2", "\(file):4"])
        }
    }

    @Test func formatsByExtension() {
        #expect(DataFormat.of(path: "/d/a.CSV") == .csv && DataFormat.of(path: "a.tab") == .tsv)
        #expect(DataFormat.of(path: "a.ndjson") == .jsonl && DataFormat.of(path: "a.jsonl") == .jsonl)
        #expect(DataFormat.of(path: "a.json") == nil && DataFormat.of(path: "a.txt") == nil)
    }
}
