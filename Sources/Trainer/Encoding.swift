import Foundation
import Models
import Support
import Tasks

/// One example as token ids, ready to be batched.
public struct EncodedExample: Sendable {
    /// Position in its split (predictions are reported by it).
    public var index: Int
    public var ids: [Int32]                  // (n) input tokens, n ≤ max length
    public var typeIDs: [Int32]              // (n) BERT token types; empty for T5
    public var target: [Int32]               // (T) T5 target tokens, EOS included, −100 padded; empty for BERT
    public var label: Label?
    public var group: Int?
}

/// The backbone's tokenizer and how a task's example becomes model input: T5 reads the text-to-text
/// template and decodes label words; the BERT-family encoder reads the sentence (pair) and predicts
/// through its head.
public enum TextCodec: Sendable {
    case t5(T5Tokenizer)
    case wordPiece(WordPieceTokenizer)

    /// The tokenizer of `folder` (T5: `spiece.model` or `tokenizer.json`, else the standard T5
    /// vocabulary in `fallbackT5Vocabulary` — every T5 checkpoint shares it; BERT: `tokenizer.json`
    /// or `vocab.txt`). Returns a note when the fallback was used.
    public static func load(for folder: ModelFolder, fallbackT5Vocabulary: String?) throws -> (TextCodec, String?) {
        let fm = FileManager.default
        switch folder.config {
        case .t5:
            let own = ["spiece.model", "tokenizer.json"].map { folder.path + "/" + $0 }
            if own.contains(where: { fm.fileExists(atPath: $0) }) {
                return (.t5(try T5Tokenizer(path: folder.path)), nil)
            }
            guard let fallback = fallbackT5Vocabulary, fm.fileExists(atPath: fallback) else {
                throw UserError("\(folder.path): no spiece.model or tokenizer.json, and the standard T5 vocabulary "
                                   + "(data/t5-vocab/spiece.model) was not found")
            }
            return (.t5(try T5Tokenizer(path: fallback)), "tokenizer: \(folder.path) has none; using \(fallback)")
        case .bert:
            let own = ["tokenizer.json", "vocab.txt"].map { folder.path + "/" + $0 }
            guard own.contains(where: { fm.fileExists(atPath: $0) }) else {
                throw UserError("\(folder.path): no tokenizer.json or vocab.txt for the BERT-family tokenizer")
            }
            return (.wordPiece(try WordPieceTokenizer(path: folder.path)), nil)
        }
    }

    public var isT5: Bool { if case .t5 = self { return true } else { return false } }
    public var padID: Int32 {
        switch self {
        case .t5(let t): return t.padID
        case .wordPiece(let t): return t.padID
        }
    }
    public var vocabularySize: Int {
        switch self {
        case .t5(let t): return t.vocabularySize
        case .wordPiece(let t): return t.vocabularySize
        }
    }
    /// Ids that are not text (padding, EOS, [CLS], [SEP], [UNK]): never used to initialize a prompt.
    public var specialIDs: Set<Int32> {
        switch self {
        case .t5(let t): return [t.padID, t.eosID, t.unknownID]
        case .wordPiece(let t): return [t.padID, t.clsID, t.sepID, t.unknownID]
        }
    }

    /// Input ids (and BERT token types) for `example`, at most `maxLength` tokens (T5 keeps its EOS).
    public func input(_ example: Example, task: TaskDefinition, maxLength: Int?) -> (ids: [Int32], types: [Int32]) {
        switch self {
        case .t5(let t):
            var ids = t.encode(task.t5Input(example))
            if let maxLength, ids.count > maxLength { ids = Array(ids.prefix(maxLength - 1)) + [t.eosID] }
            return (ids, [])
        case .wordPiece(let t):
            let (a, b) = task.encoderTexts(example)
            let e = t.encode(a, b, maxLength: maxLength)
            return (e.ids, e.typeIDs)
        }
    }

    /// T5 target ids of a label (EOS included), unpadded.
    public func target(_ label: Label, task: TaskDefinition) -> [Int32] {
        guard case .t5(let t) = self else { return [] }
        return t.encode(task.t5Target(label))
    }

    /// Generated T5 tokens back to text.
    public func text(_ tokens: [Int32]) -> String {
        guard case .t5(let t) = self else { return "" }
        return t.decode(tokens)
    }

    /// Every example of a split, encoded. `targetLength` pads T5 targets with −100 (ignored by the loss).
    public func encode(_ examples: [Example], task: TaskDefinition, maxLength: Int, targetLength: Int) -> [EncodedExample] {
        examples.enumerated().map { i, e in
            let (ids, types) = input(e, task: task, maxLength: maxLength)
            var target: [Int32] = []
            if isT5, let label = e.label {
                target = Array(self.target(label, task: task).prefix(targetLength))
                target += [Int32](repeating: -100, count: targetLength - target.count)
            } else if isT5 {
                target = [Int32](repeating: -100, count: targetLength)
            }
            return EncodedExample(index: i, ids: ids, typeIDs: types, target: target, label: e.label, group: e.group)
        }
    }
}
