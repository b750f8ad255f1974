import Foundation

// Splitting a data file into numbered lines, and collecting the examples of good rows while
// bad rows either stop the read or are skipped and counted.

/// One physical line: `text` is nil when its bytes are not valid UTF-8.
struct RawLine {
    let number: Int  // 1-based
    let text: String?
}

enum LineReader {
    /// The file's lines, without "\n" / "\r\n" terminators; a leading UTF-8 byte-order mark is
    /// dropped (GLUE MRPC starts with one). A final newline does not make an extra empty line.
    static func read(_ path: String) throws -> [RawLine] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else {
            throw TaskError.unreadableFile(file: path, reason: "cannot read (missing, a folder, or no permission)")
        }
        let bytes = [UInt8](data)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lines: [RawLine] = []
        var number = 1
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var end = newline
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(RawLine(number: number, text: String(validating: bytes[start..<end], as: UTF8.self)))
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

/// Accumulates examples; a row that throws `RowError` is rethrown as `TaskError.malformedRow`,
/// or with `skipBadRows` recorded and skipped.
struct RowCollector {
    let file: String
    let skipBadRows: Bool
    var examples: [Example] = []
    var skipped: [TaskError] = []

    mutating func add(line: Int, _ row: () throws -> [Example]) throws {
        do {
            examples += try row()
        } catch let e as RowError {
            let error = TaskError.malformedRow(file: file, line: line, reason: e.reason)
            guard skipBadRows else { throw error }
            skipped.append(error)
        }
    }
}
