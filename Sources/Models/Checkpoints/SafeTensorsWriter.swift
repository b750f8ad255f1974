import Foundation
import IR
import Runtime
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes safetensors files atomically: the bytes go to `NAME.tmp-XXXXXX` in the same folder,
/// are flushed to disk (fsync), and only then renamed over `NAME`, so a crash or an error never
/// leaves a half-written checkpoint under the real name.
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
        try writeAtomically(to: path) { out in
            try out.write(prefix)
            for (_, tensor) in tensors { try out.write(payload(tensor)) }
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

/// A file descriptor being filled; `write` retries short writes.
public struct AtomicOutput {
    let fd: Int32
    public let path: String

    public func write(_ bytes: [UInt8]) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(fd, base + done, bytes.count - done)
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw CheckpointError(.writeFailed, file: path, "write failed: \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }
}

/// Temp file in the target's folder, filled by `body`, fsynced, renamed over `path`; the temp
/// file is removed on any failure.
public func writeAtomically(to path: String, _ body: (AtomicOutput) throws -> Void) throws {
    var template = Array((path + ".tmp-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
        throw CheckpointError(.writeFailed, file: path, "cannot create a temporary file beside it: "
                              + String(cString: strerror(errno)))
    }
    let tempPath = String(cString: template)
    var closed = false
    do {
        try body(AtomicOutput(fd: fd, path: path))
        guard fsync(fd) == 0 else {
            throw CheckpointError(.writeFailed, file: path, "fsync failed: \(String(cString: strerror(errno)))")
        }
        fchmod(fd, 0o644)
        closed = true
        guard close(fd) == 0 else {
            throw CheckpointError(.writeFailed, file: path, "close failed: \(String(cString: strerror(errno)))")
        }
        guard rename(tempPath, path) == 0 else {
            throw CheckpointError(.writeFailed, file: path, "rename failed: \(String(cString: strerror(errno)))")
        }
    } catch {
        if !closed { close(fd) }
        unlink(tempPath)
        throw error
    }
    // Make the rename itself durable.
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let dirFD = open(folder, O_RDONLY)
    if dirFD >= 0 { fsync(dirFD); close(dirFD) }
}
