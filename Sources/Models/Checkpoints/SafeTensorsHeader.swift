import Foundation

/// The JSON header of a safetensors file, parsed with typed decoding so that a wrong field type
/// (a string shape, a float offset) is an error naming the tensor, not a silent conversion.
struct SafeTensorsHeader {
    struct Entry {
        let name: String
        let dtype: String
        let shape: [Int]
        let begin: Int
        let end: Int
    }

    let metadata: [String: String]
    let entries: [Entry]

    static func parse(_ bytes: UnsafeRawBufferPointer, file: String) throws -> SafeTensorsHeader {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw CheckpointError(.malformedHeader, file: file, "malformed header: not valid UTF-8")
        }
        do {
            let decoded = try JSONDecoder().decode(Decoded.self, from: Data(bytes))
            return SafeTensorsHeader(metadata: decoded.metadata, entries: decoded.entries)
        } catch let error as CheckpointError {
            throw error
        } catch let error as EntryError {
            throw CheckpointError(.badTensorEntry, file: file, "tensor '\(error.name)': \(error.detail)")
        } catch DecodingError.typeMismatch {
            throw CheckpointError(.malformedHeader, file: file, "malformed header: not a JSON object")
        } catch {
            throw CheckpointError(.malformedHeader, file: file, "malformed header JSON: \(Self.reason(error))")
        }
    }

    private static func reason(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let under = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
            return context.debugDescription + under
        }
        return String(describing: error)
    }

    struct EntryError: Error { let name: String; let detail: String }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct RawEntry: Decodable {
        let dtype: String
        let shape: [Int]
        let data_offsets: [Int]
    }

    private struct Decoded: Decodable {
        var metadata: [String: String] = [:]
        var entries: [Entry] = []

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            for key in container.allKeys {
                let name = key.stringValue
                if name == "__metadata__" {
                    guard let map = try? container.decode([String: String].self, forKey: key) else {
                        throw EntryError(name: name, detail: "__metadata__ must map strings to strings")
                    }
                    metadata = map
                    continue
                }
                let raw: RawEntry
                do {
                    raw = try container.decode(RawEntry.self, forKey: key)
                } catch {
                    throw EntryError(name: name, detail: Self.describe(error))
                }
                guard raw.shape.allSatisfy({ $0 >= 0 }) else {
                    throw EntryError(name: name, detail: "negative dimension in shape \(raw.shape)")
                }
                guard raw.data_offsets.count == 2, raw.data_offsets.allSatisfy({ $0 >= 0 }) else {
                    throw EntryError(name: name, detail: "data_offsets must be two non-negative integers, got \(raw.data_offsets)")
                }
                entries.append(Entry(name: name, dtype: raw.dtype, shape: raw.shape,
                                     begin: raw.data_offsets[0], end: raw.data_offsets[1]))
            }
        }

        private static func describe(_ error: Error) -> String {
            switch error {
            case DecodingError.keyNotFound(let key, _): return "missing field '\(key.stringValue)'"
            case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
                let path = c.codingPath.map(\.stringValue).filter { !$0.isEmpty }.last ?? "entry"
                return "field '\(path)' has the wrong type (dtype: string, shape and data_offsets: integer arrays)"
            default: return "not a valid tensor entry"
            }
        }
    }
}
