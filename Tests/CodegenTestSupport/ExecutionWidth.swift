import Codegen
import Foundation
import HostTestSupport
import Runtime
import Testing

// Compiled-vs-interpreter tests run at every vector width eptc may choose (AVX2's 256 bits,
// AVX-512's 512), each where this machine can execute it: a test per width, with the trait
// below. A width this machine cannot run is skipped by Swift Testing, which prints
// "➜ Test … skipped: …" with the reason — never a silent pass.

extension Trait where Self == ConditionTrait {
    /// Runs the test only where this machine can execute code built for `target`; elsewhere it
    /// is reported skipped, naming the CPU and what it lacks.
    public static func executes(_ target: CodegenTarget) -> Self {
        let reason = target.unsupportedReason(on: executingCPU) ?? ""
        return .enabled(if: reason.isEmpty, Comment(rawValue: "\(target.name) code not executed here: \(reason)"))
    }
}

/// The CPU the execution tests decide on: this machine's, or — to see on an AVX-512 machine what
/// an AVX2 one reports — a recorded one named by `EPTC_TEST_PRETEND_CPU` (zen3, haswell, zen4,
/// xeon207; a test-only switch, read by no eptc code). Pretending can only skip more: code still
/// runs on the real CPU.
let executingCPU: HostCPU = {
    let tables = ["zen3": CPUTables.zen3, "haswell": CPUTables.haswell, "zen4": CPUTables.zen4,
                  "xeon207": CPUTables.xeon207]
    guard let name = ProcessInfo.processInfo.environment["EPTC_TEST_PRETEND_CPU"], let table = tables[name] else {
        return HostCPU.current
    }
    let pretended = HostCPU(table)
    // Never enable what the real CPU lacks.
    return pretended.features.isSubset(of: HostCPU.current.features) ? pretended : HostCPU.current
}()
