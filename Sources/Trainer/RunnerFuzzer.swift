import Foundation
import IR
import Models
import Runtime
import Support
import Tasks

/// A deterministic mutation fuzzer for what the runner reads besides the model folder (which
/// `ModelFolderFuzzer` covers): task data files, and a run folder's `config.json` and checkpoint.
/// Each mutant goes through the code `eptc run / eval / predict / --resume` use — `TaskData.read`,
/// `RunConfiguration.load`, `TrainingCheckpoint.load` — and must be accepted (an accepted
/// checkpoint position must also be one a run can reach) or refused with a typed, located error
/// (`TaskError`, `UserError`, `CheckpointError`). Any other error, an impossible accepted
/// value, or a mutant slower than `slowLimit` is the bug it looks for; a trap ends the process,
/// which a test run shows as well.
public struct RunnerFuzzer {
    public typealias Report = FuzzReport

    /// What one mutant is made from: a task's data file, or a run folder file.
    enum Target: CaseIterable { case data, configuration, checkpoint }

    /// The tasks whose shipped files seed the data mutants: one-sentence, pair, regression (GLUE
    /// TSV) and SuperGLUE JSON lines.
    static let taskNames = ["cola", "rte", "stsb", "boolq", "cb"]

    public let shippedData: String
    /// When set, accepted data rows are also tokenized as a run would (`eptc run` encodes every
    /// row it reads), so a tokenizer that is slow on a long row shows as a slow mutant.
    public var codec: TextCodec?
    /// A mutant taking longer than this is reported (a hang guard: every reader is linear).
    public var slowLimit = 2.0
    private var rng: SplitMix64
    private var seeds: [(task: TaskDefinition, fileName: String, lines: [String])] = []

    public init(shippedData: String, seed: UInt64 = 0x5EED) throws {
        self.shippedData = shippedData
        rng = SplitMix64(seed: seed)
        for name in Self.taskNames {
            let task = try TaskRegistry.named(name)
            let split: Split = task.benchmark == .glue ? .train : .train32
            let candidates = TaskData.candidateFiles(task, split: split, dataDir: nil, shippedDataDir: shippedData)
            guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else { continue }
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(12).map(String.init)
            seeds.append((task, URL(fileURLWithPath: file).lastPathComponent, lines))
        }
        guard !seeds.isEmpty else { throw UserError("no shipped task data under \(shippedData) to seed the fuzzer") }
    }

