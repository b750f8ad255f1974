import Foundation
import IR
import Passes
import Runtime
import Support

/// A directory of compiled graphs keyed by graph hash + CPU, so compiling the same graph again
/// loads the object instead (default: `CacheFolder`).
public struct CompileCache: Sendable {
    public var directory: URL

    /// `directory` nil: eptc's cache folder (`CacheFolder`), or `~/.cache/eptc` when the
    /// environment names none.
    public init(directory: URL? = nil) {
        self.directory = directory ?? CacheFolder.resolve()
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/eptc")
    }

    /// The entry folder for a graph on this machine.
    public func folder(for graph: Graph, options: CodegenOptions) -> URL {
        let host = HostTarget.current()
        let key = fnv1a(Array((graphHash(graph, options: options) + host.cpu + host.features + host.triple
                                + "|llvm-" + LLVMCompat.version + GemmChooser.decisionKey(graph, options: options)).utf8))
        return directory.appendingPathComponent(sanitizedIdentifier(graph.name) + "-" + key)
    }

    /// Loads the cached program, or compiles and stores it: the one way eptc gets a program from
    /// its cache. A cached artifact that fails its checks is recompiled and replaced; a cache that
    /// cannot be written costs the next process a compile, nothing more (`.notStored`).
    public func obtain(_ graph: Graph, options: CodegenOptions = CodegenOptions()) throws
        -> (program: CompiledProgram, source: ProgramSource) {
        let folder = folder(for: graph, options: options)
        removeStaleTemporaries(in: folder)  // left by a process killed between write and rename
        var staleReason: String?
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(Manifest.fileName).path) {
            do {
                return (try CompiledProgram.load(graph, from: folder, options: options), .cached(folder: folder.path))
            } catch {
                staleReason = "\(error)"
            }
        }
        let program = try CompiledProgram.compile(graph, options: options)
        do {
            try program.write(to: folder, options: options)
        } catch {
            return (program, .notStored(reason: "cannot write '\(folder.path)': \(describeWriteError(error))"))
        }
        return (program, staleReason.map { .recompiled(reason: $0) } ?? .compiled(storedIn: folder.path))
    }

    /// `obtain` for callers that only ask whether the cache served it.
    public func program(for graph: Graph, options: CodegenOptions = CodegenOptions()) throws -> (program: CompiledProgram, hit: Bool) {
        let (program, source) = try obtain(graph, options: options)
        if case .cached = source { return (program, true) }
        return (program, false)
    }
}

/// How a program was obtained, for the report line and for tests.
public enum ProgramSource: Equatable, Sendable {
    case compiled(storedIn: String?)
    case cached(folder: String)
    /// The cache held an entry that failed its checks (reason); it was recompiled and replaced.
    case recompiled(reason: String)
    case loaded(directory: String)
    /// Compiled, but the cache folder could not be written (reason).
    case notStored(reason: String)
}

