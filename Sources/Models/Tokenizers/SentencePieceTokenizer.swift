/// A SentencePiece unigram tokenizer that encodes exactly like the `sentencepiece` package:
/// the model's precompiled normalizer, whitespace handling (strip and collapse spaces, dummy
/// prefix, ' ' → '▁'), Viterbi over the pieces' scores on the normalized UTF-8 bytes, unknown
/// characters scored `min score − 10` and consecutive unknowns merged into one unk id.
/// Byte fallback is not supported (T5's model has it off; such models are refused).
public struct SentencePieceTokenizer: Sendable {
    public let model: SentencePieceModel
    public let unknownID: Int32
    private let charsMap: PrecompiledCharsMap?
    private let trie: PieceTrie
    private let unknownScore: Float
    /// User-defined pieces score `length · max score − 0.1` so they always win, as in sentencepiece.
    private let maxScore: Float
    static let space: [UInt8] = Array("\u{2581}".utf8)  // '▁'

    public init(model: SentencePieceModel, file: String = "spiece.model") throws {
        guard !model.byteFallback else {
            throw CheckpointError(.malformedTokenizer, file: file, "byte-fallback models are not supported")
        }
        guard !model.treatWhitespaceAsSuffix else {
            throw CheckpointError(.malformedTokenizer, file: file, "treat_whitespace_as_suffix is not supported")
        }
        self.model = model
        do {
            charsMap = model.precompiledCharsMap.isEmpty ? nil : try PrecompiledCharsMap(model.precompiledCharsMap)
        } catch let error as PrecompiledCharsMap.Invalid {
            throw CheckpointError(.malformedTokenizer, file: file, error.reason)
        }
        // Only normal, user-defined and unused pieces are matchable; the scores' floor sets the unk penalty.
        var trie = PieceTrie()
        var minScore = Float.greatestFiniteMagnitude
        var maxScore = -Float.greatestFiniteMagnitude
        var unknown: Int32 = -1
        for (id, piece) in model.pieces.enumerated() {
            switch piece.type {
            case .normal:
                minScore = min(minScore, piece.score)
                maxScore = max(maxScore, piece.score)
                trie.insert(Array(piece.text.utf8), id: Int32(id))
            case .userDefined, .unused: trie.insert(Array(piece.text.utf8), id: Int32(id))
            case .unknown: if unknown < 0 { unknown = Int32(id) }
            case .control, .byte: continue
            }
        }
        self.trie = trie
        unknownID = unknown
        unknownScore = minScore - 10
        self.maxScore = maxScore
    }

    public init(path: String) throws {
        try self.init(model: SentencePieceModel.load(path: path), file: path)
    }

    public var pieceCount: Int { model.pieces.count }

    // MARK: Normalization

    /// The normalized UTF-8 bytes `sentencepiece` runs Viterbi over (with '▁' for spaces).
    public func normalize(_ text: String) -> [UInt8] {
        let input = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(input.count + 8)
        var i = 0
        if model.removeExtraWhitespaces {
            // Leading whitespace (after normalization) is dropped.
            while i < input.count {
                let (piece, consumed) = normalizedPrefix(input, at: i)
                guard piece.elementsEqual([0x20]) else { break }
                i += consumed
            }
        }
        guard i < input.count else { return [] }
        if model.addDummyPrefix { out += model.escapeWhitespaces ? Self.space : [0x20] }
        var previousWasSpace = model.removeExtraWhitespaces
        while i < input.count {
            let (piece, consumed) = normalizedPrefix(input, at: i)
            var s = piece
            while previousWasSpace, s.first == 0x20 { s = s.dropFirst() }
            if !s.isEmpty {
                for byte in s {
                    if model.escapeWhitespaces && byte == 0x20 { out += Self.space } else { out.append(byte) }
                }
                previousWasSpace = s.last == 0x20
            }
            i += consumed
        }
        if model.removeExtraWhitespaces {
            let tail = model.escapeWhitespaces ? Self.space : [0x20]
            while out.count >= tail.count && out.suffix(tail.count).elementsEqual(tail) { out.removeLast(tail.count) }
        }
        return out
    }