    /// Runs `count` mutants, writing them in `scratch` (a folder this fuzzer may overwrite).
    public mutating func run(count: Int, scratch: String) -> Report {
        var report = Report()
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        } catch {
            report.failures.append("cannot create the scratch folder \(scratch): \(error)")
            return report
        }
        for n in 0..<count {
            let target = Target.allCases[n % Target.allCases.count]
            let start = Date()
            let (outcome, what) = runOne(target, scratch: scratch)
            let seconds = Date().timeIntervalSince(start)
            switch outcome {
            case .accepted: report.accepted += 1
            case .refused: report.refused += 1
            case .failed(let why): report.failures.append("mutant #\(n) (\(what)): \(why)")
            }
            if seconds > report.slowest { (report.slowest, report.slowestMutant) = (seconds, "#\(n) (\(what))") }
            if seconds > slowLimit { report.failures.append("mutant #\(n) (\(what)) took \(seconds) s") }
            report.mutants += 1
        }
        return report
    }

    enum Outcome { case accepted, refused, failed(String) }

    private mutating func runOne(_ target: Target, scratch: String) -> (Outcome, String) {
        switch target {
        case .data: return dataMutant(scratch)
        case .configuration: return configurationMutant(scratch)
        case .checkpoint: return checkpointMutant(scratch)
        }
    }

    /// Typed refusals are the expected way to say no; anything else is a finding.
    static func classify(_ body: () throws -> Void) -> Outcome {
        do {
            try body()
            return .accepted
        } catch is TaskError, is UserError, is CheckpointError {
            return .refused
        } catch {
            return .failed("untyped error \(type(of: error)): \(error)")
        }
    }

    // MARK: Data rows

    private mutating func dataMutant(_ scratch: String) -> (Outcome, String) {
        let seed = seeds[rng.next(below: seeds.count)]
        var lines = seed.lines
        var what: [String] = []
        for _ in 0..<(1 + rng.next(below: 3)) {
            let (changed, name) = RowMutation.apply(&rng, to: lines)
            lines = changed
            what.append(name)
        }
        var bytes = Array(lines.joined(separator: "\n").utf8)
        if rng.next(below: 8) == 0 {  // damage the raw bytes too: invalid UTF-8, NUL, a cut
            let k = rng.next(below: max(bytes.count, 1))
            bytes.insert(contentsOf: [[0xFF, 0xFE], [0x00], [0xC3]][rng.next(below: 3)], at: min(k, bytes.count))
            what.append("raw bytes")
        }
        let file = scratch + "/" + seed.fileName
        let label = "\(seed.task.name) \(seed.fileName): " + what.joined(separator: ", ")
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else {
            return (.failed("cannot write \(file)"), label)
        }
        let split: Split = seed.task.benchmark == .glue ? .train : .train32
        let skip = rng.next(below: 2) == 0
        let codec = self.codec
        return (Self.classify {
            let loaded = try TaskData.read(seed.task, split: split, file: file, skipBadRows: skip)
            _ = codec?.encode(loaded.examples, task: seed.task, maxLength: 128, targetLength: codec?.isT5 == true ? 8 : 0)
        }, label)
    }

    // MARK: config.json

    private mutating func configurationMutant(_ scratch: String) -> (Outcome, String) {
        var base = RunConfiguration(task: "cola", method: "ept", model: "/models/m", backbone: .bert, graph: "/g/ept-bert.graph")
        base.maxSteps = 100
        base.buckets = [16, 32]
        base.maxLength = 32
        base.learningRates = ["prompt": 0.003, "head": 0.003]
        base.evalEvery = 10
        guard let data = try? base.encoded(), var object = (try? JSONValue.parse(data))?.objectValue else {
            return (.failed("cannot encode the seed configuration"), "config.json")
        }
        let keys = object.keys.sorted()
        let key = keys[rng.next(below: keys.count)]
        var text: String
        let what: String
        if rng.next(below: 5) == 0 {  // damaged text: cut short or a stray byte
            let full = String(decoding: data, as: UTF8.self)
            let cut = full.index(full.startIndex, offsetBy: rng.next(below: full.count))
            text = String(full[..<cut]) + (rng.next(below: 2) == 0 ? "" : "\u{1}")
            what = "config.json cut"
        } else {
            let value = JSONValueMutation.pick(&rng)
            if value.isRemoval { object[key] = nil } else { object[key] = value.value }
            what = "config.json \(key) = \(value.description)"
            text = String(decoding: JSONValue.object(object).line(), as: UTF8.self)
        }
        let file = scratch + "/config.json"
        guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8)) else {
            return (.failed("cannot write \(file)"), what)
        }
        return (Self.classify { _ = try RunConfiguration.load(path: file) }, what)
    }

    // MARK: Checkpoints

    /// A store with one trainable weight and one optimizer moment, like a run's.
    static func checkpointStore() throws -> WeightStore {
        let weights = [Weight(name: "prompt", type: .f32([3, 4]), role: .trainable, initializer: .normal(mean: 0, std: 1)),
                       Weight(name: "prompt.m", type: .f32([3, 4]), role: .state, initializer: .zeros)]
        return try WeightStore(graph: Graph(name: "fuzz", weights: weights, entries: []), seed: 3)
    }

    private mutating func checkpointMutant(_ scratch: String) -> (Outcome, String) {
        let file = scratch + "/last.safetensors"
        let store: WeightStore
        do { store = try Self.checkpointStore() } catch { return (.failed("cannot build the store: \(error)"), "checkpoint") }
        var position = TrainingPosition(seed: 42)
        (position.step, position.epoch, position.batch, position.examplesSeen) = (12, 1, 4, 96)
        (position.bestMetric, position.bestStep, position.trainingSeconds) = (0.25, 10, 3.5)
        var what = "checkpoint"
        do {
            var positionObject = try JSONValue.parse(JSONEncoder().encode(position)).objectValue ?? [:]
            let keys = positionObject.keys.sorted()
            let key = keys[rng.next(below: keys.count)]
            let value = JSONValueMutation.pick(&rng)
            if value.isRemoval { positionObject[key] = nil } else { positionObject[key] = value.value }
            what = "checkpoint position \(key) = \(value.description)"
            let json = String(decoding: JSONValue.object(positionObject).line(), as: UTF8.self)
            let tensors = store.weights.indices.map { (name: store.weights[$0].name, tensor: store[$0]) }
            try SafeTensorsWriter.write(tensors, metadata: ["format": TrainingCheckpoint.format, "eptc.position": json,
                                                            "eptc.task": "cola", "eptc.method": "ept"], to: file)
            if rng.next(below: 4) == 0 {  // and damage the bytes: a flipped byte or a cut
                var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
                let k = rng.next(below: bytes.count)
                if rng.next(below: 2) == 0 { bytes[k] ^= UInt8(1 + rng.next(below: 255)) } else { bytes.removeLast(bytes.count - k) }
                try Data(bytes).write(to: URL(fileURLWithPath: file))
                what += ", bytes damaged"
            }
        } catch {
            return (.accepted, what)  // not representable: nothing to read
        }
        var loaded: TrainingPosition?
        let outcome = Self.classify { loaded = try TrainingCheckpoint.load(file, into: store) }
        if case .accepted = outcome, let p = loaded, let why = Self.unreachable(p) {
            return (.failed("accepted a position no run reaches: \(why)"), what)
        }
        return (outcome, what)
    }

    /// Why a position cannot come from a run, or nil.
    static func unreachable(_ p: TrainingPosition) -> String? {
        if p.step < 0 || p.epoch < 0 || p.batch < 0 || p.examplesSeen < 0 || p.evaluationsSinceBest < 0 {
            return "a negative count (step \(p.step), epoch \(p.epoch), batch \(p.batch))"
        }
        if !(p.trainingSeconds.isFinite && p.trainingSeconds >= 0) { return "training seconds \(p.trainingSeconds)" }
        if let best = p.bestStep, best < 0 || best > p.step { return "best step \(best) of \(p.step)" }
        if let metric = p.bestMetric, !metric.isFinite { return "best metric \(metric)" }
        return nil
    }
}

