import Driver
import Foundation
import TestSupport
import Testing

/// Environment variables and numeric flags are parsed and range-checked at the command line's
/// edge: a bad value is a user error (exit 1) naming the variable or flag, never ignored.
@Suite struct EnvironmentAndFlagTests {
    let mlp = repositoryRoot + "/graphs/mlp.graph"

    @Test(arguments: [("EPTC_THREADS", "abc"), ("EPTC_THREADS", "0"), ("EPTC_THREADS", "-3"),
                      ("EPTC_MAX_INPUT_BYTES", "abc"), ("EPTC_MAX_INPUT_BYTES", "0"), ("EPTC_FUZZ_MUTANTS", "many"),
                      ("EPTC_DUMP", "yes")])
    func badEnvironmentValuesAreRefused(_ name: String, _ value: String) {
        expectRefused(["check", mlp], firstLine: "error: \(name)=\(value): expected", environment: [name: value])
    }

    @Test func goodAndEmptyEnvironmentValuesAreAccepted() {
        for env in [["EPTC_THREADS": "2"], ["EPTC_THREADS": ""], ["EPTC_MAX_INPUT_BYTES": "1000000"], ["EPTC_DUMP": "0"]] {
            let r = runEPTC(["check", mlp], environment: env)
            #expect(r.exitCode == 0, "\(env): \(r.stderr)")
        }
    }

    /// A negative number reaches the flag's own check instead of reading as a missing value.
    @Test(arguments: ["--batch-size", "--max-steps", "--epochs", "--max-length", "--patience", "--threads", "--buckets"])
    func negativeNumbersGetTheRangeMessage(_ flag: String) {
        let r = runEPTC(["run", "--task", "cola", flag, "-1"], environment: [:])
        #expect(r.exitCode == 1)
        #expect(!r.stderr.contains("Missing value"), "\(r.stderr)")
        #expect(r.stderr.contains(flag), "\(r.stderr)")
    }

    @Test(arguments: ["predict", "eval"])
    func readersRefuseZeroThreads(_ command: String) {
        let extra = command == "predict" ? ["--input", mlp] : []
        let r = runEPTC([command, "--run", "nowhere", "--threads", "0"] + extra, environment: [:])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("--threads must be a positive number"), "\(r.stderr)")
    }
}
