import Foundation
import Testing
@testable import Tasks

// Every shipped file loads completely, with the row counts data/SOURCES.md documents.

@Suite struct ShippedDataTests {
    static let counts: [(task: String, split: Split, rows: Int)] = [
        ("cola", .train, 8_551), ("cola", .dev, 527),
        ("sst2", .train, 67_349), ("sst2", .dev, 872),
        ("mrpc", .train, 3_668), ("mrpc", .dev, 408), ("mrpc", .test, 1_725),
        ("rte", .train, 2_490), ("rte", .dev, 277), ("rte", .test, 3_000),
        ("stsb", .train, 5_749), ("stsb", .dev, 1_500),
        ("boolq", .dev, 3_270), ("boolq", .train32, 32),
        ("cb", .dev, 56), ("cb", .train32, 32),
        ("superglue-rte", .dev, 277), ("superglue-rte", .train32, 32),
        ("wic", .dev, 500), ("wic", .train32, 32),
        ("wsc", .dev, 104), ("wsc", .train32, 32),
    ]

    @Test(arguments: counts.indices)
    func loadsWithDocumentedCount(_ i: Int) throws {
        let (name, split, rows) = Self.counts[i]
        let t = try task(name)
        let loaded = try TaskData.loadSplit(t, split: split, dataDir: nil, shippedDataDir: Paths.shippedData, skipBadRows: false)
        #expect(loaded.examples.count == rows, "\(name) \(split)")
        #expect(loaded.skipped.isEmpty)
        for e in loaded.examples {
            for field in t.textFields { #expect(e.texts[field] != nil, "\(e.source) lacks \(field)") }
            if split == .test {
                #expect(e.label == nil)
            } else if case .classification(let n) = t.kind {
                #expect((0..<n).contains(try #require(e.label?.classIndex)), "\(e.source)")
            } else {
                let score = try #require(e.label?.value)
                #expect(score >= 0 && score <= 5, "\(e.source)")
            }
        }
    }

    /// Label names map to the documented class order (counts from data/SOURCES.md's files).
    @Test func labelDistributions() throws {
        func histogram(_ name: String, _ split: Split) throws -> [Int] {
            let t = try task(name)
            let examples = try TaskData.load(t, split: split, dataDir: nil, shippedDataDir: Paths.shippedData,
                                             skipBadRows: false).examples
            var h = [Int](repeating: 0, count: t.labelCount)
            for e in examples { h[e.label?.classIndex ?? 0] += 1 }
            return h
        }
        #expect(try histogram("cb", .dev) == [23, 28, 5])          // entailment, contradiction, neutral
        #expect(try histogram("boolq", .dev) == [1_237, 2_033])    // "false", "true" strings
        #expect(try histogram("boolq", .train32) == [14, 18])      // JSON booleans
        #expect(try histogram("superglue-rte", .dev) == [146, 131])
        #expect(try histogram("rte", .dev) == [146, 131])
        #expect(try histogram("wsc", .dev) == [66, 38])
    }

    @Test func rowDetails() throws {
        let data = Paths.shippedData
        // MRPC's byte-order mark does not leak into the header or first row.
        let mrpc = try TaskData.load(try task("mrpc"), split: .dev, dataDir: nil, shippedDataDir: data, skipBadRows: false)
        #expect(mrpc.examples[0].texts["sentence1"] == "He said the foodservice pie business doesn't fit the company's long-term growth strategy.")
        #expect(mrpc.examples[0].label == .index(1))
        #expect(mrpc.examples[0].source == data + "/glue/MRPC/dev.tsv:2")
        // STS-B dev: the STS-benchmark layout; rows with 2 extra columns keep the right fields.
        let stsb = try TaskData.load(try task("stsb"), split: .dev, dataDir: nil, shippedDataDir: data, skipBadRows: false)
        let extra = try #require(stsb.examples.first { $0.texts["sentence1"] == "US Supreme Court limits president's recess appointments power" })
        #expect(extra.label == .score(5))
        #expect(extra.texts["sentence2"] == "High court checks President's recess appointment power")
        #expect(stsb.examples[0].label == .score(5) && stsb.examples[0].texts["sentence2"] == "A man wearing a hard hat is dancing.")
        // CoLA has no header: the first line is an example.
        let cola = try TaskData.load(try task("cola"), split: .dev, dataDir: nil, shippedDataDir: data, skipBadRows: false)
        #expect(cola.examples[0].texts == ["sentence": "The sailors rode the breeze clear of the rocks."])
        #expect(cola.examples[0].source.hasSuffix("glue/CoLA/dev.tsv:1"))
        // WSC keeps its span indices as text.
        let wsc = try TaskData.load(try task("wsc"), split: .dev, dataDir: nil, shippedDataDir: data, skipBadRows: false)
        #expect(wsc.examples[0].texts["span1_index"] == "32" && wsc.examples[0].texts["span2_text"] == "him")
    }
}
