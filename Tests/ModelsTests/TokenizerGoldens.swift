import Foundation
import Testing
@testable import Models

/// The sentences of the shipped GLUE files in the order tools/reference/glue_sentences.py uses
/// (the two must change together): files in this order, lines split on '\n', empty lines skipped,
/// a UTF-8 byte-order mark dropped, headers skipped, fields split on '\t'.
enum GlueSentences {
    static let sources: [(file: String, header: Bool, columns: [Int])] = [
        ("CoLA/train.tsv", false, [3]), ("CoLA/dev.tsv", false, [3]),
        ("SST-2/train.tsv", true, [0]), ("SST-2/dev.tsv", true, [0]),
        ("MRPC/train.tsv", true, [3, 4]), ("MRPC/dev.tsv", true, [3, 4]), ("MRPC/test.tsv", true, [3, 4]),
        ("RTE/train.tsv", true, [1, 2]), ("RTE/dev.tsv", true, [1, 2]), ("RTE/test.tsv", true, [1, 2]),
    ]

    static func rows(_ file: String, header: Bool) throws -> [String] {
        let url = Fixtures.repository.appendingPathComponent("data/glue").appendingPathComponent(file)
        let data = try #require(FileManager.default.contents(atPath: url.path), "missing \(url.path)")
        var text = try #require(String(data: data, encoding: .utf8), "\(file) is not UTF-8")
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return header ? Array(lines.dropFirst()) : lines
    }

    /// (file, sentence) in golden order.
    static func all() throws -> [(file: String, text: String)] {
        var out: [(String, String)] = []
        for (file, header, columns) in sources {
            for line in try rows(file, header: header) {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                for c in columns {
                    let field = try #require(c < fields.count ? fields[c] : nil, "\(file): short row")
                    out.append((file, String(field)))
                }
            }
        }
        return out
    }
}

/// One golden line: the id count, FNV-1a 64 of the ids joined by ',', and the ids for dev files.
struct GoldenLine {
    let count: Int
    let hash: UInt64
    let ids: [Int32]?

    static func load(_ relative: String) throws -> [GoldenLine] {
        let text = try String(contentsOfFile: Fixtures.path(relative), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            let head = parts[0].split(separator: " ")
            let count = try #require(Int(head[0]))
            let hash = try #require(UInt64(head[1], radix: 16))
            let ids = parts.count > 1 ? parts[1].split(separator: " ").compactMap { Int32($0) } : nil
            return GoldenLine(count: count, hash: hash, ids: ids)
        }
    }

    static func fnv1a(_ ids: [Int32]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in ids.map(String.init).joined(separator: ",").utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01B3
        }
        return h
    }

    func matches(_ ids: [Int32]) -> Bool {
        ids.count == count && Self.fnv1a(ids) == hash && (self.ids == nil || self.ids == ids)
    }
}
