import Foundation
import Support

/// A BERT WordPiece tokenizer as Hugging Face `tokenizers` runs it: BertNormalizer,
/// BertPreTokenizer, greedy longest-match-first WordPiece with `##` continuations (a word longer
/// than `maxInputCharsPerWord` or with an unmatchable rest becomes `[UNK]`), then
/// `[CLS] a [SEP]` / `[CLS] a [SEP] b [SEP]` with token type ids and longest-first truncation.
public struct WordPieceTokenizer: Sendable {
    public struct Encoding: Equatable, Sendable {
        public var ids: [Int32]
        public var typeIDs: [Int32]
        public var attentionMask: [Int32] { [Int32](repeating: 1, count: ids.count) }
    }

    public let normalizer: BertNormalizer
    public let continuingPrefix: String
    public let maxInputCharsPerWord: Int
    public let unknownID: Int32
    public let clsID: Int32
    public let sepID: Int32
    public let padID: Int32
    /// Vocabulary keyed by UTF-8 bytes: Swift `String` equality is canonical equivalence, which
    /// would merge entries the Rust tokenizer keeps apart.
    private let vocab: [[UInt8]: Int32]
    private let tokens: [Int32: String]

    public var vocabularySize: Int { vocab.count }

    public init(vocab: [String: Int32], normalizer: BertNormalizer = BertNormalizer(), unknownToken: String = "[UNK]",
                continuingPrefix: String = "##", maxInputCharsPerWord: Int = 100, file: String = "vocab") throws {
        var byBytes: [[UInt8]: Int32] = [:]
        for (token, id) in vocab { byBytes[Array(token.utf8)] = id }
        func id(_ token: String) throws -> Int32 {
            guard let id = byBytes[Array(token.utf8)] else {
                throw CheckpointError(.malformedTokenizer, file: file, "the vocabulary has no '\(token)' token")
            }
            return id
        }
        self.vocab = byBytes
        tokens = Dictionary(vocab.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        self.normalizer = normalizer
        self.continuingPrefix = continuingPrefix
        self.maxInputCharsPerWord = maxInputCharsPerWord
        unknownID = try id(unknownToken)
        clsID = try id("[CLS]")
        sepID = try id("[SEP]")
        padID = (try? id("[PAD]")) ?? 0
    }

    /// Reads `tokenizer.json` (preferred) or `vocab.txt` from a folder, or either file itself.
    public init(path: String) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard exists else { throw CheckpointError(.unreadable, file: path, "no such file or folder") }
        var file = path
        if isDirectory.boolValue {
            let folder = URL(fileURLWithPath: path)
            let json = folder.appendingPathComponent("tokenizer.json").path
            file = FileManager.default.fileExists(atPath: json) ? json : folder.appendingPathComponent("vocab.txt").path
        }
        if file.hasSuffix(".json") { try self.init(tokenizerJSON: file) } else { try self.init(vocabTXT: file) }
    }

