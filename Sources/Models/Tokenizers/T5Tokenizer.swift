import Foundation

/// T5's tokenizer: SentencePiece ids followed by `</s>`, plus the `<extra_id_N>` sentinels that
/// Hugging Face appends after the SentencePiece vocabulary (id = pieces + extraIDs − 1 − N,
/// 32099 − N for T5).
public struct T5Tokenizer: Sendable {
    public let pieces: SentencePieceTokenizer
    public let extraIDs: Int
    public var padID: Int32 { 0 }
    public var eosID: Int32 { 1 }
    public var unknownID: Int32 { pieces.unknownID }
    /// Vocabulary size including the sentinels (32100 for T5).
    public var vocabularySize: Int { pieces.pieceCount + extraIDs }

    public init(pieces: SentencePieceTokenizer, extraIDs: Int = 100) {
        self.pieces = pieces
        self.extraIDs = extraIDs
    }

    /// Reads `spiece.model` (preferred) or `tokenizer.json` from a model folder, or either file.
    public init(path: String, extraIDs: Int = 100) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CheckpointError(.unreadable, file: path, "no such file or folder")
        }
        var file = path
        if isDirectory.boolValue {
            let folder = URL(fileURLWithPath: path)
            file = folder.appendingPathComponent("spiece.model").path
            let json = folder.appendingPathComponent("tokenizer.json").path
            if !FileManager.default.fileExists(atPath: file) && FileManager.default.fileExists(atPath: json) { file = json }
        }
        if file.hasSuffix(".json") {
            let (model, sentinels) = try SentencePieceModel.load(tokenizerJSON: file)
            try self.init(pieces: SentencePieceTokenizer(model: model, file: file), extraIDs: sentinels)
        } else {
            try self.init(pieces: SentencePieceTokenizer(path: file), extraIDs: extraIDs)
        }
    }

    public func sentinelID(_ n: Int) -> Int32? {
        guard n >= 0, n < extraIDs else { return nil }
        return Int32(vocabularySize - 1 - n)
    }

    /// Ids for `text` with `</s>` appended. Literal `<extra_id_N>` markers in the text become
    /// their sentinel ids; the text between them is encoded piece by piece.
    public func encode(_ text: String, addEOS: Bool = true) -> [Int32] {
        var ids: [Int32] = []
        var segmentStart = text.startIndex
        var searchFrom = text.startIndex
        while let marker = text.range(of: "<extra_id_", range: searchFrom..<text.endIndex) {
            let digits = text[marker.upperBound...].prefix { $0.isASCII && $0.isNumber }
            let close = digits.endIndex
            searchFrom = marker.upperBound
            guard !digits.isEmpty, close < text.endIndex, text[close] == ">", let n = Int(digits),
                  let sentinel = sentinelID(n) else { continue }  // not a sentinel: stays text
            ids += pieces.encode(String(text[segmentStart..<marker.lowerBound]))
            ids.append(sentinel)
            segmentStart = text.index(after: close)
            searchFrom = segmentStart
        }
        ids += pieces.encode(String(text[segmentStart...]))
        if addEOS { ids.append(eosID) }
        return ids
    }

    /// Text for ids, stopping at `</s>`, skipping padding, sentinels shown as `<extra_id_N>`.
    public func decode(_ ids: [Int32]) -> String {
        var text = ""
        for id in ids {
            if id == eosID { break }
            if id == padID { continue }
            text += Int(id) >= pieces.pieceCount ? "<extra_id_\(vocabularySize - 1 - Int(id))>" : pieces.surface(id)
        }
        if pieces.model.addDummyPrefix, text.hasPrefix(" ") { text.removeFirst() }
        return text
    }
}