    /// One normalization step at `i`: (replacement bytes, input bytes consumed).
    private func normalizedPrefix(_ input: [UInt8], at i: Int) -> (ArraySlice<UInt8>, Int) {
        if let charsMap, let match = charsMap.longestMatch(input, from: i),
           let replacement = charsMap.replacement(at: match.value) {
            return (replacement, match.length)
        }
        guard let n = UTF8Scan.characterLength(input, at: i) else { return (Self.replacementCharacter, 1) }
        return (input[i..<(i + n)], n)
    }

    static let replacementCharacter: ArraySlice<UInt8> = [0xEF, 0xBF, 0xBD]

    // MARK: Encoding

    /// Piece ids for `text` (no end-of-sequence id; the model wrappers add theirs).
    public func encode(_ text: String) -> [Int32] {
        viterbi(normalize(text))
    }

    private struct BestPath { var id: Int32 = -1; var score: Float = 0; var start = -1 }

    func viterbi(_ s: [UInt8]) -> [Int32] {
        let size = s.count
        guard size > 0 else { return [] }
        var best = [BestPath](repeating: BestPath(), count: size + 1)
        var start = 0
        while start < size {
            let scoreHere = best[start].score
            let charLength = min(UTF8Scan.leadLength(s[start]), size - start)
            var coveredOneChar = false
            trie.forEachPrefix(of: s, from: start) { end, id in
                let piece = model.pieces[Int(id)]
                if piece.type == .unused { return }
                let length = end - start
                let score = piece.type == .userDefined ? Float(length) * maxScore - 0.1 + scoreHere : piece.score + scoreHere
                if best[end].start == -1 || score > best[end].score {
                    best[end] = BestPath(id: id, score: score, start: start)
                }
                if length == charLength { coveredOneChar = true }
            }
            if !coveredOneChar {
                let end = start + charLength
                let score = unknownScore + scoreHere
                if best[end].start == -1 || score > best[end].score {
                    best[end] = BestPath(id: unknownID, score: score, start: start)
                }
            }
            start += charLength
        }
        var ids: [Int32] = []
        var end = size
        while end > 0 {
            let node = best[end]
            // Consecutive unknown pieces merge into one, as sentencepiece's encoder does.
            if !(node.id == unknownID && ids.last == unknownID) { ids.append(node.id) }
            end = node.start
        }
        return ids.reversed()
    }

    // MARK: Decoding

    /// Text for ids: pieces joined, '▁' as space, the dummy prefix's leading space dropped;
    /// control pieces decode to nothing and unknowns to " ⁇ ".
    public func decode(_ ids: [Int32]) -> String {
        var text = ids.map { surface($0) }.joined()
        if model.addDummyPrefix, text.hasPrefix(" ") { text.removeFirst() }
        return text
    }

    /// One piece's text with '▁' as a space ("" for control pieces and ids outside the model).
    public func surface(_ id: Int32) -> String {
        guard id >= 0, Int(id) < model.pieces.count else { return "" }
        let piece = model.pieces[Int(id)]
        switch piece.type {
        case .control: return ""
        case .unknown: return " \u{2047} "
        default: return piece.text.replacingOccurrences(of: "\u{2581}", with: " ")
        }
    }
}

/// Byte trie over the pieces, one hash lookup per byte: (node << 8 | byte) → child.
struct PieceTrie: Sendable {
    private var children: [Int: Int32] = [:]
    private var ids: [Int32] = [-1]

    mutating func insert(_ bytes: [UInt8], id: Int32) {
        var node = 0
        for b in bytes {
            let key = node << 8 | Int(b)
            if let child = children[key] {
                node = Int(child)
            } else {
                ids.append(-1)
                children[key] = Int32(ids.count - 1)
                node = ids.count - 1
            }
        }
        if ids[node] < 0 { ids[node] = id }
    }

    /// Calls `body(end, id)` for every piece that is a prefix of `s[start...]`, shortest first.
    func forEachPrefix(of s: [UInt8], from start: Int, _ body: (Int, Int32) -> Void) {
        var node = 0
        var i = start
        while i < s.count, let child = children[node << 8 | Int(s[i])] {
            node = Int(child)
            i += 1
            if ids[node] >= 0 { body(i, ids[node]) }
        }
    }
}
