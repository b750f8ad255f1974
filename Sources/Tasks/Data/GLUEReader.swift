// GLUE tab-separated files, in the layouts of the official GLUE download:
//   CoLA train/dev   no header: source, label (0/1), original mark, sentence
//   CoLA test        header: index, sentence
//   SST-2            header: sentence, label (test: index, sentence)
//   MRPC             header: Quality, #1 ID, #2 ID, #1 String, #2 String (test: index instead of Quality)
//   QQP              header: id, qid1, qid2, question1, question2, is_duplicate (test: id, question1, question2)
//   STS-B            header: index, genre, filename, year, old_index, source1, source2, sentence1, sentence2, score
//   STS-B original-sts-dev.tsv (STS benchmark): genre, filename, year, id, score, sentence1, sentence2[, source, source]
//   MNLI             header with sentence1, sentence2, gold_label among 12 (train) / 16 (dev) / 10 (test) columns
//   QNLI             header: index, question, sentence, label
//   RTE              header: index, sentence1, sentence2, label (test: no label)
// Fields are taken by header name where there is a header; no quoting (GLUE files are QUOTE_NONE).

/// Where a GLUE file keeps its fields.
enum GLUELayout {
    /// A header row names the columns; every row has as many columns as the header.
    case header(fields: [(field: String, column: String)], label: String)
    /// No header; rows have `columns` columns (at least that many if `allowsExtra`).
    case fixed(columns: Int, allowsExtra: Bool, fields: [(field: String, column: Int)], label: Int)

    static func of(_ task: TaskDefinition, fileName: String) -> GLUELayout {
        switch task.id {
        case .cola:
            return fileName == "test.tsv" ? .header(fields: [("sentence", "sentence")], label: "label")
                : .fixed(columns: 4, allowsExtra: false, fields: [("sentence", 3)], label: 1)
        case .sst2: return .header(fields: [("sentence", "sentence")], label: "label")
        case .mrpc: return .header(fields: [("sentence1", "#1 String"), ("sentence2", "#2 String")], label: "Quality")
        case .qqp: return .header(fields: [("question1", "question1"), ("question2", "question2")], label: "is_duplicate")
        case .stsb:
            return fileName == "original-sts-dev.tsv"
                ? .fixed(columns: 7, allowsExtra: true, fields: [("sentence1", 5), ("sentence2", 6)], label: 4)
                : .header(fields: [("sentence1", "sentence1"), ("sentence2", "sentence2")], label: "score")
        case .mnli, .mnliMismatched:
            return .header(fields: [("premise", "sentence1"), ("hypothesis", "sentence2")], label: "gold_label")
        case .qnli: return .header(fields: [("question", "question"), ("sentence", "sentence")], label: "label")
        default: return .header(fields: [("sentence1", "sentence1"), ("sentence2", "sentence2")], label: "label")
        }
    }
}

enum GLUEReader {
    /// Reads a GLUE file. Labels are required except in the test split; empty lines are ignored.
    static func read(_ task: TaskDefinition, split: Split, file: String, fileName: String,
                     skipBadRows: Bool) throws -> RowCollector<Example> {
        let lines = try LineReader.read(file)
        var rows = RowCollector<Example>(file: file, skipBadRows: skipBadRows)
        let (fields, labelColumn, columns, allowsExtra, firstRow) = try resolve(
            GLUELayout.of(task, fileName: fileName), lines: lines, file: file, labelRequired: split != .test)
        for line in lines[firstRow...] where line.text != "" {
            try rows.add(line: line.number) {
                let text = try line.checkedText()
                let cells = text.split(separator: "\t", omittingEmptySubsequences: false)
                guard cells.count == columns || (allowsExtra && cells.count > columns) else {
                    throw RowError("expected \(allowsExtra ? "at least " : "")\(columns) tab-separated columns, found \(cells.count)")
                }
                var texts: [String: String] = [:]
                for (field, column) in fields { texts[field] = String(cells[column]) }
                let label = try labelColumn.map { try parseLabel(String(cells[$0]), task) }
                return [Example(texts: texts, label: label, source: "\(file):\(line.number)")]
            }
        }
        return rows
    }

    /// Column positions for a layout: by the header row's names, or fixed. Returns the fields,
    /// the label column (nil: unlabeled test file), the expected column count, whether extra
    /// columns are allowed, and the index into `lines` of the first data row.
    private static func resolve(_ layout: GLUELayout, lines: [RawLine], file: String, labelRequired: Bool) throws
        -> ([(String, Int)], Int?, Int, Bool, Int) {
        switch layout {
        case .fixed(let columns, let allowsExtra, let fields, let label):
            return (fields.map { ($0.field, $0.column) }, label, columns, allowsExtra, 0)
        case .header(let fields, let label):
            guard let header = lines.first else { return ([], nil, 0, false, 0) }  // empty file: no rows
            let text: String
            do { text = try header.checkedText() } catch let e as RowError {
                throw TaskError.malformedRow(file: file, line: header.number, reason: "header: \(e.reason)")
            }
            let names = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var positions: [(String, Int)] = []
            for (field, column) in fields {
                guard let i = names.firstIndex(of: column) else {
                    throw TaskError.malformedRow(file: file, line: header.number,
                        reason: "header has no '\(column)' column (found: \(names.joined(separator: ", ")))")
                }
                positions.append((field, i))
            }
            let labelIndex = names.firstIndex(of: label)
            if labelIndex == nil && labelRequired {
                throw TaskError.malformedRow(file: file, line: header.number,
                    reason: "header has no '\(label)' label column (found: \(names.joined(separator: ", ")))")
            }
            return (positions, labelIndex, names.count, false, 1)
        }
    }

    /// A GLUE label cell: a class index (CoLA, SST-2, MRPC, QQP), a label name (RTE, MNLI,
    /// QNLI), or an STS-B score in 0…5.
    static func parseLabel(_ cell: String, _ task: TaskDefinition) throws -> Label {
        switch task.kind {
        case .regression(let lo, let hi):
            guard let v = Double(cell), v.isFinite else { throw RowError("score '\(cell)' is not a number") }
            guard v >= lo && v <= hi else { throw RowError("score \(cell) is outside \(lo.formatted)…\(hi.formatted)") }
            return .score(v)
        case .classification(let count):
            switch task.id {
            case .rte, .mnli, .mnliMismatched, .qnli:
                guard let i = task.labelWords.firstIndex(of: cell) else {
                    throw RowError("label '\(cell)' is not one of \(task.labelWords.joined(separator: ", "))")
                }
                return .index(i)
            default:
                guard let i = Int(cell), (0..<count).contains(i) else {
                    throw RowError("label '\(cell)' is not one of \((0..<count).map(String.init).joined(separator: ", "))")
                }
                return .index(i)
            }
        }
    }
}

extension Double {
    /// "5" for 5.0, "0.5" for 0.5: short numbers for messages.
    var formatted: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
