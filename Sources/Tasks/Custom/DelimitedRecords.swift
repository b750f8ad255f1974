// Records of header-first delimited files for custom tasks: TSV as the GLUE files are (a tab
// between cells, no quoting), CSV as RFC 4180 (a comma between cells; a cell in double quotes may
// hold commas, line breaks and doubled quotes ""). A CSV record that spans lines is numbered by the
// line it starts on, and the records after it keep their own line numbers.

/// Why one record is unusable: the 0-based cell it was found in (nil: the whole line).
struct CellError: Error {
    let cell: Int?
    let reason: String
}

/// One record: the 1-based line it starts on (or where it broke) and its cells.
struct DelimitedRecord {
    let line: Int
    let cells: Result<[String], CellError>
}

enum DelimitedRecords {
    /// The records of `lines`; blank lines between records are skipped. A quoted CSV cell that is
    /// never closed, or runs on past a row's size or into bytes that are not UTF-8, is an error even
    /// with --skip-bad-rows: where its record ends cannot be known, and the rest of the file would
    /// silently become its text.
    static func records(_ lines: [RawLine], format: DataFormat, file: String) throws -> [DelimitedRecord] {
        var out: [DelimitedRecord] = []
        var i = 0
        while i < lines.count {
            let first = lines[i]
            i += 1
            let text: String
            do { text = try first.checkedText() } catch let e as RowError {
                out.append(DelimitedRecord(line: first.number, cells: .failure(CellError(cell: nil, reason: e.reason))))
                continue
            }
            if text.isEmpty { continue }
            if format != .csv {
                let cells = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                out.append(DelimitedRecord(line: first.number, cells: .success(cells)))
                continue
            }
            var parser = CSVRecordParser()
            var line = first
            do {
                var complete = try parser.feed(text)
                var bytes = first.byteCount
                while !complete {
                    guard i < lines.count else {
                        throw TaskError.malformedRow(file: file, line: first.number, reason: "a quoted CSV field opened on this line is "
                            + "never closed (not skipped even with --skip-bad-rows: the rest of the file would be its text)")
                    }
                    line = lines[i]
                    i += 1
                    bytes += line.byteCount + 1
                    guard bytes <= LineReader.maxRowBytes, let more = line.text else {
                        throw TaskError.malformedRow(file: file, line: line.number, reason: "inside a quoted CSV field opened on line "
                            + "\(first.number): " + (line.text == nil && line.byteCount <= LineReader.maxRowBytes
                                ? "not valid UTF-8" : "the record runs past \(LineReader.maxRowBytes >> 20) MiB (an unclosed quote?)"))
                    }
                    complete = try parser.feed(more)
                }
                out.append(DelimitedRecord(line: first.number, cells: .success(parser.cells)))
            } catch let e as CellError {
                // The record is bad from this line on; the next line starts afresh.
                out.append(DelimitedRecord(line: line.number, cells: .failure(e)))
            }
        }
        return out
    }
}

/// The cells of one CSV record, fed a physical line at a time.
struct CSVRecordParser {
    private(set) var cells: [String] = []
    private var cell: [UInt8] = []
    private var inQuotes = false, closedQuote = false, atCellStart = true

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")

    /// Takes the next line; true when the record is complete, false when a quoted cell goes on
    /// past the line break (which it keeps, as "\n").
    mutating func feed(_ line: String) throws -> Bool {
        let bytes = Array(line.utf8)
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            k += 1
            if inQuotes {
                if b != Self.quote {
                    cell.append(b)
                } else if k < bytes.count, bytes[k] == Self.quote {
                    cell.append(b)  // "" inside quotes
                    k += 1
                } else {
                    inQuotes = false
                    closedQuote = true
                }
            } else if b == Self.comma {
                endCell()
            } else if closedQuote {
                throw CellError(cell: cells.count, reason: "text after the closing quote (a quote inside a quoted field "
                                + "is written twice: \"say \"\"hi\"\"\")")
            } else if b == Self.quote {
                guard atCellStart else {
                    throw CellError(cell: cells.count, reason: "a quote inside an unquoted field (quote the whole field "
                                    + "and double the quote: \"say \"\"hi\"\"\")")
                }
                inQuotes = true
                atCellStart = false
            } else {
                cell.append(b)
                atCellStart = false
            }
        }
        if inQuotes {
            cell.append(UInt8(ascii: "\n"))
            return false
        }
        endCell()
        return true
    }

    private mutating func endCell() {
        // The bytes come from valid UTF-8 and are cut only at ASCII commas and quotes.
        cells.append(String(decoding: cell, as: UTF8.self))
        cell = []
        closedQuote = false
        atCellStart = true
    }
}
