import IR

/// AdamW as PyTorch defines it (decoupled weight decay, bias-corrected moments), with global
/// gradient-norm clipping and per-group learning rates, written into the graph so the whole
/// update is part of the compiled step.
public struct AdamWConfig: Hashable, Sendable {
    public struct Group: Hashable, Sendable {
        public var learningRate: Double
        public var weightDecay: Double
        public init(learningRate: Double, weightDecay: Double = 0) {
            self.learningRate = learningRate
            self.weightDecay = weightDecay
        }
    }

    /// Groups by name (the `group` of each trainable weight); weights in a group not listed
    /// here use `defaultGroup`.
    public var groups: [String: Group]
    public var defaultGroup: Group
    public var beta1: Double
    public var beta2: Double
    public var epsilon: Double
    /// Clip the global gradient norm to this value (nil: no clipping).
    public var maxGradNorm: Double?

    public init(groups: [String: Group] = [:], defaultGroup: Group = Group(learningRate: 1e-3, weightDecay: 0.01),
                beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, maxGradNorm: Double? = 1.0) {
        self.groups = groups
        self.defaultGroup = defaultGroup
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.maxGradNorm = maxGradNorm
    }

    public func group(_ name: String) -> Group { groups[name] ?? defaultGroup }
}

/// Turns `<loss>_grad` into `train_step(batch..., lr_scale: f32[]) -> (loss, grad_norm)`, which
/// updates the trainable weights and the optimizer state (`adam_step`, `adam_m_*`, `adam_v_*`)
/// in place. `lr_scale` multiplies every group's learning rate: the runner's schedule value.
///
/// With `applyEntry` set it also emits `apply_gradients(grad_<w>..., lr_scale) -> (grad_norm)`: the
/// same clipping and AdamW update on gradients given as inputs. Data-parallel training runs
/// `loss_grad` on each rank's shard, all-reduces the gradients, then calls it on every rank.
public struct OptimizerPass: Pass {
    public let name = "optimizer"
    public var config: AdamWConfig
    public var lossEntry: String
    public var stepEntry: String
    public var applyEntry: String?

    public static let learningRateScale = "lr_scale"
    public static let stepCounter = "adam_step"
    public static let applyGradientsEntry = "apply_gradients"

    public init(config: AdamWConfig = AdamWConfig(), lossEntry: String = "loss", stepEntry: String = "train_step",
                applyEntry: String? = nil) {
        self.config = config
        self.lossEntry = lossEntry
        self.stepEntry = stepEntry
        self.applyEntry = applyEntry
    }

    public func run(_ graph: Graph) throws -> Graph {
        guard let gradEntry = graph.entry(named: lossEntry + "_grad") else { return graph }
        var out = graph
        out.entries.removeAll { $0.name == stepEntry || $0.name == applyEntry }
        let trainable = graph.weights.indices.filter { graph.weights[$0].role == .trainable }

        // Optimizer state: one step counter, two moments per trainable weight.
        // Indexed once: a search per state was O(weights²) on a model with thousands of weights.
        var indexByName: [String: Int] = [:]
        for (i, w) in out.weights.enumerated() where indexByName[w.name] == nil { indexByName[w.name] = i }
        func addState(_ name: String, _ type: TensorType) -> Int {
            if let existing = indexByName[name] { return existing }
            out.weights.append(Weight(name: name, type: type, role: .state, initializer: .zeros, group: "optimizer"))
            indexByName[name] = out.weights.count - 1
            return out.weights.count - 1
        }
        let state = State(trainable: trainable, step: addState(Self.stepCounter, .scalarF32),
                          moments: trainable.map { w in
                              (addState("adam_m_" + graph.weights[w].name, graph.weights[w].type),
                               addState("adam_v_" + graph.weights[w].name, graph.weights[w].type))
                          })

        var b = EntryBuilder(extending: gradEntry, weights: out.weights)
        let lrScale = b.parameter(Self.learningRateScale, .scalarF32)
        let grads = trainable.map { w in gradEntry.result(named: Autodiff.gradientResultName(graph.weights[w]))!.value }
        guard let loss = gradEntry.result(named: "loss")?.value ?? gradEntry.results.first?.value else {
            throw AutodiffError("entry '\(gradEntry.name)' returns no loss")
        }
        let gradNorm = try update(&b, grads: grads, lrScale: lrScale, state: state, weights: graph.weights)
        var entry = b.entry
        entry.name = stepEntry
        entry.results = [EntryResult(name: "loss", value: loss), EntryResult(name: "grad_norm", value: gradNorm)]
        out.entries.append(DeadCodeElimination.run(entry))

        if let applyEntry {
            var a = EntryBuilder(name: applyEntry, weights: out.weights)
            let inputs = trainable.map { w in a.parameter(Autodiff.gradientResultName(graph.weights[w]), graph.weights[w].type) }
            let scale = a.parameter(Self.learningRateScale, .scalarF32)
            let norm = try update(&a, grads: inputs, lrScale: scale, state: state, weights: graph.weights)
            a.result("grad_norm", norm)
            out.entries.append(DeadCodeElimination.run(a.entry))
        }
        return out
    }

