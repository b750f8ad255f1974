import Foundation
import Support
import Syntax

/// A config, index or tokenizer file: regular files only, at most `InputFile.maxBytes`
/// (raise with EPTC_MAX_INPUT_BYTES); errors name the file and say why in words.
func readModelFile(_ path: String) throws -> Data {
    switch InputFile.read(path) {
    case .success(let bytes): return Data(bytes)
    case .failure(let why): throw CheckpointError(.unreadable, file: path, "cannot read: \(why)")
    }
}

extension JSONValue {
    /// Parses a whole model file; errors name the file and place a syntax error by line and column.
    public static func load(path: String, kind: CheckpointError.Kind) throws -> JSONValue {
        let data = try readModelFile(path)
        do throws(JSONValue.SyntaxError) {
            return try parse(data)
        } catch {
            throw CheckpointError(kind, file: path + error.position, "not valid JSON")
        }
    }
}
