import Foundation

/// Why a checkpoint, config or tokenizer file could not be used. Every message names the file
/// and the problem, because checkpoints come from strangers and the user must be able to act on it.
public struct CheckpointError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    public enum Kind: String, Equatable, Sendable {
        case unreadable          // cannot open / map / read
        case truncated           // shorter than its own header says
        case malformedHeader     // header length, UTF-8 or JSON wrong
        case badTensorEntry      // dtype/shape/data_offsets missing or inconsistent
        case unknownDType
        case offsetsOutOfRange
        case overlappingTensors
        case valueOutOfRange     // I64 value that does not fit I32
        case missingTensor
        case shapeMismatch
        case pickleRefused
        case malformedIndex      // model.safetensors.index.json
        case malformedConfig     // config.json
        case malformedTokenizer  // spiece.model, tokenizer.json, vocab.txt
        case writeFailed
    }

    public let file: String
    public let kind: Kind
    public let detail: String

    public init(_ kind: Kind, file: String, _ detail: String) {
        self.kind = kind
        self.file = file
        self.detail = detail
    }

    public var description: String { "\(file): \(detail)" }
    public var errorDescription: String? { description }
}
