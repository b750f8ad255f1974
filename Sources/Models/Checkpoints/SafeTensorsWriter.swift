import Foundation
import IR
import Runtime
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes safetensors files through `OutputFile`: atomically (a flushed temporary beside `NAME`,
/// renamed over it), so a crash or an error never leaves a half-written checkpoint under the real name.
public enum SafeTensorsWriter {
    /// Writes `tensors` (f32 → F32, i32 → I32, f64 → F64) in the given order with an optional
    /// `__metadata__` string map. The header is padded with spaces to a multiple of 8 bytes, as
    /// the reference implementation does, so every tensor's data starts 8-byte aligned.
    public static func write(_ tensors: [(name: String, tensor: Tensor)], metadata: [String: String] = [:],
                             to path: String) throws {
        var seen = Set<String>()
        for (name, _) in tensors {
            guard !name.isEmpty, name != "__metadata__", seen.insert(name).inserted else {
                throw CheckpointError(.writeFailed, file: path, "invalid or duplicate tensor name '\(name)'")
            }
        }
        let header = headerBytes(tensors, metadata: metadata)
        var prefix = withUnsafeBytes(of: UInt64(header.count).littleEndian) { Array($0) }
        prefix += header
        do {
            try OutputFile.write(to: path, regularOnly: true) { out in
                try out.write(prefix)
                for (_, tensor) in tensors { try out.write(payload(tensor)) }
            }
        } catch let failure as OutputFile.Failure {
            throw CheckpointError(.writeFailed, file: path, "cannot write: \(failure.reason)")
        }
    }

    /// Dictionary convenience: tensors in sorted name order.
    public static func write(_ tensors: [String: Tensor], metadata: [String: String] = [:], to path: String) throws {
        try write(tensors.sorted { $0.key < $1.key }.map { (name: $0.key, tensor: $0.value) },
                  metadata: metadata, to: path)
    }

    static func dtypeName(_ tensor: Tensor) -> String {
        switch tensor.storage {
        case .f32: return "F32"
        case .f64: return "F64"
        case .i32: return "I32"
        }
    }

    static func headerBytes(_ tensors: [(name: String, tensor: Tensor)], metadata: [String: String]) -> [UInt8] {
        var parts: [String] = []
        if !metadata.isEmpty {
            let fields = metadata.sorted { $0.key < $1.key }.map { "\(jsonString($0.key)):\(jsonString($0.value))" }
            parts.append("\"__metadata__\":{\(fields.joined(separator: ","))}")
        }
        var offset = 0
        for (name, tensor) in tensors {
            let size = tensor.count * tensor.type.dtype.byteSize
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            parts.append("\(jsonString(name)):{\"dtype\":\"\(dtypeName(tensor))\",\"shape\":[\(shape)],"
                         + "\"data_offsets\":[\(offset),\(offset + size)]}")
            offset += size
        }
        var bytes = Array("{\(parts.joined(separator: ","))}".utf8)
        while bytes.count % 8 != 0 { bytes.append(0x20) }
        return bytes
    }

    static func payload(_ tensor: Tensor) -> [UInt8] {
        switch tensor.storage {
        case .f32(let a): return a.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian) { Array($0) } }
        case .f64(let a): return a.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian) { Array($0) } }
        case .i32(let a): return a.flatMap { withUnsafeBytes(of: $0.littleEndian) { Array($0) } }
        }
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
