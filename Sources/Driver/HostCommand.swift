import ArgumentParser
import Codegen
import Foundation
import Runtime

/// `eptc host`: what eptc found out about this machine and how it set itself up (CPU, ISA, BLAS
/// core type and why, vector width, threads), and the measured sgemm rate. The header of
/// `eptc bench` and `eptc run` is the first line of this.
public struct HostCommand: DriverCommand {
    public static let configuration = CommandConfiguration(
        commandName: "host",
        abstract: "Show the host CPU, the BLAS core type eptc uses and why, vector width and threads.",
        discussion: """
            eptc reads cpuid at start-up and, where OpenBLAS's own detection picks a kernel set weaker than \
            the CPU supports (a distribution's OpenBLAS older than the CPU), switches OpenBLAS to the strongest \
            one the CPU runs, after checking a few sgemm shapes against a float64 reference once per machine \
            (cached under ~/.cache/eptc/host). OPENBLAS_CORETYPE set in the environment always wins.
            """)

    @Option(name: .customLong("sgemm-size"), help: "n of the n×n×n sgemm whose rate is printed (0: skip).")
    var sgemmSize: Int = 512

    // Test hooks (hidden): the BLAS core switch on any machine (BLASSetup.Overrides).
    @Option(name: .customLong("pretend-openblas-detects"), help: .hidden) var pretendDetects: String?
    @Flag(name: .customLong("fail-blas-check"), help: .hidden) var failBLASCheck = false

    /// The overrides `eptc host`'s hidden flags ask for, read before anything else runs (the
    /// set-up happens once, at start-up); none for any other command.
    static func blasOverrides(_ arguments: [String]) -> BLASSetup.Overrides {
        guard let host = (try? EPTC.parseAsRoot(arguments)) as? HostCommand else { return BLASSetup.Overrides() }
        return BLASSetup.Overrides(detectedCore: host.pretendDetects, failSelfCheck: host.failBLASCheck)
    }

    public init() {}

    public func validate() throws {
        guard sgemmSize == 0 || (16...8192).contains(sgemmSize) else {
            throw ValidationError("--sgemm-size must be 0 or in 16...8192")
        }
    }

    public func execute(_ output: inout CommandOutput) throws {
        let report = HostSetup.report()
        output.print("host: " + report.description)
        output.print("cpu features: " + report.cpu.features.map(\.rawValue).sorted().joined(separator: " "))
        output.print("openblas: " + report.blas.config)
        if sgemmSize > 0 {
            output.print(String(format: "sgemm %d×%d×%d: %.1f GFLOP/s (best of 10)", sgemmSize, sgemmSize, sgemmSize,
                                BLASSetup.measuredSgemmRate(size: sgemmSize)))
        }
    }
}
