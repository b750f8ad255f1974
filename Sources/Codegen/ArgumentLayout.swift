import IR
import Passes

/// The C ABI of a compiled entry:
///
///     int32_t eptc_entry_<k>(void **args);
///
/// `args` is an argument block of pointers, in this order:
///
///     [0, W)              graph weights, all of them, in `graph.weights` order (read only;
///                         frozen weights may point into a memory-mapped checkpoint)
///     [W, W+P)            the entry's parameters, in declaration order (read only)
///     [W+P, W+P+R)        result buffers, one per `entry.results`, written by the call
///     [W+P+R, W+P+R+U)    new values of assigned weights, one per `entry.updates` (written by
///                         the call; the caller copies them into its weights afterwards, so a call
///                         that fails leaves every weight untouched)
///     W+P+R+U             the scratch arena, `MemoryPlan.arenaBytes` bytes, 64-byte aligned
///
/// Every buffer is dense row-major in the IR dtype. The return value is 0 on success, or
/// 1 + the id of the node whose input data was invalid (an id or label out of range).
public struct ArgumentLayout: Hashable, Sendable, Codable {
    public var weightCount: Int
    public var parameterCount: Int
    public var resultCount: Int
    public var updateCount: Int

    public init(graph: Graph, entry: Entry) {
        weightCount = graph.weights.count
        parameterCount = entry.parameters.count
        resultCount = entry.results.count
        updateCount = entry.updates.count
    }

    public var parametersStart: Int { weightCount }
    public var outputsStart: Int { weightCount + parameterCount }
    public var arenaIndex: Int { outputsStart + resultCount + updateCount }
    /// Number of pointers in the block.
    public var count: Int { arenaIndex + 1 }

    /// Argument index of a storage that lives outside the arena.
    func index(of storage: ValueStorage) -> Int? {
        switch storage {
        case .weight(let i): return i
        case .parameter(let i): return parametersStart + i
        case .output(let s): return outputsStart + s
        case .arena: return arenaIndex
        default: return nil
        }
    }
}

/// Errors of the compiler and of loading compiled code.
public enum CodegenError: Error, CustomStringConvertible, Equatable {
    /// A bug in eptc: LLVM rejected what we generated. Names the entry.
    case internalError(String)
    /// The host or LLVM could not do something (target lookup, JIT creation, object emission).
    case llvm(String)
    /// A compiled artifact on disk is unusable (corrupt, truncated, for another CPU or graph).
    case artifact(String)

    public var description: String {
        switch self {
        case .internalError(let m): return "internal error: \(m)"
        case .llvm(let m): return "LLVM: \(m)"
        case .artifact(let m): return m
        }
    }
}
