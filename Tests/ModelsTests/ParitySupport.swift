import Codegen
import Foundation
import IR
import Passes
import Runtime
import Support
import Testing
@testable import Models

/// The engines every parity check runs on.
enum EngineKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case interpreter, compiled
    var testDescription: String { rawValue }
}

/// The error measure the parity tolerances are stated in: max |a − b| over the tensor divided by
/// max |b| over the tensor (b is the golden). It is a norm-wise relative error, so elements near
/// zero (where summation order alone decides the last digits) do not dominate. Shapes must match.
func parityError(_ a: Tensor, _ b: Tensor) -> Double {
    guard a.shape == b.shape else { return .infinity }
    let (x, y) = (a.doubles, b.doubles)
    var diff = 0.0, scale = 0.0
    for (u, v) in zip(x, y) {
        if u.isNaN || v.isNaN { return .infinity }
        diff = max(diff, abs(u - v))
        scale = max(scale, abs(v))
    }
    return scale == 0 ? diff : diff / scale
}

/// Rows [0, rows) of axis 1 of a (B, S, D) tensor: (B, rows, D).
func leadingRows(_ t: Tensor, _ rows: Int) -> Tensor {
    let (b, s, d) = (t.shape[0], t.shape[1], t.shape[2])
    let x = t.floats
    var out: [Float] = []
    out.reserveCapacity(b * rows * d)
    for i in 0..<b { out += x[(i * s * d)..<((i * s + rows) * d)] }
    return Tensor(shape: [b, rows, d], floats: out)
}

enum ParityPaths {
    static func repository(_ relative: String) -> String {
        Fixtures.repository.appendingPathComponent(relative).path
    }
    static var miniLM: String { repository("models/minilm-l6") }
    static var miniLMPresent: Bool {
        FileManager.default.fileExists(atPath: miniLM + "/config.json")
            && FileManager.default.fileExists(atPath: miniLM + "/model.safetensors")
    }
}

/// A model folder, one of the parity graphs elaborated for the golden's shapes (with the gradient
/// entry `embedding_loss_grad` added when the graph has `embedding_loss`), its weights, and both
/// engines. Built once per (folder, graph) and shared by the tests of a file: compiling is the slow part.
final class ParityModel: @unchecked Sendable {
    let folder: ModelFolder
    let graph: Graph
    let weights: WeightStore
    let interpreter: Interpreter
    let compiled: CompiledEngine

    /// The name the gradient of the input-embedding offset comes back under.
    let embeddingGradient: String?

    init(folder path: String, graph file: String, bindings: [String: SymbolValue],
         overrides: [String: Tensor] = [:]) throws {
        folder = try ModelFolder(path: path)
        var graph = try folder.elaborate(file, bindings: bindings)
        let offset = graph.weights.first { $0.checkpointName == "parity.inputs_embeds_offset" }
        if let forward = graph.entry(named: "embedding_loss"), let offset {
            graph.entries.append(try Autodiff.gradientEntry(of: forward, in: graph, name: "embedding_loss_grad"))
            embeddingGradient = Autodiff.gradientResultName(offset)
        } else {
            embeddingGradient = nil
        }
        try Verifier().verify(graph)
        self.graph = graph
        weights = try folder.weightStore(for: graph, overrides: overrides)
        interpreter = Interpreter(graph: graph, weights: weights)
        compiled = try CompiledEngine(graph: graph, weights: weights)
    }

    func engine(_ kind: EngineKind) -> Engine {
        kind == .interpreter ? interpreter : compiled
    }

    // MARK: Shared instances

    private static let lock = NSLock()
    private static var cache: [String: Result<ParityModel, Error>] = [:]

    /// The model for `key`, built by `make` the first time (errors are remembered too, so one
    /// failure is reported by each test that needs it, not retried). Compiled engines share a
    /// scratch arena, so suites using one run `.serialized`.
    static func shared(_ key: String, _ make: () throws -> ParityModel) throws -> ParityModel {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[key] { return try cached.get() }
        let result = Result { try make() }
        cache[key] = result
        return try result.get()
    }
}

/// Golden inputs by the graph's parameter names.
func goldenInputs(_ golden: JSONValue, _ names: [String: String]) throws -> [String: Tensor] {
    var out: [String: Tensor] = [:]
    for (parameter, key) in names { out[parameter] = try goldenTensor(golden, key) }
    return out
}

/// The golden's scalar `loss` as an f32[] tensor.
func goldenLoss(_ golden: JSONValue) throws -> Tensor {
    .scalar(Float(try #require(golden["loss"]?.doubleValue, "golden has no numeric 'loss'")))
}

/// `error`, printed with `label` when EPTC_PARITY_VERBOSE is set (to record measured errors).
func measured(_ label: String, _ error: Double) -> Double {
    if ProcessInfo.processInfo.environment["EPTC_PARITY_VERBOSE"] != nil { print("parity \(label): \(error)") }
    return error
}
