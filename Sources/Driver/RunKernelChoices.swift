import Codegen
import Foundation
import IR
import Runtime
import Support
import Trainer

/// `<run folder>/kernel-choices.json`: the machine-dependent choices behind the run's compiled
/// code — the vector width its kernels were built for and which code ran each GEMM shape (eptc's
/// generated kernel, BLAS or oneDNN, and why). Both are measured on the machine and cached there,
/// and both change the bits a step computes, so a cache that was deleted or re-measured (a shape
/// left on BLAS when a compile's measuring budget ran out is measured by a later compile) would
/// make a resumed run end elsewhere than an uninterrupted one. `--resume` builds with the recorded
/// choices (`CodegenOptions.vectorWidth`, `.pinnedGemm`).
struct RunKernelChoices: Codable, Equatable {
    static let fileName = "kernel-choices.json"
    /// nil: LLVM's default for the CPU (an AVX2 host has one width to choose from).
    var vectorBits: Int?
    var gemm: [String: GemmDecision]

    static func path(_ folder: RunFolder) -> String { folder.path + "/" + fileName }

    /// The folder's recorded choices; nil for a run without the file (started by an older eptc).
    static func read(_ folder: RunFolder) throws -> RunKernelChoices? {
        let path = path(folder)
        guard let data = try RunFiles.read(path) else { return nil }
        do {
            return try JSONDecoder().decode(RunKernelChoices.self, from: data)
        } catch {
            throw UserError("\(path): not a kernel choice file eptc wrote (\(describeDecoding(error))); "
                            + "delete it to let the resumed run choose again")
        }
    }

    func write(to folder: RunFolder) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try RunFiles.write(encoder.encode(self), to: Self.path(folder))
    }

    /// `options` building what the run built: the recorded width where this CPU has it (a run moved
    /// to an AVX2 machine keeps the host's), and the recorded GEMM choices pinned.
    func pin(_ options: inout CodegenOptions) {
        let widths = BLASCorePolicy.vectorWidthCandidates(for: HostCPU.current)
        if let bits = vectorBits, widths.count > 1, widths.contains(bits) { options.vectorWidth = bits }
        options.pinnedGemm = gemm
    }
}

/// The GEMM choices of every program a run's compile closure produced (`stepCompiler`).
final class GemmChoiceRecord: @unchecked Sendable {
    private let lock = NSLock()
    private var decisions: [String: GemmDecision] = [:]

    func add(_ graph: Graph, options: CodegenOptions) {
        let found = GemmChooser.decisions(graph, options: options)
        lock.lock()
        defer { lock.unlock() }
        decisions.merge(found) { _, new in new }
    }

    var all: [String: GemmDecision] {
        lock.lock()
        defer { lock.unlock() }
        return decisions
    }
}
