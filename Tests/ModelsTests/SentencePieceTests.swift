import Foundation
import Testing
@testable import Models

@Suite("SentencePiece / T5 tokenizer")
struct SentencePieceTests {
    static func t5() throws -> T5Tokenizer {
        try T5Tokenizer(path: Fixtures.repository.appendingPathComponent("data/t5-vocab").path)
    }

    @Test("spiece.model parses: 32,000 pieces, unigram, nmt_nfkc, unk id 2")
    func parsesModel() throws {
        let t5 = try Self.t5()
        #expect(t5.pieces.pieceCount == 32000)
        #expect(t5.pieces.model.normalizerName == "nmt_nfkc")
        #expect(!t5.pieces.model.precompiledCharsMap.isEmpty)
        #expect(t5.unknownID == 2 && t5.vocabularySize == 32100)
        #expect(t5.pieces.model.pieces[1].text == "</s>" && t5.pieces.model.pieces[1].type == .control)
    }

    @Test("known encodings (from the sentencepiece package)")
    func knownEncodings() throws {
        let t5 = try Self.t5()
        // sp.encode(...) in Python, sentencepiece 0.2.x
        #expect(t5.pieces.encode("Hello   there.") == [8774, 132, 5])
        #expect(t5.pieces.encode("你好你") == [3, 2], "consecutive unknown characters merge into one unk")
        #expect(t5.pieces.encode("你好 world  ünïcode ½ ﬁ  ") == [3, 2, 296, 3, 1272, 29, 2, 4978, 209, 2, 357, 361])
        #expect(t5.pieces.encode("") == [] && t5.pieces.encode("   ") == [])
        #expect(t5.encode("Hello   there.") == [8774, 132, 5, 1])
    }

    @Test("normalization: NFKC via the precompiled map, whitespace collapsed, ▁ for spaces")
    func normalization() throws {
        let t5 = try Self.t5()
        let n = String(decoding: t5.pieces.normalize("  ﬁne   ｔｅｘｔ  "), as: UTF8.self)
        #expect(n == "▁fine▁text")
    }

    @Test("sentinels are vocab − 1 − N and survive a round trip")
    func sentinels() throws {
        let t5 = try Self.t5()
        #expect(t5.sentinelID(0) == 32099 && t5.sentinelID(99) == 32000 && t5.sentinelID(100) == nil)
        let ids = t5.encode("The <extra_id_0> walks in <extra_id_1> park")
        #expect(ids.contains(32099) && ids.contains(32098) && ids.last == 1)
        #expect(t5.encode("<extra_id_7>", addEOS: false) == [32092])
        #expect(t5.decode(ids) == "The<extra_id_0> walks in<extra_id_1> park")
        #expect(t5.encode("<extra_id_200>", addEOS: false) == t5.pieces.encode("<extra_id_200>"))
    }

    @Test("decode inverts encode on plain text")
    func decode() throws {
        let t5 = try Self.t5()
        let text = "The sailors rode the breeze clear of the rocks."
        #expect(t5.decode(t5.encode(text)) == text)
    }

    @Test("parity with the sentencepiece package on every shipped GLUE sentence")
    func glueParity() throws {
        let t5 = try Self.t5()
        let sentences = try GlueSentences.all()
        let golden = try GoldenLine.load("tokenizers/t5_glue.txt")
        try #require(sentences.count == golden.count, "golden has \(golden.count) lines, data \(sentences.count)")
        var mismatches = 0
        for (i, (file, text)) in sentences.enumerated() where !golden[i].matches(t5.pieces.encode(text)) {
            mismatches += 1
            if mismatches <= 5 { print("T5 mismatch \(file): \(text) → \(t5.pieces.encode(text)) want \(golden[i].ids ?? [])") }
        }
        print("T5 tokenizer parity: \(sentences.count) sentences, \(mismatches) mismatches")
        #expect(mismatches == 0)
    }

    @Test("tokenizer.json (Unigram) encodes like spiece.model on every GLUE dev sentence")
    func tokenizerJSON() throws {
        let fromModel = try Self.t5()
        let fromJSON = try T5Tokenizer(path: Fixtures.repository.appendingPathComponent("data/t5-vocab/tokenizer.json").path)
        #expect(fromJSON.pieces.pieceCount == 32000 && fromJSON.extraIDs == 100 && fromJSON.sentinelID(0) == 32099)
        #expect(fromJSON.unknownID == 2)
        let dev = try GlueSentences.all().filter { $0.file.hasSuffix("dev.tsv") }
        let golden = try GoldenLine.load("tokenizers/t5_glue.txt").filter { $0.ids != nil }
        try #require(dev.count == golden.count && dev.count > 2000)
        var mismatches = 0
        for ((_, text), want) in zip(dev, golden) where fromJSON.encode(text, addEOS: false) != want.ids {
            mismatches += 1
        }
        #expect(fromJSON.encode("Hello <extra_id_3> there") == fromModel.encode("Hello <extra_id_3> there"))
        print("T5 tokenizer.json parity: \(dev.count) dev sentences, \(mismatches) mismatches")
        #expect(mismatches == 0)
    }

    @Test("a corrupt spiece.model is an error naming the file")
    func corruptModel() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("spiece.model").path
            _ = FileManager.default.createFile(atPath: path, contents: Data([0x0A, 0xFF, 0xFF, 0x03]))
            expectCheckpointError(.malformedTokenizer, ["spiece.model", "runs past the end"]) {
                _ = try SentencePieceTokenizer(path: path)
            }
        }
    }
}
