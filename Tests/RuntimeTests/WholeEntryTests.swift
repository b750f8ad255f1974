import IR
import Runtime
import Testing

/// Whole entries: a 2-layer MLP's loss and a hand-written SGD step (backward written with the
/// op set, as autodiff will emit it), against numpy; and the simultaneity of `assign`.
@Suite struct WholeEntryTests {
    /// The MLP graph: weights w1 (D, H), b1 (H), w2 (H, C), b2 (C); entries `loss` and `train`.
    static func mlpGraph(_ f: MLPFixture) throws -> Graph {
        let (n, d) = (f.x.shape[0], f.x.shape[1]), (h, c) = (f.w1.shape[1], f.w2.shape[1])
        let weights = [("w1", [d, h]), ("b1", [h]), ("w2", [h, c]), ("b2", [c])].map {
            Weight(name: $0.0, type: .f32($0.1), role: .trainable)
        }
        func forward(_ b: inout EntryBuilder) throws -> (pre: ValueID, hid: ValueID, logits: ValueID, labels: ValueID,
                                                         x: ValueID) {
            let x = b.parameter("x", .f32([n, d]))
            let labels = b.parameter("labels", .i32([n]))
            let pre = try b.add(.binary(.add), [try b.add(.matmul(transposeA: false, transposeB: false), [x, b.weight(0)]),
                                                b.weight(1)], name: "pre")                         // (N, H)
            let hid = try b.add(.unary(.relu), [pre], name: "hid")
            let logits = try b.add(.binary(.add), [try b.add(.matmul(transposeA: false, transposeB: false),
                                                             [hid, b.weight(2)]), b.weight(3)], name: "logits") // (N, C)
            return (pre, hid, logits, labels, x)
        }
        var lossEntry = EntryBuilder(name: "loss", weights: weights)
        let v = try forward(&lossEntry)
        lossEntry.result("logits", v.logits)
        lossEntry.result("loss", try lossEntry.add(.crossEntropy(ignoreIndex: -100), [v.logits, v.labels]))

        var train = EntryBuilder(name: "train", weights: weights)
        let t = try forward(&train)
        train.result("loss", try train.add(.crossEntropy(ignoreIndex: -100), [t.logits, t.labels]))
        let one = train.constant(1)
        let dlogits = try train.add(.crossEntropyGrad(ignoreIndex: -100), [t.logits, t.labels, one])     // (N, C)
        let dw2 = try train.add(.matmul(transposeA: true, transposeB: false), [t.hid, dlogits])            // (H, C)
        let db2 = try train.add(.reduce(.sum, axes: [0], keepDims: false), [dlogits])
        let dhid = try train.add(.matmul(transposeA: false, transposeB: true), [dlogits, train.weight(2)]) // (N, H)
        let dpre = try train.add(.binary(.mul), [dhid, try train.add(.unary(.step), [t.pre])])
        let dw1 = try train.add(.matmul(transposeA: true, transposeB: false), [t.x, dpre])                 // (D, H)
        let db1 = try train.add(.reduce(.sum, axes: [-2], keepDims: false), [dpre])
        let lr = train.constant(f.lr)
        for (w, g) in [(0, dw1), (1, db1), (2, dw2), (3, db2)] {
            let step = try train.add(.binary(.mul), [lr, g])
            train.assign(weight: w, try train.add(.binary(.sub), [train.weight(w), step], name: "new"))
        }
        return Graph(name: "mlp", weights: weights, entries: [lossEntry.entry, train.entry])
    }

    static func engine(_ f: MLPFixture, _ precision: Interpreter.Precision) throws -> Interpreter {
        let graph = try mlpGraph(f)
        let store = try WeightStore(graph: graph, provided: ["w1": f.w1.tensor, "b1": f.b1.tensor,
                                                             "w2": f.w2.tensor, "b2": f.b2.tensor])
        return Interpreter(graph: graph, weights: store, precision: precision)
    }

    static func tolerance(_ p: Interpreter.Precision) -> (Double, Double) {
        // As in OpFixtureTests: float32 1e-5 relative above a floor of 1e-2; float64 1e-10.
        p == .float32 ? (1e-5, 1e-2) : (1e-10, 1e-6)
    }

