import Foundation
import Support

/// The numeric environment variables eptc reads, parsed and range-checked like flags at the
/// command line's edge: a bad value stops the command with an error naming the variable, before
/// anything runs, instead of being ignored where it is read. Empty counts as unset.
enum EnvironmentSettings {
    struct Setting {
        var name: String
        var range: ClosedRange<Int>
        var meaning: String
    }

    static let numeric: [Setting] = [
        Setting(name: "EPTC_THREADS", range: 1...4096, meaning: "threads for BLAS and the generated kernels"),
        Setting(name: "EPTC_MAX_INPUT_BYTES", range: 1...(1 << 40), meaning: "the size cap of a file eptc reads, in bytes"),
        Setting(name: "EPTC_FUZZ_MUTANTS", range: 1...100_000_000, meaning: "mutants `eptc fuzz` tries"),
    ]

    static func validate(_ environment: [String: String]) throws {
        for setting in numeric {
            guard let text = environment[setting.name], !text.isEmpty else { continue }
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), setting.range.contains(value) else {
                throw UserError("\(setting.name)=\(text): expected a whole number from \(setting.range.lowerBound) to "
                                + "\(setting.range.upperBound) (\(setting.meaning)); unset it for the default")
            }
        }
        if let dump = environment["EPTC_DUMP"], !dump.isEmpty, dump != "0", dump != "1" {
            throw UserError("EPTC_DUMP=\(dump): expected 1 (dump every stage) or 0")
        }
    }
}
