import Foundation
import Support

extension SentencePieceModel {
    /// A SentencePiece unigram model rebuilt from a Hugging Face `tokenizer.json` (model type
    /// Unigram): pieces and scores from `model.vocab`, the unknown piece from `unk_id`, special
    /// added tokens as control pieces, the precompiled charsmap from the `Precompiled` normalizer,
    /// and the dummy prefix from the `Metaspace` pre-tokenizer. Encoding then follows
    /// `sentencepiece` exactly, as for `spiece.model`. Trailing `<extra_id_N>` entries are left
    /// out of the pieces and returned as the sentinel count.
    public static func load(tokenizerJSON path: String) throws -> (model: SentencePieceModel, sentinels: Int) {
        let json = try JSONValue.load(path: path, kind: .malformedTokenizer)
        func fail(_ detail: String) -> CheckpointError { CheckpointError(.malformedTokenizer, file: path, detail) }
        guard let model = json["model"], model["type"]?.stringValue == "Unigram" else {
            throw fail("model.type is not Unigram")
        }
        guard model["byte_fallback"]?.boolValue != true else { throw fail("byte-fallback models are not supported") }
        guard let vocab = model["vocab"]?.arrayValue, !vocab.isEmpty else { throw fail("model.vocab is missing") }
        guard let unk = model["unk_id"]?.intValue, unk >= 0, unk < vocab.count else {
            throw fail("model.unk_id is missing or outside the vocabulary")
        }
        var pieces: [Piece] = []
        for (i, entry) in vocab.enumerated() {
            guard let pair = entry.arrayValue, pair.count == 2, let text = pair[0].stringValue,
                  let score = pair[1].doubleValue else {
                throw fail("model.vocab[\(i)] is not a [piece, score] pair")
            }
            pieces.append(Piece(text: text, score: Float(score), type: i == unk ? .unknown : .normal))
        }
        var firstSentinel = pieces.count
        for token in json["added_tokens"]?.arrayValue ?? [] {
            guard let id = token["id"]?.intValue, id >= 0, id < pieces.count,
                  token["special"]?.boolValue == true else { continue }
            if pieces[id].type != .unknown { pieces[id].type = .control }
            if token["content"]?.stringValue?.hasPrefix("<extra_id_") == true { firstSentinel = min(firstSentinel, id) }
        }
        var result = SentencePieceModel(pieces: Array(pieces[..<firstSentinel]))
        result.precompiledCharsMap = try precompiledCharsMap(in: json["normalizer"], fail: fail)
        result.addDummyPrefix = dummyPrefix(in: json["pre_tokenizer"])
        return (result, pieces.count - firstSentinel)
    }

    init(pieces: [Piece]) {
        self.pieces = pieces
    }

    private static func precompiledCharsMap(in normalizer: JSONValue?, fail: (String) -> CheckpointError) throws -> [UInt8] {
        guard let normalizer, !normalizer.isNull else { return [] }
        let candidates = normalizer["normalizers"]?.arrayValue ?? [normalizer]
        guard let precompiled = candidates.first(where: { $0["type"]?.stringValue == "Precompiled" }) else { return [] }
        guard let text = precompiled["precompiled_charsmap"]?.stringValue,
              let data = Data(base64Encoded: text) else {
            throw fail("normalizer Precompiled has no valid base64 precompiled_charsmap")
        }
        return Array(data)
    }

    private static func dummyPrefix(in preTokenizer: JSONValue?) -> Bool {
        guard let preTokenizer, !preTokenizer.isNull else { return true }
        let candidates = preTokenizer["pretokenizers"]?.arrayValue ?? [preTokenizer]
        guard let metaspace = candidates.first(where: { $0["type"]?.stringValue == "Metaspace" }) else { return true }
        if let scheme = metaspace["prepend_scheme"]?.stringValue { return scheme != "never" }
        return metaspace["add_prefix_space"]?.boolValue ?? true
    }
}