    /// Weight indices the update reads and writes: trainable weights, the step counter, the moments.
    struct State {
        var trainable: [Int]
        var step: Int
        var moments: [(m: Int, v: Int)]
    }

    /// Appends clipping and the AdamW update of every trainable weight from `grads` (one per
    /// trainable weight, in order) to `b`; returns the global gradient norm before clipping.
    func update(_ b: inout EntryBuilder, grads: [ValueID], lrScale: ValueID, state: State,
                weights: [Weight]) throws -> ValueID {
        // Global norm and clipping coefficient: min(1, max_norm / (‖g‖ + 1e-6)), as torch does.
        var sumSquares = b.constant(0, .scalarF32, name: "grad_sq")
        for g in grads {
            var sq = try b.unary(.square, g)
            if b.type(of: g).rank > 0 {
                sq = try b.add(.reduce(.sum, axes: Array(0..<b.type(of: g).rank), keepDims: false), [sq], name: "grad_sq")
            }
            sumSquares = try b.add(sumSquares, sq)
        }
        let gradNorm = try b.add(.unary(.sqrt), [sumSquares], name: "grad_norm")
        var clippedGrads = grads
        if let maxNorm = config.maxGradNorm {
            let ratio = try b.div(b.constant(maxNorm), try b.add(gradNorm, b.constant(1e-6)))
            let coef = try b.add(.binary(.minimum), [ratio, b.constant(1)], name: "clip_coef")
            clippedGrads = try grads.map { g throws(TypeError) in try b.mul(g, coef) }
        }

        // Bias corrections from the incremented step counter.
        let step = try b.add(b.weight(state.step), b.constant(1))
        b.assign(weight: state.step, step)
        let bc1 = try b.sub(b.constant(1), try b.add(.binary(.pow), [b.constant(config.beta1), step], name: "beta1_t"))
        let bc2 = try b.sub(b.constant(1), try b.add(.binary(.pow), [b.constant(config.beta2), step], name: "beta2_t"))
        let sqrtBC2 = try b.unary(.sqrt, bc2)

        for (k, w) in state.trainable.enumerated() {
            let weight = weights[w]
            let group = config.group(weight.group)
            let lr = try b.mul(lrScale, b.constant(group.learningRate))
            let g = clippedGrads[k]
            let param = b.weight(w), m = b.weight(state.moments[k].m), v = b.weight(state.moments[k].v)
            let firstNew = b.nodes.count

            // m ← β1·m + (1−β1)·g ; v ← β2·v + (1−β2)·g²
            let m1 = try b.add(try b.mul(m, b.constant(config.beta1)), try b.mul(g, b.constant(1 - config.beta1)))
            let v1 = try b.add(try b.mul(v, b.constant(config.beta2)),
                               try b.mul(try b.unary(.square, g), b.constant(1 - config.beta2)))
            // w ← w·(1 − lr·wd) − (lr / bc1)·m / (√v / √bc2 + ε)
            var decayed = param
            if group.weightDecay != 0 {
                let keep = try b.sub(b.constant(1), try b.mul(lr, b.constant(group.weightDecay)))
                decayed = try b.mul(param, keep)
            }
            let denom = try b.add(try b.div(try b.unary(.sqrt, v1), sqrtBC2), b.constant(config.epsilon))
            let stepSize = try b.div(lr, bc1)
            let updated = try b.sub(decayed, try b.mul(stepSize, try b.div(m1, denom)))
            b.renameNodes(from: firstNew, to: "adamw_" + weight.name)
            b.assign(weight: w, updated)
            b.assign(weight: state.moments[k].m, m1)
            b.assign(weight: state.moments[k].v, v1)
        }
        return gradNorm
    }
}
