import Foundation
import Syntax

// Splitting a data file into numbered lines, and collecting the examples of good rows while
// bad rows either stop the read or are skipped and counted.

/// One physical line: `text` is nil when its bytes are not valid UTF-8 or the line is longer
/// than a row may be (`LineReader.maxRowBytes`; then it is not decoded at all).
struct RawLine {
    let number: Int  // 1-based
    let text: String?
    let byteCount: Int

    /// The line's text, or why the row cannot be used.
    func checkedText() throws -> String {
        guard byteCount <= LineReader.maxRowBytes else {
            throw RowError("\(byteCount) bytes, more than the \(LineReader.maxRowBytes >> 20) MiB a row may have")
        }
        guard let text else { throw RowError("not valid UTF-8") }
        return text
    }
}

enum LineReader {
    /// 1 MiB: GLUE's and SuperGLUE's longest rows (BoolQ and MultiRC passages) are a few KB.
    static let maxRowBytes = 1 << 20
    /// Data files may be far larger than a config (MNLI's training set is 300 MB), but not
    /// without bound: 8 GiB.
    static let maxFileBytes = 8 << 30

    /// The file's lines, without "\n" / "\r\n" terminators; a leading UTF-8 byte-order mark is
    /// dropped (GLUE MRPC starts with one). A final newline does not make an extra empty line.
    /// Regular files only (a FIFO or device is refused, never waited on), read in time linear in
    /// their size.
    static func read(_ path: String) throws -> [RawLine] {
        lines(try bytes(path))
    }

    /// The file's bytes (regular files only, at most `maxFileBytes`).
    static func bytes(_ path: String) throws -> [UInt8] {
        switch InputFile.read(path, maxBytes: maxFileBytes) {
        case .success(let b): return b
        case .failure(let f): throw TaskError.unreadableFile(file: path, reason: "cannot read: \(f.reason)")
        }
    }

    /// `bytes` split as `read` describes.
    static func lines(_ bytes: [UInt8]) -> [RawLine] {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lines: [RawLine] = []
        var number = 1
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var end = newline
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            let count = end - start
            let text = count > maxRowBytes ? nil : String(validating: bytes[start..<end], as: UTF8.self)
            lines.append(RawLine(number: number, text: text, byteCount: count))
            number += 1
            start = newline + 1
        }
        return lines
    }
}

/// Why one row is unusable; becomes `TaskError.malformedRow` with the file and line.
struct RowError: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

/// Accumulates rows (examples); a row that throws `RowError` is rethrown as
/// `TaskError.malformedRow`, or with `skipBadRows` recorded and skipped.
struct RowCollector<Row> {
    let file: String
    let skipBadRows: Bool
    var rows: [Row] = []
    var skipped: [TaskError] = []

    init(file: String, skipBadRows: Bool) {
        self.file = file
        self.skipBadRows = skipBadRows
    }

    mutating func add(line: Int, _ row: () throws -> [Row]) throws {
        do {
            rows += try row()
        } catch let e as RowError {
            let error = TaskError.malformedRow(file: file, line: line, reason: e.reason)
            guard skipBadRows else { throw error }
            skipped.append(error)
        }
    }
}

extension RowCollector where Row == Example {
    var examples: [Example] { rows }
}