    /// `vocab.txt`: one token per line, id = line number; BERT-uncased normalization.
    public init(vocabTXT path: String, lowercase: Bool = true) throws {
        guard let text = String(data: try readModelFile(path), encoding: .utf8) else {
            throw CheckpointError(.unreadable, file: path, "cannot read as UTF-8 text")
        }
        var vocab: [String: Int32] = [:]
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let token = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if !token.isEmpty, vocab[token] == nil { vocab[token] = Int32(i) }
        }
        try self.init(vocab: vocab, normalizer: BertNormalizer(lowercase: lowercase), file: path)
    }

    /// `tokenizer.json` with a WordPiece model (and a BertNormalizer, when present).
    public init(tokenizerJSON path: String) throws {
        let json = try JSONValue.load(path: path, kind: .malformedTokenizer)
        func fail(_ detail: String) -> CheckpointError { CheckpointError(.malformedTokenizer, file: path, detail) }
        guard let model = json["model"], model["type"]?.stringValue == "WordPiece" else {
            throw fail("model.type is not WordPiece")
        }
        guard let entries = model["vocab"]?.objectValue else { throw fail("model.vocab is missing") }
        var vocab: [String: Int32] = [:]
        for (token, value) in entries {
            guard let id = value.intValue, let id32 = Int32(exactly: id), id32 >= 0 else {
                throw fail("model.vocab['\(token)'] is not a token id")
            }
            vocab[token] = id32
        }
        var normalizer = BertNormalizer()
        if let n = json["normalizer"], n["type"]?.stringValue == "BertNormalizer" {
            normalizer = BertNormalizer(cleanText: n["clean_text"]?.boolValue ?? true,
                                        handleChineseChars: n["handle_chinese_chars"]?.boolValue ?? true,
                                        stripAccents: n["strip_accents"]?.boolValue,
                                        lowercase: n["lowercase"]?.boolValue ?? true)
        } else if let n = json["normalizer"], !n.isNull {
            throw fail("normalizer type '\(n["type"]?.stringValue ?? "?")' is not supported (BertNormalizer)")
        }
        try self.init(vocab: vocab, normalizer: normalizer,
                      unknownToken: model["unk_token"]?.stringValue ?? "[UNK]",
                      continuingPrefix: model["continuing_subword_prefix"]?.stringValue ?? "##",
                      maxInputCharsPerWord: model["max_input_chars_per_word"]?.intValue ?? 100, file: path)
    }

    // MARK: Encoding

    /// WordPiece ids for `text`, without special tokens.
    public func tokenize(_ text: String) -> [Int32] {
        var ids: [Int32] = []
        for word in BertNormalizer.preTokenize(normalizer.normalize(text)) { appendPieces(of: word, to: &ids) }
        return ids
    }

    private func appendPieces(of word: [Unicode.Scalar], to ids: inout [Int32]) {
        guard word.count <= maxInputCharsPerWord else { ids.append(unknownID); return }
        let prefix = Array(continuingPrefix.utf8)
        var pieces: [Int32] = []
        var start = 0
        while start < word.count {
            var end = word.count
            var found: Int32?
            while start < end {
                var key = start > 0 ? prefix : []
                for c in word[start..<end] { key.append(contentsOf: String(c).utf8) }
                if let id = vocab[key] { found = id; break }
                end -= 1
            }
            guard let id = found else { ids.append(unknownID); return }
            pieces.append(id)
            start = end
        }
        ids += pieces
    }

    /// `[CLS] a [SEP]` or `[CLS] a [SEP] b [SEP]` (type ids 0 for a, 1 for b and its [SEP]),
    /// truncated longest-first so the whole fits `maxLength` when given.
    public func encode(_ a: String, _ b: String? = nil, maxLength: Int? = nil) -> Encoding {
        var first = tokenize(a)
        var second = b.map(tokenize)
        if let maxLength {
            let budget = max(0, maxLength - (second == nil ? 2 : 3))
            Self.truncateLongestFirst(&first, &second, to: budget)
        }
        var ids = [clsID] + first + [sepID]
        var types = [Int32](repeating: 0, count: ids.count)
        if let second {
            ids += second + [sepID]
            types += [Int32](repeating: 1, count: second.count + 1)
        }
        return Encoding(ids: ids, typeIDs: types)
    }

    /// `tokenizers`' LongestFirst: keep the shorter sequence whole when the longer can absorb the
    /// cut, else split the budget evenly (the odd token to the second).
    static func truncateLongestFirst(_ a: inout [Int32], _ b: inout [Int32]?, to budget: Int) {
        guard var other = b else {
            if a.count > budget { a.removeLast(a.count - budget) }
            return
        }
        guard a.count + other.count > budget else { return }
        let swap = a.count > other.count
        var n1 = min(a.count, other.count)
        var n2 = max(a.count, other.count)
        n2 = n1 > budget ? n1 : max(n1, budget - n1)
        if n1 + n2 > budget {
            n1 = budget / 2
            n2 = n1 + budget % 2
        }
        let (na, nb) = swap ? (n2, n1) : (n1, n2)
        if a.count > na { a.removeLast(a.count - na) }
        if other.count > nb { other.removeLast(other.count - nb) }
        b = other
    }

    public func token(_ id: Int32) -> String? { tokens[id] }
}
