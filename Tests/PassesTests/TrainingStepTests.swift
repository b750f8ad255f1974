import IR
import Passes
import Runtime
import Testing

@Suite struct ActivityTests {
    /// k frozen linear layers over a trainable prompt: the backward must hold exactly k
    /// input-gradient matmuls and no weight-gradient matmul.
    @Test(arguments: [1, 2, 4])
    func frozenLayersGetNoWeightGradients(_ k: Int) throws {
        let (s, d) = (3, 5)
        var weights = [Weight(name: "prompt", type: .f32([s, d]), role: .trainable, initializer: .normal(mean: 0, std: 1))]
        for i in 0..<k { weights.append(Weight(name: "w\(i)", type: .f32([d, d]), role: .frozen)) }
        var b = EntryBuilder(name: "loss", weights: weights)
        var h = b.weight(named: "prompt")!
        for i in 0..<k {
            h = try b.unary(.tanh, try b.add(.matmul(transposeA: false, transposeB: false), [h, b.weight(named: "w\(i)")!]))
        }
        b.result("loss", try b.add(.reduce(.mean, axes: [0, 1], keepDims: false), [h]))
        let graph = Graph(name: "frozen-stack", weights: weights, entries: [b.entry])
        let grad = try Autodiff.gradientEntry(of: b.entry, in: graph, name: "loss_grad")

        let forwardMatmuls = b.entry.statistics().matmuls
        let backwardMatmuls = grad.statistics().matmuls - forwardMatmuls
        #expect(forwardMatmuls == k)
        #expect(backwardMatmuls == k)
        // A weight-gradient matmul of a frozen (d, d) layer would produce a (d, d) value.
        let weightShaped = grad.nodes.filter { if case .matmul = $0.op { return $0.type.shape == [d, d] } else { return false } }
        #expect(weightShaped.isEmpty)
    }

    @Test func integerAndFrozenPathsAreInactive() throws {
        let weights = [Weight(name: "table", type: .f32([4, 2]), role: .frozen),
                       Weight(name: "bias", type: .f32([2]), role: .trainable, initializer: .zeros)]
        var b = EntryBuilder(name: "loss", weights: weights)
        let ids = b.parameter("ids", .i32([3]))
        let rows = try b.add(.gather, [b.weight(named: "table")!, ids])
        let y = try b.add(rows, b.weight(named: "bias")!)
        b.result("loss", try b.add(.reduce(.sum, axes: [0, 1], keepDims: false), [y]))
        let activity = Activity(entry: b.entry, weights: weights, loss: b.entry.results[0].value)
        #expect(!activity.isActive(ids))
        #expect(!activity.isActive(rows))
        #expect(activity.isActive(y))
        let grad = try Autodiff.gradientEntry(of: b.entry, in: Graph(name: "g", weights: weights, entries: [b.entry]), name: "loss_grad")
        #expect(!grad.nodes.contains { if case .scatterAdd = $0.op { return true } else { return false } })
    }
}

