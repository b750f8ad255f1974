import Foundation
import Support

// Reading a custom task's files. CSV and TSV start with a header row naming the columns (names
// trimmed of surrounding spaces); JSON lines name them in every object. The text columns become
// the example fields "text" and "text_pair"; the label column holds class names (trimmed; in JSON
// also whole numbers and true/false) or, for regression, numbers. Errors name the file, the line
// and the column: `train.csv:12: column "label": empty`.

public enum CustomData {
    /// A split of `task`: its train, dev or test file.
    static func load(_ task: CustomTask, split: Split, skipBadRows: Bool) throws -> LoadedSplit {
        guard let file = task.file(for: split) else {
            let hint = split == .test ? "the run was started without --test FILE; `eptc predict --run DIR --input FILE` reads any file"
                : "a custom task has train, dev and (with --test) test files"
            throw TaskError.noData(task: CustomTask.taskName, split: split, lookedFor: [], hint: hint)
        }
        return try read(task, file, labelRequired: split != .test, skipBadRows: skipBadRows)
    }

    /// Reads `file` with the task's columns; a class must be one of the task's labels (a dev label
    /// never seen in training is an error naming it). Without `labelRequired` the label column may
    /// be absent, or a row's label empty.
    public static func read(_ task: CustomTask, _ file: CustomDataFile, labelRequired: Bool,
                            skipBadRows: Bool) throws -> LoadedSplit {
        if !task.regression && task.labels.isEmpty {
            throw TaskError.invalidTask("the custom task's labels are not known yet: its training file is read first")
        }
        let (collected, fingerprint) = try rows(task, file, labelRequired: labelRequired, skipBadRows: skipBadRows)
        return LoadedSplit(examples: collected.rows.map(\.example), skipped: collected.skipped, file: file.path,
                           fingerprint: fingerprint)
    }

    /// Reads any file with the task's columns (new rows to predict): in `format`, else the format
    /// its extension names, else the training file's.
    public static func read(_ task: CustomTask, path: String, format: DataFormat?, labelRequired: Bool,
                            skipBadRows: Bool) throws -> LoadedSplit {
        let file = CustomDataFile(path: path, format: format ?? DataFormat.of(path: path) ?? task.train.format)
        return try read(task, file, labelRequired: labelRequired, skipBadRows: skipBadRows)
    }

    /// The task with its label set from the training file (sorted; numerically when every label is
    /// an integer), and the training split read with it. A training file with no usable rows, or
    /// with a single class, is refused with the reason.
    public static func resolvingLabels(_ task: CustomTask, skipBadRows: Bool) throws -> (CustomTask, LoadedSplit) {
        var resolved = task
        resolved.labels = []
        let (collected, fingerprint) = try rows(resolved, task.train, labelRequired: true, skipBadRows: skipBadRows)
        let skipped = collected.skipped.count
        guard !collected.rows.isEmpty else {
            let note = skipped > 0 ? " (\(skipped) malformed row\(skipped == 1 ? "" : "s") skipped)" : ""
            throw TaskError.unusableFile(file: task.train.path, reason: "the training file has no data rows\(note): nothing to train on")
        }
        var examples = collected.rows.map(\.example)
        if !task.regression {
            let names = sortedLabels(Set(collected.rows.compactMap(\.labelText)))
            guard names.count >= 2 else {
                throw TaskError.unusableFile(file: task.train.path, reason: "every training row has the label \""
                    + (names.first ?? "") + "\": a classifier needs at least two classes (--regression trains on numbers)")
            }
            resolved.labels = names
            let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            for (k, row) in collected.rows.enumerated() { examples[k].label = row.labelText.flatMap { index[$0] }.map { Label.index($0) } }
        }
        if let problem = resolved.problem { throw TaskError.invalidTask(problem) }
        return (resolved, LoadedSplit(examples: examples, skipped: collected.skipped, file: task.train.path, fingerprint: fingerprint))
    }

    /// Class names in their index order: by integer value when all are integers ("2" before
    /// "10"), else by their characters.
    static func sortedLabels(_ labels: Set<String>) -> [String] {
        if labels.allSatisfy({ Int($0) != nil }) {
            return labels.sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
        }
        return labels.sorted()
    }

    /// A row as read: the example (its label set unless the label set is still being read) and
    /// the label's text for classification.
    struct Row {
        var example: Example
        var labelText: String?
    }

    private static func rows(_ task: CustomTask, _ file: CustomDataFile, labelRequired: Bool,
                             skipBadRows: Bool) throws -> (RowCollector<Row>, String) {
        let bytes = try LineReader.bytes(file.path)
        let lines = LineReader.lines(bytes)
        let columns = CustomColumns(task: task, labelRequired: labelRequired)
        var collected = RowCollector<Row>(file: file.path, skipBadRows: skipBadRows)
        switch file.format {
        case .jsonl:
            for line in lines where line.text?.allSatisfy(\.isWhitespace) != true {
                try collected.add(line: line.number) {
                    let object = try JSONValue.object(line: try line.checkedText())
                    return [try columns.row { object[$0].map(CustomCell.json) }.sourced("\(file.path):\(line.number)")]
                }
            }
        case .csv, .tsv:
            let records = try DelimitedRecords.records(lines, format: file.format, file: file.path)
            guard let header = records.first else {
                throw TaskError.malformedRow(file: file.path, line: 1, reason: "the file is empty: a header row naming the columns comes first")
            }
            let names = try headerNames(header, file: file.path)
            let positions = try columns.positions(in: names, file: file.path, line: header.line)
            for record in records.dropFirst() {
                try collected.add(line: record.line) {
                    let cells = try cellsOrReason(record, names: names)
                    guard cells.count == names.count else {
                        throw RowError("\(cells.count) \(file.format == .csv ? "comma" : "tab")-separated fields, but the header "
                                       + "(line \(header.line)) names \(names.count) columns")
                    }
                    let row = try columns.row { column in positions[column].map { CustomCell.text(cells[$0]) } }
                    return [row.sourced("\(file.path):\(record.line)")]
                }
            }
        }
        return (collected, "\(bytes.count)-" + fnv1a64(bytes))
    }

