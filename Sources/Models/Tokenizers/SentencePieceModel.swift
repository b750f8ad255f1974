import Foundation

/// The parts of a `sentencepiece` ModelProto (`spiece.model`) that encoding needs.
public struct SentencePieceModel: Sendable {
    public enum PieceType: Int, Sendable { case normal = 1, unknown = 2, control = 3, userDefined = 4, unused = 5, byte = 6 }

    public struct Piece: Sendable, Equatable {
        public var text: String
        public var score: Float
        public var type: PieceType
    }

    public var pieces: [Piece]
    /// NormalizerSpec: the precompiled character map and the whitespace switches (protobuf defaults true).
    public var precompiledCharsMap: [UInt8] = []
    public var normalizerName = ""
    public var addDummyPrefix = true
    public var removeExtraWhitespaces = true
    public var escapeWhitespaces = true
    /// TrainerSpec: 1 unigram, 2 BPE, 3 word, 4 char.
    public var modelType = 1
    public var byteFallback = false
    public var treatWhitespaceAsSuffix = false

    public static func load(path: String) throws -> SentencePieceModel {
        let data = try readModelFile(path)
        do {
            return try SentencePieceModel(protobuf: Array(data))
        } catch let error as ProtobufReader.Malformed {
            throw CheckpointError(.malformedTokenizer, file: path, "not a sentencepiece model: \(error)")
        } catch let error as Invalid {
            throw CheckpointError(.malformedTokenizer, file: path, error.reason)
        }
    }

    struct Invalid: Error { let reason: String }

    init(protobuf bytes: [UInt8]) throws {
        pieces = []
        var reader = ProtobufReader(bytes[...])
        while let (field, value) = try reader.next() {
            switch (field, value.slice) {
            case (1, let message?): pieces.append(try Self.piece(message))
            case (2, let message?): try readTrainerSpec(message)
            case (3, let message?): try readNormalizerSpec(message)
            default: continue
            }
        }
        guard !pieces.isEmpty else { throw Invalid(reason: "the model has no pieces") }
        guard pieces.contains(where: { $0.type == .unknown }) else {
            throw Invalid(reason: "the model has no unknown piece")
        }
        guard modelType == 1 else {
            throw Invalid(reason: "model type \(modelType) is not unigram (1); only unigram models are supported")
        }
    }

    private static func piece(_ message: ArraySlice<UInt8>) throws -> Piece {
        var piece = Piece(text: "", score: 0, type: .normal)
        var reader = ProtobufReader(message)
        while let (field, value) = try reader.next() {
            switch field {
            case 1:
                guard let s = value.string else { throw Invalid(reason: "a piece's text is not UTF-8") }
                piece.text = s
            case 2: piece.score = value.float ?? 0
            case 3:
                guard let raw = value.uint64, let type = PieceType(rawValue: Int(raw)) else {
                    throw Invalid(reason: "piece '\(piece.text)' has an unknown type")
                }
                piece.type = type
            default: continue
            }
        }
        return piece
    }

    private mutating func readTrainerSpec(_ message: ArraySlice<UInt8>) throws {
        var reader = ProtobufReader(message)
        while let (field, value) = try reader.next() {
            switch field {
            case 3: modelType = Int(value.uint64 ?? 1)
            case 24: treatWhitespaceAsSuffix = value.bool ?? false
            case 35: byteFallback = value.bool ?? false
            default: continue
            }
        }
    }

    private mutating func readNormalizerSpec(_ message: ArraySlice<UInt8>) throws {
        var reader = ProtobufReader(message)
        while let (field, value) = try reader.next() {
            switch field {
            case 1: normalizerName = value.string ?? ""
            case 2: precompiledCharsMap = Array(value.slice ?? [])
            case 3: addDummyPrefix = value.bool ?? true
            case 4: removeExtraWhitespaces = value.bool ?? true
            case 5: escapeWhitespaces = value.bool ?? true
            default: continue
            }
        }
    }
}
