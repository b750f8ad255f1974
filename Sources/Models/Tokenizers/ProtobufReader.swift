/// A minimal reader for the protobuf wire format: enough to walk `sentencepiece`'s ModelProto
/// without a dependency. Unknown fields are skipped, as protobuf requires; every length is
/// checked against the buffer so a corrupt file is an error, not a crash.
struct ProtobufReader {
    enum Value {
        case varint(UInt64)
        case fixed64(UInt64)
        case bytes(ArraySlice<UInt8>)
        case fixed32(UInt32)

        var uint64: UInt64? { if case .varint(let v) = self { return v }; return nil }
        var bool: Bool? { uint64.map { $0 != 0 } }
        var slice: ArraySlice<UInt8>? { if case .bytes(let b) = self { return b }; return nil }
        var float: Float? { if case .fixed32(let v) = self { return Float(bitPattern: v) }; return nil }
        var string: String? { slice.flatMap { String(validating: $0, as: UTF8.self) } }
    }

    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "malformed protobuf at byte \(offset): \(reason)" }
    }

    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    /// The next (field number, value), or nil at the end of the message.
    mutating func next() throws -> (field: Int, value: Value)? {
        guard position < bytes.endIndex else { return nil }
        let key = try varint()
        let field = Int(key >> 3)
        guard field > 0 else { throw Malformed(offset: position, reason: "field number 0") }
        switch key & 7 {
        case 0: return (field, .varint(try varint()))
        case 1: return (field, .fixed64(try fixed(8)))
        case 2:
            let length = try varint()
            guard length <= UInt64(bytes.endIndex - position) else {
                throw Malformed(offset: position, reason: "length \(length) runs past the end")
            }
            let start = position
            position += Int(length)
            return (field, .bytes(bytes[start..<position]))
        case 5: return (field, .fixed32(UInt32(try fixed(4))))
        case let wire: throw Malformed(offset: position, reason: "unsupported wire type \(wire)")
        }
    }

    private mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.endIndex {
            let byte = bytes[position]
            position += 1
            guard shift < 64 else { throw Malformed(offset: position, reason: "varint longer than 10 bytes") }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
        throw Malformed(offset: position, reason: "varint runs past the end")
    }

    private mutating func fixed(_ count: Int) throws -> UInt64 {
        guard bytes.endIndex - position >= count else {
            throw Malformed(offset: position, reason: "fixed-width value runs past the end")
        }
        var result: UInt64 = 0
        for i in 0..<count { result |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += count
        return result
    }
}
