import Foundation
import Testing
@testable import Models

@Suite("WordPiece / MiniLM tokenizer")
struct WordPieceTests {
    static var folder: String { Fixtures.repository.appendingPathComponent("models/minilm-l6").path }
    static var available: Bool { FileManager.default.fileExists(atPath: folder + "/tokenizer.json") }

    static func tokenizer() throws -> WordPieceTokenizer { try WordPieceTokenizer(path: folder) }

    /// A small hand-made vocabulary, so these checks run without the fetched model.
    static func tiny() throws -> WordPieceTokenizer {
        let tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "cat", "sat", "un", "##aff", "##able", ",", "!",
                      "hello", "world", "你", "好", "cafe", "."]
        return try WordPieceTokenizer(vocab: Dictionary(uniqueKeysWithValues: tokens.enumerated().map { ($1, Int32($0)) }))
    }

    @Test("normalizer: clean text, CJK spacing, accents, lowercase; punctuation split")
    func normalizerAndSplit() throws {
        let n = BertNormalizer()
        #expect(n.normalize("Héllo\u{0}\tWörld\u{200B}你好") == "hello world 你  好 ")
        let words = BertNormalizer.preTokenize("hello, world!! a$b").map { String(String.UnicodeScalarView($0)) }
        #expect(words == ["hello", ",", "world", "!", "!", "a", "$", "b"])
    }

    @Test("wordpiece: ## continuations, [UNK] for unmatchable or over-long words")
    func wordPieces() throws {
        let t = try Self.tiny()
        #expect(t.tokenize("The unaffable cat") == [4, 7, 8, 9, 5])
        #expect(t.tokenize("Café, 你好!") == [16, 10, 14, 15, 11])
        #expect(t.tokenize("unaffx") == [1], "a word whose rest cannot match is one [UNK]")
        #expect(t.tokenize(String(repeating: "a", count: 101) + " cat") == [1, 5])
    }

    @Test("pairs: [CLS] a [SEP] b [SEP] with token types, longest-first truncation")
    func pairs() throws {
        let t = try Self.tiny()
        let e = t.encode("the cat sat", "hello world")
        #expect(e.ids == [2, 4, 5, 6, 3, 12, 13, 3])
        #expect(e.typeIDs == [0, 0, 0, 0, 0, 1, 1, 1])
        #expect(t.encode("the cat").ids == [2, 4, 5, 3] && t.encode("the cat").typeIDs == [0, 0, 0, 0])
        // Budget 7 − 3 = 4: the shorter b (2 tokens) stays whole, the longer a is cut to 2.
        #expect(t.encode("the cat sat", "hello world", maxLength: 7).ids == [2, 4, 5, 3, 12, 13, 3])
        #expect(t.encode("the cat sat", maxLength: 3).ids == [2, 4, 3])
    }

    @Test("parity with the tokenizers package on every shipped GLUE sentence (MiniLM)")
    func glueParity() throws {
        guard Self.available else { print("skipped: models/minilm-l6 is absent (run tools/fetch-minilm.sh)"); return }
        let t = try Self.tokenizer()
        let sentences = try GlueSentences.all()
        let golden = try GoldenLine.load("tokenizers/minilm_glue.txt")
        try #require(sentences.count == golden.count, "golden has \(golden.count) lines, data \(sentences.count)")
        var mismatches = 0
        for (i, (file, text)) in sentences.enumerated() {
            let ids = t.encode(text).ids
            if !golden[i].matches(ids) {
                mismatches += 1
                if mismatches <= 5 { print("MiniLM mismatch \(file): \(text) → \(ids) want \(golden[i].ids ?? [])") }
            }
        }
        print("MiniLM tokenizer parity: \(sentences.count) sentences, \(mismatches) mismatches")
        #expect(mismatches == 0)
    }

    @Test("MRPC dev pairs match the tokenizers package, untruncated and truncated to 64")
    func pairParity() throws {
        guard Self.available else { print("skipped: models/minilm-l6 is absent"); return }
        let t = try Self.tokenizer()
        let rows = try GlueSentences.rows("MRPC/dev.tsv", header: true)
        let text = try String(contentsOfFile: Fixtures.path("tokenizers/minilm_pairs.txt"), encoding: .utf8)
        let golden = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        try #require(golden.count == rows.count)
        var mismatches = 0
        for (row, line) in zip(rows, golden) {
            let f = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let want = line.components(separatedBy: " | ").map { $0.split(separator: " ").compactMap { Int32($0) } }
            let full = t.encode(f[3], f[4])
            let cut = t.encode(f[3], f[4], maxLength: 64)
            if [full.ids, full.typeIDs, cut.ids, cut.typeIDs] != want { mismatches += 1 }
        }
        print("MiniLM pair parity: \(rows.count) pairs, \(mismatches) mismatches")
        #expect(mismatches == 0)
    }

    @Test("the MiniLM golden's token ids come out of our tokenizer")
    func goldenSentences() throws {
        guard Self.available else { print("skipped: models/minilm-l6 is absent"); return }
        let t = try Self.tokenizer()
        let golden = try Fixtures.json("minilm-l6/golden.json")
        let sentences = golden["sentences"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let ids = golden["input_ids"]?["data"]?.arrayValue?.compactMap(\.intValue).map(Int32.init) ?? []
        let width = ids.count / max(sentences.count, 1)
        try #require(sentences.count == 3 && width > 0)
        for (i, s) in sentences.enumerated() {
            let row = Array(ids[(i * width)..<((i + 1) * width)])
            var mine = t.encode(s).ids
            mine += [Int32](repeating: t.padID, count: width - mine.count)
            #expect(mine == row, "\(s)")
        }
    }

    @Test("a tokenizer.json that is not WordPiece is refused by name")
    func wrongModel() throws {
        let path = Fixtures.repository.appendingPathComponent("data/t5-vocab/tokenizer.json").path
        expectCheckpointError(.malformedTokenizer, ["tokenizer.json", "not WordPiece"]) {
            _ = try WordPieceTokenizer(path: path)
        }
    }
}
