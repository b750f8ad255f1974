import ArgumentParser
import Codegen
import Foundation

/// `eptc doctor`: where eptc looks for its graphs, data, default model and cache, and what it
/// found — for bug reports and for an install that cannot find its files.
public struct DoctorCommand: DriverCommand {
    public static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Say where eptc looks for its graphs, data, model and cache, and what it found.")

    public init() {}

    public func execute(_ output: inout CommandOutput) throws {
        let env = output.environment
        output.print("eptc \(BuildInfo.version) (\(Resources.executable().path))")
        output.print("LLVM \(LLVMCompat.version)" + (BuildInfo.loadedLibrary("libLLVM").map { " (\($0))" } ?? ""))
        output.print(BuildInfo.openBLAS + (BuildInfo.loadedLibrary("libopenblas").map { " (\($0))" } ?? ""))
        output.print("host: \(BuildInfo.hostCPU)")
        output.print("")
        output.print("graphs, task data and T5 vocabulary (the first folder holding graphs/ept.graph wins):")
        let home = env["EPTC_HOME"].flatMap { $0.isEmpty ? nil : $0 }
        output.print("  " + mark(home.map(Resources.isRoot) ?? false) + " $EPTC_HOME: " + (home ?? "(not set)"))
        for c in Resources.candidates(env) { output.print("  \(mark(c.found)) \(c.origin): \(c.path)") }
        let resources: Resources
        do {
            resources = try Resources.locate(env)
        } catch {
            output.print("  using: none — " + String(describing: error))
            printState(&output, env)
            return
        }
        let fm = FileManager.default
        let graphCount = ((try? fm.contentsOfDirectory(atPath: resources.graphs)) ?? []).filter { $0.hasSuffix(".graph") }.count
        output.print("  using: \(resources.root) (\(graphCount) graphs; data \(present(resources.data)); "
                     + "T5 vocabulary \(present(resources.t5Vocabulary)))")
        output.print("")
        output.print("default model (first with a config.json wins; --model overrides):")
        for path in resources.defaultModelCandidates(env) {
            output.print("  \(mark(fm.fileExists(atPath: path + "/config.json"))) \(path)")
        }
        if !resources.defaultModelCandidates(env).contains(where: { fm.fileExists(atPath: $0 + "/config.json") }) {
            output.print("  none found: `make model` in a clone, or tools/fetch-minilm.sh "
                         + (Resources.dataHome(env).map { $0 + "/" + Resources.defaultModelName } ?? "DIR"))
        }
        printState(&output, env)
    }

    private func printState(_ output: inout CommandOutput, _ env: [String: String]) {
        output.print("")
        output.print("written:")
        let cache = cacheDirectory(env)
        output.print("  compile cache: " + (cache.map { $0.path + " (" + present($0.path) + ")" } ?? "none (no HOME, XDG_CACHE_HOME or EPTC_CACHE_DIR)"))
        output.print("  runs: \(FileManager.default.currentDirectoryPath)/runs unless --out")
        output.print("")
        output.print("Open MPI (eptc run --distributed only: loaded then, never otherwise):")
        let dirs = (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/mpirun" }
        let mpirun = dirs.first { FileManager.default.isExecutableFile(atPath: $0) }
        output.print("  \(mark(mpirun != nil)) mpirun: " + (mpirun ?? "not on PATH (Debian, Ubuntu: apt-get install openmpi-bin)"))
        output.print("  library: " + (env["EPTC_MPI_LIBRARY"].map { "\($0) (EPTC_MPI_LIBRARY)" }
                                      ?? "libmpi.so.40 from the loader's search path (EPTC_MPI_LIBRARY=PATH overrides)"))
    }

    private func mark(_ found: Bool) -> String { found ? "[found]" : "[ -   ]" }
    private func present(_ path: String) -> String { FileManager.default.fileExists(atPath: path) ? "present" : "absent" }
}