/// Row-level mutations of a data file's lines (GLUE TSV or JSON lines).
enum RowMutation {
    static let names = ["drop field", "extra tab", "swap label", "long field", "empty line", "duplicate line",
                        "deep JSON", "JSON type", "CR", "quote"]

    static func apply(_ rng: inout SplitMix64, to lines: [String]) -> ([String], String) {
        var lines = lines.isEmpty ? [""] : lines
        let k = rng.next(below: lines.count)
        let choice = rng.next(below: names.count)
        var line = lines[k]
        var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        switch choice {
        case 0: if !fields.isEmpty { fields.remove(at: rng.next(below: fields.count)) }; line = fields.joined(separator: "\t")
        case 1: line += "\t"
        case 2:
            let labels = ["", "-1", "2", "7", "1e309", "nan", "abc", "0.5", "-0", "5.1", "true", "\"entailment\""]
            let f = rng.next(below: max(fields.count, 1))
            if fields.isEmpty { fields = [""] }
            fields[f] = labels[rng.next(below: labels.count)]
            line = fields.joined(separator: "\t")
            if line.hasPrefix("{") { line = line.replacingOccurrences(of: "\"label\": ", with: "\"label\": \(labels[rng.next(below: labels.count)]), \"x\": ") }
        case 3: line += String(repeating: ["a", "é ", "ab ", "\u{00AD}"][rng.next(below: 4)], count: 2_000 + rng.next(below: 20_000))
        case 4: line = ""
        case 5: lines.insert(line, at: k)
        case 6: line = String(repeating: "[", count: 1 + rng.next(below: 5_000)) + String(repeating: "]", count: rng.next(below: 5_000))
        case 7: line = line.replacingOccurrences(of: "\"", with: ["", "'", "\\", "\"\""][rng.next(below: 4)])
        case 8: line += "\r"
        default: line = "\"" + line
        }
        lines[k] = line
        return (lines, names[choice])
    }
}

/// Values of other kinds and ranges for a JSON field (or its removal).
struct JSONValueMutation: CustomStringConvertible {
    var value: JSONValue
    var isRemoval = false
    var description: String { isRemoval ? "(removed)" : value.brief }

    static func pick(_ rng: inout SplitMix64) -> JSONValueMutation {
        let values: [JSONValue] = [.null, .int(-1), .int(0), .int(-5), .int(1 << 40), .int(Int.max), .int(Int.min),
                                   .double(0.5), .double(-0.5), .double(1e308), .double(-1e308), .string("abc"), .string(""),
                                   .bool(true), .array([.int(1), .int(2)]), .object(["k": .int(1)]), .array([]), .int(99_999)]
        let k = rng.next(below: values.count + 1)
        return k == values.count ? JSONValueMutation(value: .null, isRemoval: true) : JSONValueMutation(value: values[k])
    }
}