@Suite struct AdamWTests {
    /// Two groups, weight decay, clipping that triggers, a varying schedule: three steps of the
    /// in-graph AdamW against a direct transcription of torch.optim.AdamW + clip_grad_norm_.
    @Test func matchesHandComputedReference() throws {
        let a: [Double] = [0.5, -1.5, 2.0], c: [Double] = [3.0, -2.0, 1.0, 4.0]
        let weights = [
            Weight(name: "p", type: .f32([3]), role: .trainable, initializer: .zeros, group: "prompt"),
            Weight(name: "q", type: .f32([2, 2]), role: .trainable, initializer: .zeros, group: "lowrank"),
            Weight(name: "a", type: .f32([3]), role: .frozen),
            Weight(name: "c", type: .f32([2, 2]), role: .frozen),
        ]
        // loss = Σ a·p² + Σ c·q  ⇒  dp = 2·a·p, dq = c
        var b = EntryBuilder(name: "loss", weights: weights)
        let p = b.weight(named: "p")!, q = b.weight(named: "q")!
        let lp = try b.add(.reduce(.sum, axes: [0], keepDims: false), [try b.mul(b.weight(named: "a")!, try b.unary(.square, p))])
        let lq = try b.add(.reduce(.sum, axes: [0, 1], keepDims: false), [try b.mul(b.weight(named: "c")!, q)])
        b.result("loss", try b.add(lp, lq))
        let config = AdamWConfig(groups: ["prompt": .init(learningRate: 0.3, weightDecay: 0),
                                          "lowrank": .init(learningRate: 0.01, weightDecay: 0.1)],
                                 beta1: 0.9, beta2: 0.999, epsilon: 1e-8, maxGradNorm: 1.0)
        var graph = Graph(name: "adamw", weights: weights, entries: [b.entry])
        for pass in standardPipeline(optimizer: config) { graph = try pass.run(graph) }
        try Verifier().verify(graph)

        let p0: [Double] = [1.0, -0.5, 0.25], q0: [Double] = [0.1, 0.2, -0.3, 0.4]
        let store = try WeightStore(graph: graph, provided: [
            "p": Tensor(shape: [3], doubles: p0), "q": Tensor(shape: [2, 2], doubles: q0),
            "a": Tensor(shape: [3], doubles: a), "c": Tensor(shape: [2, 2], doubles: c)])
        let engine = Interpreter(graph: graph, weights: store, precision: .float64)

        // Reference.
        var (pw, qw) = (p0, q0)
        var (mp, vp, mq, vq) = ([Double](repeating: 0, count: 3), [Double](repeating: 0, count: 3),
                                [Double](repeating: 0, count: 4), [Double](repeating: 0, count: 4))
        for (t, scale) in [1.0, 0.5, 0.25].enumerated() {
            var gp = zip(a, pw).map { 2 * $0 * $1 }
            var gq = c
            let norm = (gp + gq).map { $0 * $0 }.reduce(0, +).squareRoot()
            let coef = min(1, 1.0 / (norm + 1e-6))
            gp = gp.map { $0 * coef }
            gq = gq.map { $0 * coef }
            let step = Double(t + 1)
            let bc1 = 1 - 0.9.pow(step), bc2 = 1 - 0.999.pow(step)
            func update(_ w: inout [Double], _ m: inout [Double], _ v: inout [Double], _ g: [Double], lr: Double, wd: Double) {
                for i in w.indices {
                    w[i] *= 1 - lr * wd
                    m[i] = 0.9 * m[i] + 0.1 * g[i]
                    v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i]
                    w[i] -= lr / bc1 * m[i] / (v[i].squareRoot() / bc2.squareRoot() + 1e-8)
                }
            }
            update(&pw, &mp, &vp, gp, lr: 0.3 * scale, wd: 0)
            update(&qw, &mq, &vq, gq, lr: 0.01 * scale, wd: 0.1)

            let out = try engine.run("train_step", inputs: ["lr_scale": Tensor(shape: [], doubles: [scale])])
            #expect(Swift.abs(out["grad_norm"]!.doubles[0] - norm) <= 1e-12 * norm)
            for (name, expected) in [("p", pw), ("q", qw), ("adam_m_p", mp), ("adam_v_p", vp), ("adam_m_q", mq), ("adam_v_q", vq)] {
                let got = store[name]!.doubles
                let err = zip(got, expected).map { Swift.abs($0 - $1) / max(Swift.abs($1), 1e-12) }.max()!
                #expect(err <= 1e-12, "step \(t + 1): \(name) = \(got), expected \(expected)")
            }
            #expect(store[OptimizerPass.stepCounter]!.doubles == [step])
        }
    }
}

private extension Double {
    func pow(_ e: Double) -> Double { (1...Int(e)).reduce(1.0) { acc, _ in acc * self } }
}

@Suite struct TrainingTests {
    /// A linear softmax classifier on a fixed, separable synthetic task: 60 interpreted
    /// train_steps must cut the loss to under a quarter of its starting value.
    @Test func trainStepDrivesLossDown() throws {
        let (n, features, classes) = (12, 4, 3)
        let weights = [Weight(name: "w", type: .f32([features, classes]), role: .trainable, initializer: .normal(mean: 0, std: 0.1)),
                       Weight(name: "bias", type: .f32([classes]), role: .trainable, initializer: .zeros)]
        var b = EntryBuilder(name: "loss", weights: weights)
        let x = b.parameter("x", .f32([n, features]))
        let labels = b.parameter("labels", .i32([n]))
        let logits = try b.add(try b.add(.matmul(transposeA: false, transposeB: false), [x, b.weight(named: "w")!]), b.weight(named: "bias")!)
        b.result("loss", try b.add(.crossEntropy(ignoreIndex: -100), [logits, labels]))
        var graph = Graph(name: "linear", weights: weights, entries: [b.entry])
        for pass in standardPipeline(optimizer: AdamWConfig(defaultGroup: .init(learningRate: 0.1, weightDecay: 0))) {
            graph = try pass.run(graph)
        }
        // Class k lives around the k-th basis vector.
        var rng = SplitMix64(seed: 7)
        var xs: [Float] = [], ys: [Int32] = []
        for i in 0..<n {
            let k = i % classes
            for f in 0..<features { xs.append((f == k ? 2 : 0) + Float(rng.nextUnit() - 0.5)) }
            ys.append(Int32(k))
        }
        let inputs = ["x": Tensor(shape: [n, features], floats: xs), "labels": Tensor(shape: [n], ints: ys)]
        let engine = Interpreter(graph: graph, weights: try WeightStore(graph: graph, seed: 1))
        let first = try engine.run("loss", inputs: inputs)["loss"]!.doubles[0]
        for _ in 0..<60 {
            var stepInputs = inputs
            stepInputs["lr_scale"] = .scalar(Float(1))
            _ = try engine.run("train_step", inputs: stepInputs)
        }
        let last = try engine.run("loss", inputs: inputs)["loss"]!.doubles[0]
        #expect(last < first / 4, "loss went from \(first) to \(last)")
    }
}
