import IR
import Passes
import Runtime
import Testing

/// Finite-difference gradient checking in Float64 on the interpreter.
///
/// The harness turns an op's output `y` into a scalar `loss = Σ y ⊙ R` with a fixed random
/// projection `R`, differentiates with `Autodiff`, and compares every trainable weight's gradient
/// with central differences (step 1e-6). Error measure: max |fd − analytic| over the tensor,
/// divided by max |analytic| — tolerance 1e-6 (f64, where truncation error is ~1e-11).
struct GradientCheck {
    var weights: [Weight] = []
    var values: [String: Tensor] = [:]
    var rng = SplitMix64(seed: 42)

    static let tolerance = 1e-6
    static let step = 1e-6

    /// A trainable weight with uniform values in [low, high].
    mutating func trainable(_ name: String, _ shape: [Int], _ low: Double = -1, _ high: Double = 1) -> String {
        weights.append(Weight(name: name, type: .f32(shape), role: .trainable, initializer: .zeros))
        values[name] = random(shape, low, high)
        return name
    }

    mutating func frozen(_ name: String, _ shape: [Int], _ low: Double = -1, _ high: Double = 1) -> String {
        weights.append(Weight(name: name, type: .f32(shape), role: .frozen))
        values[name] = random(shape, low, high)
        return name
    }

    mutating func frozenInts(_ name: String, _ shape: [Int], _ values: [Int32]) -> String {
        weights.append(Weight(name: name, type: .i32(shape), role: .frozen))
        self.values[name] = Tensor(shape: shape, ints: values)
        return name
    }

    mutating func random(_ shape: [Int], _ low: Double, _ high: Double) -> Tensor {
        let n = shape.reduce(1, *)
        return Tensor(shape: shape, doubles: (0..<n).map { _ in low + (high - low) * rng.nextUnit() })
    }

    /// Builds `loss = Σ op(...) ⊙ R`, checks all trainable gradients; returns the worst error.
    @discardableResult
    mutating func check(_ label: String, sourceLocation: SourceLocation = #_sourceLocation,
                        _ build: (inout EntryBuilder) throws -> ValueID) throws -> Double {
        var probe = EntryBuilder(name: "probe", weights: weights)
        let probeOutput = try build(&probe)
        let outType = probe.type(of: probeOutput)
        _ = frozen("projection", outType.shape)

        var b = EntryBuilder(name: "loss", weights: weights)
        let y = try build(&b)
        var loss = try b.mul(y, b.weight(named: "projection")!)
        if outType.rank > 0 {
            loss = try b.add(.reduce(.sum, axes: Array(0..<outType.rank), keepDims: false), [loss], name: "loss")
        }
        b.result("loss", loss)
        var graph = Graph(name: label, weights: weights, entries: [b.entry])
        graph.entries.append(try Autodiff.gradientEntry(of: b.entry, in: graph, name: "loss_grad"))
        try Verifier().verify(graph)

        let store = try WeightStore(graph: graph, provided: values)
        return try Self.compare(graph: graph, store: store, inputs: [:], label: label, sourceLocation: sourceLocation)
    }

    /// Compares `loss_grad` with central differences of `loss` for every trainable weight of
    /// `graph` (at most `samples` elements per weight, spread evenly), in Float64.
    @discardableResult
    static func compare(graph: Graph, store: WeightStore, inputs: [String: Tensor], label: String,
                        samples: Int = .max, sourceLocation: SourceLocation = #_sourceLocation) throws -> Double {
        let interpreter = Interpreter(graph: graph, weights: store, precision: .float64)
        let analytic = try interpreter.run("loss_grad", inputs: inputs)
        var worst = 0.0
        for (index, weight) in graph.weights.enumerated() where weight.role == .trainable {
            let grad = analytic[Autodiff.gradientResultName(weight)]!.doubles
            let base = store[index].doubles
            let stride = max(1, base.count / min(samples, base.count))
            var error = 0.0
            let scale = max(grad.map(Swift.abs).max() ?? 0, 1e-12)
            for i in Swift.stride(from: 0, to: base.count, by: stride) {
                func lossAt(_ v: Double) throws -> Double {
                    var perturbed = base
                    perturbed[i] = v
                    store[index] = Tensor(shape: weight.type.shape, doubles: perturbed)
                    return try interpreter.run("loss", inputs: inputs)["loss"]!.doubles[0]
                }
                let numeric = (try lossAt(base[i] + step) - lossAt(base[i] - step)) / (2 * step)
                error = max(error, Swift.abs(numeric - grad[i]) / scale)
            }
            store[index] = Tensor(shape: weight.type.shape, doubles: base)
            #expect(error <= tolerance, "\(label): gradient of \(weight.name) off by \(error) (relative)",
                    sourceLocation: sourceLocation)
            worst = max(worst, error)
        }
        return worst
    }
}
