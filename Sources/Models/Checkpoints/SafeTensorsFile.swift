import Foundation
import IR
import Runtime

/// One tensor's entry in a safetensors header, validated against the file.
public struct TensorInfo: Equatable, Sendable {
    public let name: String
    public let dtype: SafeTensorsDType
    public let shape: [Int]
    /// Byte range inside the file (absolute, not relative to the data section).
    public let byteRange: Range<Int>
    public var elementCount: Int { shape.reduce(1, *) }
}

/// A single `.safetensors` file, memory-mapped read-only. Everything in the header is checked
/// before any tensor is touched: the 8-byte little-endian header length lies within the file,
/// the header is UTF-8 JSON, every tensor has a known dtype, a non-negative shape and
/// `data_offsets` that lie within the data section, match the shape's byte size and do not overlap.
public final class SafeTensorsFile: @unchecked Sendable {
    /// The reference implementation refuses headers over 100 MB; so do we.
    public static let maxHeaderBytes = 100_000_000

    public let path: String
    public let metadata: [String: String]
    public let tensors: [String: TensorInfo]
    private let file: MappedFile

    public var names: [String] { tensors.keys.sorted() }

    public convenience init(path: String) throws {
        try self.init(mapped: MappedFile(path: path))
    }

    init(mapped: MappedFile) throws {
        file = mapped
        path = mapped.path
        let size = mapped.count
        guard size >= 8 else {
            throw CheckpointError(.truncated, file: path,
                                  "truncated: the file is \(size) bytes, too short for the 8-byte header length")
        }
        let lengthBytes = mapped.bytes(0..<8)
        let headerLength = UInt64(littleEndian: lengthBytes.loadUnaligned(as: UInt64.self))
        guard headerLength <= UInt64(size - 8) else {
            throw CheckpointError(.truncated, file: path,
                                  "header length \(headerLength) runs past the end of the file (\(size) bytes)")
        }
        guard headerLength <= UInt64(Self.maxHeaderBytes) else {
            throw CheckpointError(.malformedHeader, file: path,
                                  "header length \(headerLength) exceeds the \(Self.maxHeaderBytes)-byte limit")
        }
        let dataStart = 8 + Int(headerLength)
        let header = try SafeTensorsHeader.parse(mapped.bytes(8..<dataStart), file: path)
        metadata = header.metadata
        tensors = try Self.validate(header.entries, dataStart: dataStart, fileSize: size, file: path)
    }

    /// Checks every entry against the data section: byte size, bounds, overlaps.
    private static func validate(_ entries: [SafeTensorsHeader.Entry], dataStart: Int, fileSize: Int,
                                 file: String) throws -> [String: TensorInfo] {
        let dataSize = fileSize - dataStart
        var result: [String: TensorInfo] = [:]
        for e in entries {
            guard let dtype = SafeTensorsDType(rawValue: e.dtype) else {
                let known = SafeTensorsDType.allCases.map(\.rawValue).joined(separator: ", ")
                throw CheckpointError(.unknownDType, file: file,
                                      "tensor '\(e.name)' has unknown dtype '\(e.dtype)' (readable: \(known))")
            }
            var bytes = dtype.byteSize
            for d in e.shape {
                let (p, overflow) = bytes.multipliedReportingOverflow(by: d)
                guard !overflow else {
                    throw CheckpointError(.badTensorEntry, file: file, "tensor '\(e.name)' shape \(e.shape) is too large")
                }
                bytes = p
            }
            let (begin, end) = (e.begin, e.end)
            guard begin <= end else {
                throw CheckpointError(.offsetsOutOfRange, file: file,
                                      "tensor '\(e.name)' data_offsets [\(begin), \(end)] begin after they end")
            }
            guard end <= dataSize else {
                throw CheckpointError(.offsetsOutOfRange, file: file,
                                      "tensor '\(e.name)' data_offsets [\(begin), \(end)] lie outside the "
                                      + "\(dataSize)-byte data section")
            }
            guard end - begin == bytes else {
                throw CheckpointError(.badTensorEntry, file: file,
                                      "tensor '\(e.name)' data_offsets [\(begin), \(end)] hold \(end - begin) bytes, "
                                      + "but \(dtype.rawValue)\(e.shape) needs \(bytes)")
            }
            result[e.name] = TensorInfo(name: e.name, dtype: dtype, shape: e.shape,
                                        byteRange: (dataStart + begin)..<(dataStart + end))
        }
        let ordered = result.values.filter { !$0.byteRange.isEmpty }
            .sorted { ($0.byteRange.lowerBound, $0.name) < ($1.byteRange.lowerBound, $1.name) }
        for (a, b) in zip(ordered, ordered.dropFirst()) where b.byteRange.lowerBound < a.byteRange.upperBound {
            throw CheckpointError(.overlappingTensors, file: file,
                                  "tensors '\(a.name)' and '\(b.name)' overlap in the data section")
        }
        return result
    }

    public func info(_ name: String) -> TensorInfo? { tensors[name] }

    /// The raw little-endian bytes of a tensor, straight from the mapping (valid while `self` lives).
    public func rawBytes(_ name: String) throws -> (TensorInfo, UnsafeRawBufferPointer) {
        guard let info = tensors[name] else {
            throw CheckpointError(.missingTensor, file: path, "no tensor named '\(name)'")
        }
        return (info, file.bytes(info.byteRange))
    }

    /// A tensor as the runtime uses it: F32/F16/BF16/F64 → f32, I32/I64 → i32 (range-checked).
    public func tensor(_ name: String) throws -> Tensor {
        let (info, bytes) = try rawBytes(name)
        let type = TensorType(info.dtype.runtimeType, info.shape)
        if info.dtype.isFloat {
            return Tensor(type, storage: .f32(ElementDecoding.floats(bytes, info.dtype, count: info.elementCount)))
        }
        switch ElementDecoding.ints(bytes, info.dtype, count: info.elementCount) {
        case .success(let values):
            return Tensor(type, storage: .i32(values))
        case .failure(let bad):
            throw CheckpointError(.valueOutOfRange, file: path,
                                  "tensor '\(name)' element \(bad.index) = \(Int64(bad.value)) does not fit in I32")
        }
    }

    /// A float tensor as f32 whatever its stored float dtype; integer tensors are refused.
    public func floatTensor(_ name: String) throws -> Tensor {
        let (info, _) = try rawBytes(name)
        guard info.dtype.isFloat else {
            throw CheckpointError(.badTensorEntry, file: path,
                                  "tensor '\(name)' is \(info.dtype.rawValue), expected a float tensor")
        }
        return try tensor(name)
    }
}
