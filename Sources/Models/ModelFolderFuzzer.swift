import Foundation
import Support
import IR
import Syntax

/// A deterministic mutation fuzzer for the model-folder path (`--model`): each mutant is a copy of
/// a seed folder with `config.json` values replaced by values of other kinds and ranges (or its
/// text damaged), or the safetensors header damaged. Every mutant must either load — config,
/// family check, elaboration, tensor check and the weight store — or be refused with a
/// `CheckpointError` or a diagnostic. A crash, a hang or any other error is the bug it looks for.
public struct ModelFolderFuzzer {
    public typealias Report = FuzzReport

    public let seedFolder: String
    public let graphFile: String
    public let bindings: [String: SymbolValue]
    private var rng: SplitMix64
    private let config: [String: JSONValue]
    private let checkpoint: [UInt8]

    public init(seedFolder: String, graphFile: String, bindings: [String: SymbolValue] = [:], seed: UInt64 = 0x5EED) throws {
        self.seedFolder = seedFolder
        self.graphFile = graphFile
        self.bindings = bindings
        rng = SplitMix64(seed: seed)
        let configData = try readModelFile(seedFolder + "/config.json")
        guard let object = (try? JSONValue.parse(configData))?.objectValue else {
            throw CheckpointError(.malformedConfig, file: seedFolder + "/config.json", "expected a JSON object")
        }
        config = object
        checkpoint = Array(try Data(contentsOf: URL(fileURLWithPath: seedFolder + "/" + Checkpoint.singleFileName)))
    }

    /// Runs `count` mutants in `scratch` (a folder this fuzzer may overwrite).
    public mutating func run(count: Int, scratch: String) -> Report {
        var report = Report()
        let declared = (try? Elaborator(loader: FileSystemLoader()).declaredParams(file: graphFile)) ?? []
        for n in 0..<count {
            let (configBytes, weights) = mutant()
            do {
                try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
                try Data(configBytes).write(to: URL(fileURLWithPath: scratch + "/config.json"))
                try Data(weights).write(to: URL(fileURLWithPath: scratch + "/" + Checkpoint.singleFileName))
            } catch {
                report.failures.append("mutant #\(n): cannot write the scratch folder: \(error)")
                return report
            }
            let start = Date()
            switch load(scratch, declared) {
            case .accepted: report.accepted += 1
            case .refused: report.refused += 1
            case .failed(let why):
                report.failures.append("mutant #\(n): \(why)\n--- config.json ---\n\(String(decoding: configBytes, as: UTF8.self))")
            }
            report.slowest = max(report.slowest, Date().timeIntervalSince(start))
            report.mutants += 1
        }
        return report
    }

    private enum Outcome { case accepted, refused, failed(String) }

    /// The whole `--model` path, as `eptc compile --model` and training take it.
    private func load(_ folder: String, _ declared: Set<String>) -> Outcome {
        do {
            let model = try ModelFolder(path: folder)
            try model.checkFamily(graphParams: declared, graphFile: graphFile)
            let graph = try Elaborator(loader: FileSystemLoader()).elaborate(file: graphFile, bindings: bindings,
                                                                            configBindings: model.symbols)
            try model.checkWeights(for: graph)
            _ = try model.weightStore(for: graph)
            return .accepted
        } catch is CheckpointError {
            return .refused
        } catch is Diagnostic {
            return .refused
        } catch {
            return .failed("unexpected error \(type(of: error)): \(error)")
        }
    }

    // MARK: Mutations

    /// Values of every kind and of ranges that break shapes, loops and arithmetic.
    private static let replacements: [JSONValue] = [
        .null, .array([]), .object(["a": .int(1)]), .int(-1), .int(0), .int(1), .int(3), .int(7), .int(1 << 20),
        .int(Int(Int32.max)), .int(Int.max), .int(Int.min), .double(1e308), .double(-1e308), .double(0.5),
        .double(-1e-12), .double(1e-300), .string(""), .string("t5"), .string("bert"), .string("mt5"),
        .string("gelu_new"), .string("gated-gelu"), .string("x"), .bool(true), .bool(false),
    ]

    private mutating func mutant() -> ([UInt8], [UInt8]) {
        var config = self.config
        var weights = checkpoint
        switch rng.next() % 6 {
        case 0, 1, 2:
            for _ in 0..<(1 + rng.next() % 3) {
                let keys = config.keys.sorted()
                let key = keys[Int(rng.next() % UInt64(keys.count))]
                if rng.next() % 8 == 0 {
                    config[key] = nil
                } else {
                    config[key] = Self.replacements[Int(rng.next() % UInt64(Self.replacements.count))]
                }
            }
        case 3:
            var text = serialized(config)
            if !text.isEmpty {
                let i = Int(rng.next() % UInt64(text.count))
                if rng.next() % 2 == 0 { text.remove(at: i) } else { text.insert([0x22, 0x7B, 0x5D, 0x2C, 0x30, 0xFF][Int(rng.next() % 6)], at: i) }
            }
            return (text, weights)
        default:
            mutateHeader(&weights)
        }
        return (serialized(config), weights)
    }

    private func serialized(_ object: [String: JSONValue]) -> [UInt8] { Array(JSONValue.object(object).line()) }

    /// Damages the safetensors header: a digit (shapes, offsets), a dtype, the length, or the end.
    private mutating func mutateHeader(_ b: inout [UInt8]) {
        guard b.count > 8 else { return }
        let headerLength = b.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let end = min(b.count, 8 + max(0, min(headerLength, b.count)))
        switch rng.next() % 4 {
        case 0:
            let digits = (8..<end).filter { (0x30...0x39).contains(b[$0]) }
            if !digits.isEmpty { b[digits[Int(rng.next() % UInt64(digits.count))]] = 0x30 + UInt8(rng.next() % 10) }
        case 1:
            // Another dtype where the header says F32 (same length, so offsets stay put).
            let f32: [UInt8] = Array("F32".utf8)
            let starts = (8..<max(8, end - 2)).filter { Array(b[$0..<$0 + 3]) == f32 }
            if !starts.isEmpty {
                let at = starts[Int(rng.next() % UInt64(starts.count))]
                let dtypes = ["F16", "I64", "BF1", "U8 ", "F64"].map { Array($0.utf8) }
                b.replaceSubrange(at..<at + 3, with: dtypes[Int(rng.next() % UInt64(dtypes.count))])
            }
        case 2:
            let v = UInt64(rng.next() % UInt64(2 * max(headerLength, 1)))
            for i in 0..<8 { b[i] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(i))) }
        default:
            b.removeLast(Int(rng.next() % UInt64(b.count - 8)))
        }
    }
}