    @Test(arguments: [Interpreter.Precision.float32, .float64])
    func mlpLossMatchesNumpy(precision: Interpreter.Precision) throws {
        let f = try loadOpFixtures().mlp
        let engine = try Self.engine(f, precision)
        let out = try engine.run("loss", inputs: ["x": f.x.tensor, "labels": f.labels.tensor])
        let (tol, floor) = Self.tolerance(precision)
        let logits = try #require(out["logits"]), loss = try #require(out["loss"])
        #expect(relativeError(logits, f.logits, floor: floor) <= tol)
        #expect(relativeError(loss, f.loss, floor: floor) <= tol)
        #expect(loss.type.dtype == (precision == .float64 ? .f64 : .f32))
    }

    @Test(arguments: [Interpreter.Precision.float32, .float64])
    func mlpTrainStepMatchesNumpy(precision: Interpreter.Precision) throws {
        let f = try loadOpFixtures().mlp
        let engine = try Self.engine(f, precision)
        let out = try engine.run("train", inputs: ["x": f.x.tensor, "labels": f.labels.tensor])
        let (tol, floor) = Self.tolerance(precision)
        #expect(relativeError(try #require(out["loss"]), f.loss, floor: floor) <= tol)
        for (name, want) in [("w1", f.w1_new), ("b1", f.b1_new), ("w2", f.w2_new), ("b2", f.b2_new)] {
            let got = try #require(engine.weights[name])
            #expect(relativeError(got, want, floor: floor) <= tol, "\(name)")
            #expect(got.type.dtype == (precision == .float64 ? .f64 : .f32), "\(name) keeps the run's precision")
        }
        // The step changed the weights, so the loss entry now sees the new values.
        let after = try engine.run("loss", inputs: ["x": f.x.tensor, "labels": f.labels.tensor])
        #expect(try #require(after["loss"]).doubles[0] < f.loss.data[0])
    }

    @Test func evaluateReturnsEveryNode() throws {
        let f = try loadOpFixtures().mlp
        let engine = try Self.engine(f, .float32)
        let entry = try #require(engine.graph.entry(named: "loss"))
        let values = try engine.evaluate(entry, inputs: [f.x.tensor, f.labels.tensor])
        #expect(values.count == entry.nodes.count)
        for (node, value) in zip(entry.nodes, values) { #expect(value.type == node.type, "\(node.name)") }
        let logits = try #require(entry.result(named: "logits")).value
        #expect(relativeError(values[logits], f.logits, floor: 1e-2) <= 1e-5)
        // evaluate never writes weights, even for an entry with updates.
        let train = try #require(engine.graph.entry(named: "train"))
        _ = try engine.evaluate(train, inputs: [f.x.tensor, f.labels.tensor])
        #expect(engine.weights["w1"] == f.w1.tensor)
    }

    /// `assign a = b; assign b = a + 1` must read both old values: a swap-like update that a
    /// sequential implementation would get wrong.
    @Test(arguments: [Interpreter.Precision.float32, .float64])
    func assignUpdatesAreSimultaneous(precision: Interpreter.Precision) throws {
        let weights = [Weight(name: "a", type: .f32([2]), role: .state, initializer: .constant(1)),
                       Weight(name: "b", type: .f32([2]), role: .state, initializer: .constant(5))]
        var b = EntryBuilder(name: "swap", weights: weights)
        let wa = b.weight(0), wb = b.weight(1)
        b.assign(weight: 0, wb)
        b.assign(weight: 1, try b.add(.binary(.add), [wa, b.constant(1)]))
        b.result("old_a", wa)
        let graph = Graph(name: "swap", weights: weights, entries: [b.entry])
        let engine = Interpreter(graph: graph, weights: try WeightStore(graph: graph), precision: precision)
        let out = try engine.run("swap", inputs: [:])
        #expect(out["old_a"]?.doubles == [1, 1])
        #expect(engine.weights["a"]?.doubles == [5, 5])
        #expect(engine.weights["b"]?.doubles == [2, 2])
        _ = try engine.run("swap", inputs: [:])
        #expect(engine.weights["a"]?.doubles == [2, 2])
        #expect(engine.weights["b"]?.doubles == [6, 6])
    }
}
