import CLLVM
import Foundation

/// perf's map of JIT code: `/tmp/perf-PID.map`, one `START SIZE NAME` line (hex) per function,
/// which `perf report` reads to name samples that would otherwise show as `[JIT]`. Written for
/// every program loaded with `CodegenOptions.perfMap` (`eptc bench --perf-map`).
///
/// Where the functions are: eptc's object has one `.text` section, which the JIT loads in one
/// piece, so a function's address is an exported entry's resolved address plus the difference
/// of their offsets in that section. The kernels themselves are internal symbols the JIT never
/// names.
public enum PerfMap {
    private static let lock = NSLock()

    /// The map perf reads for this process.
    public static var path: String { "/tmp/perf-\(ProcessInfo.processInfo.processIdentifier).map" }

    /// A function of an object: its name, offset in `.text` and size in bytes.
    public struct Function: Equatable, Sendable {
        public var name: String
        public var offset: UInt64
        public var size: UInt64
    }

    /// The sized symbols of `.text` in the ELF object `object`, by offset (nil if LLVM cannot read it).
    public static func functions(in object: [UInt8]) -> [Function]? {
        LLVMSetup.once()
        let buffer = object.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: object.count) {
                LLVMCreateMemoryBufferWithMemoryRangeCopy($0, object.count, "perf-map.o")
            }
        }
        var error: UnsafeMutablePointer<CChar>?
        guard let binary = LLVMCreateBinary(buffer, LLVMGetGlobalContext(), &error) else {
            LLVMDisposeMessage(error)
            LLVMDisposeMemoryBuffer(buffer)
            return nil
        }
        defer {
            LLVMDisposeBinary(binary)
            LLVMDisposeMemoryBuffer(buffer)
        }
        guard let symbols = LLVMObjectFileCopySymbolIterator(binary),
              let section = LLVMObjectFileCopySectionIterator(binary) else { return nil }
        defer {
            LLVMDisposeSymbolIterator(symbols)
            LLVMDisposeSectionIterator(section)
        }
        var found: [Function] = []
        while LLVMObjectFileIsSymbolIteratorAtEnd(binary, symbols) == 0 {
            defer { LLVMMoveToNextSymbol(symbols) }
            let size = LLVMGetSymbolSize(symbols)
            guard size > 0, let name = LLVMGetSymbolName(symbols) else { continue }
            LLVMMoveToContainingSection(section, symbols)
            guard LLVMObjectFileIsSectionIteratorAtEnd(binary, section) == 0,
                  let sectionName = LLVMGetSectionName(section), String(cString: sectionName) == ".text" else { continue }
            found.append(Function(name: String(cString: name), offset: LLVMGetSymbolAddress(symbols), size: size))
        }
        return found.sorted { ($0.offset, $0.name) < ($1.offset, $1.name) }
    }

    /// The map's lines for `functions` when the one named `anchor` was loaded at `anchorAddress`.
    public static func lines(_ functions: [Function], anchor: String, at anchorAddress: UInt64) -> [String] {
        guard let known = functions.first(where: { $0.name == anchor }) else { return [] }
        return functions.map { f in
            let start = anchorAddress &+ f.offset &- known.offset
            return String(start, radix: 16) + " " + String(f.size, radix: 16) + " " + f.name
        }
    }

    /// Appends `program`'s functions to the map (best effort: a map is a debugging aid, and a
    /// program runs the same without one). perf reads the file after the run; each program's
    /// lines go out in one write, so programs loaded by several threads never interleave.
    static func add(_ program: CompiledProgram, anchor: String, at address: UInt64) {
        guard let functions = functions(in: program.objectCode) else { return }
        let text = lines(functions, anchor: anchor, at: address).map { $0 + "\n" }.joined()
        lock.withLock {
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            guard fd >= 0 else { return }
            defer { close(fd) }
            _ = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        }
    }
}