    private static func headerNames(_ header: DelimitedRecord, file: String) throws -> [String] {
        do {
            return try cellsOrReason(header, names: []).map { $0.trimmingCharacters(in: .whitespaces) }
        } catch let e as RowError {
            throw TaskError.malformedRow(file: file, line: header.line, reason: "header: \(e.reason)")
        }
    }

    private static func cellsOrReason(_ record: DelimitedRecord, names: [String]) throws -> [String] {
        switch record.cells {
        case .success(let cells): return cells
        case .failure(let e):
            guard let cell = e.cell else { throw RowError(e.reason) }
            throw RowError((names.indices.contains(cell) ? "column \"\(names[cell])\"" : "field \(cell + 1)") + ": " + e.reason)
        }
    }

    /// 64-bit FNV-1a, hex: a file's fingerprint in the run's config.json.
    static func fnv1a64(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return String(hash, radix: 16)
    }
}

/// A cell as read: a CSV/TSV string or a JSON value.
enum CustomCell {
    case text(String)
    case json(JSONValue)
}

/// The task's columns and how each cell becomes a field or a label.
struct CustomColumns {
    let task: CustomTask
    let labelRequired: Bool

    /// Header positions of the columns the task reads; the label column may be absent when no
    /// label is required (predictions).
    func positions(in names: [String], file: String, line: Int) throws -> [String: Int] {
        var out: [String: Int] = [:]
        let wanted = [task.textColumn] + (task.textPairColumn.map { [$0] } ?? []) + [task.labelColumn]
        for column in wanted {
            let found = names.indices.filter { names[$0] == column }
            if found.count > 1 {
                throw TaskError.malformedRow(file: file, line: line, reason: "the header names the column \"\(column)\" \(found.count) times")
            }
            guard let i = found.first else {
                if column == task.labelColumn && !labelRequired { continue }
                throw TaskError.malformedRow(file: file, line: line, reason: "the header has no column \"\(column)\" (its columns: "
                                             + names.map { "\"\($0)\"" }.joined(separator: ", ") + ")")
            }
            out[column] = i
        }
        return out
    }

    /// One row from a cell lookup by column name (nil: the column is absent).
    func row(_ cell: (String) -> CustomCell?) throws -> CustomData.Row {
        var texts = ["text": try text(task.textColumn, cell(task.textColumn))]
        if let pair = task.textPairColumn { texts["text_pair"] = try text(pair, cell(pair)) }
        var row = CustomData.Row(example: Example(texts: texts, label: nil))
        if task.regression {
            row.example.label = try score(cell(task.labelColumn)).map { Label.score($0) }
        } else if let name = try className(cell(task.labelColumn)) {
            row.labelText = name
            if !task.labels.isEmpty {
                guard let i = task.labels.firstIndex(of: name) else {
                    throw RowError("column \"\(task.labelColumn)\": the label \"\(name)\" does not occur in the training file "
                                   + "(its labels: \(CustomTask.list(task.labels)))")
                }
                row.example.label = .index(i)
            }
        }
        return row
    }

    private func text(_ column: String, _ cell: CustomCell?) throws -> String {
        switch cell {
        case .text(let s)?, .json(.string(let s))?: return s
        case nil, .json(.null)?: throw RowError("column \"\(column)\": missing")
        case .json(let v)?: throw RowError("column \"\(column)\": should be a string, found \(v.brief)")
        }
    }

    /// The class name, or nil for an unlabelled row where labels are optional.
    private func className(_ cell: CustomCell?) throws -> String? {
        let name: String
        switch cell {
        case .text(let s)?, .json(.string(let s))?: name = s.trimmingCharacters(in: .whitespaces)
        case .json(.int(let i))?: name = String(i)
        case .json(.bool(let b))?: name = String(b)
        case nil, .json(.null)?:
            if labelRequired { throw RowError("column \"\(task.labelColumn)\": missing") }
            return nil
        case .json(let v)?:
            throw RowError("column \"\(task.labelColumn)\": should be a class name (a string, a whole number or true/false), found \(v.brief)")
        }
        if name.isEmpty {
            if labelRequired { throw RowError("column \"\(task.labelColumn)\": empty") }
            return nil
        }
        return name
    }

    /// The regression target, or nil for an unlabelled row where labels are optional.
    private func score(_ cell: CustomCell?) throws -> Double? {
        switch cell {
        case .text(let s)?, .json(.string(let s))?:
            let t = s.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { return try absent("empty") }
            return try finite(Double(t), shown: "\"\(t)\"")
        case .json(.int(let i))?: return Double(i)
        case .json(.double(let d))?: return try finite(d, shown: String(d))
        case nil, .json(.null)?: return try absent("missing")
        case .json(let v)?: return try finite(nil, shown: v.brief)
        }
    }

    private func finite(_ value: Double?, shown: String) throws -> Double {
        guard let value, value.isFinite else {
            throw RowError("column \"\(task.labelColumn)\": \(shown) is not a number (a regression target)")
        }
        return value
    }

    private func absent(_ what: String) throws -> Double? {
        if labelRequired { throw RowError("column \"\(task.labelColumn)\": \(what)") }
        return nil
    }
}

private extension CustomData.Row {
    func sourced(_ source: String) -> CustomData.Row {
        var row = self
        row.example.source = source
        return row
    }
}
