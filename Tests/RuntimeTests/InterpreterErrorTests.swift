import IR
import Runtime
import Testing

/// Bad calls and bad data raise EngineError with a message naming the problem; nothing traps.
@Suite struct InterpreterErrorTests {
    /// A one-op entry over the given parameter types.
    static func engine(_ op: OpKind, _ types: [TensorType], precision: Interpreter.Precision = .float32)
        throws -> Interpreter {
        var b = EntryBuilder(name: "op", weights: [])
        let params = types.enumerated().map { b.parameter("x\($0.offset)", $0.element) }
        b.result("out", try b.add(op, params))
        let graph = Graph(name: "g", entries: [b.entry])
        return Interpreter(graph: graph, weights: try WeightStore(graph: graph), precision: precision)
    }

    /// Runs and returns the EngineError message, or nil when no EngineError was thrown.
    static func failure(_ engine: Interpreter, _ inputs: [String: Tensor], entry: String = "op") -> String? {
        do {
            _ = try engine.run(entry, inputs: inputs)
            return nil
        } catch let error as EngineError {
            return error.message
        } catch {
            return nil
        }
    }

    @Test func gatherRejectsOutOfRangeIds() throws {
        let e = try Self.engine(.gather, [.f32([3, 2]), .i32([2])])
        let table = Tensor(shape: [3, 2], floats: [1, 2, 3, 4, 5, 6])
        for bad: Int32 in [3, -1, .max] {
            let message = Self.failure(e, ["x0": table, "x1": Tensor(shape: [2], ints: [0, bad])])
            #expect(message?.contains("id \(bad)") == true, "\(message ?? "no error")")
        }
        #expect(Self.failure(e, ["x0": table, "x1": Tensor(shape: [2], ints: [0, 2])]) == nil)
    }

    @Test func scatterAddRejectsOutOfRangeIds() throws {
        let e = try Self.engine(.scatterAdd(rows: 2), [.i32([2]), .f32([2, 3])])
        let updates = Tensor(shape: [2, 3], floats: [1, 2, 3, 4, 5, 6])
        #expect(Self.failure(e, ["x0": Tensor(shape: [2], ints: [1, 2]), "x1": updates])?.contains("id 2") == true)
        #expect(Self.failure(e, ["x0": Tensor(shape: [2], ints: [-1, 0]), "x1": updates])?.contains("id -1") == true)
    }

    @Test func crossEntropyRejectsBadLabels() throws {
        let logits = Tensor(shape: [2, 3], floats: [1, 2, 3, 4, 5, 6])
        let loss = try Self.engine(.crossEntropy(ignoreIndex: -100), [.f32([2, 3]), .i32([2])])
        let grad = try Self.engine(.crossEntropyGrad(ignoreIndex: -100), [.f32([2, 3]), .i32([2]), .scalarF32])
        for bad: Int32 in [3, -1, -99] {
            let labels = Tensor(shape: [2], ints: [0, bad])
            #expect(Self.failure(loss, ["x0": logits, "x1": labels])?.contains("label \(bad)") == true)
            #expect(Self.failure(grad, ["x0": logits, "x1": labels, "x2": .scalar(Float(1))])?
                .contains("label \(bad)") == true)
        }
        // The ignore index itself is fine even though it is outside [0, C).
        #expect(Self.failure(loss, ["x0": logits, "x1": Tensor(shape: [2], ints: [0, -100])]) == nil)
    }

    @Test func missingExtraAndMistypedInputs() throws {
        let e = try Self.engine(.unary(.exp), [.f32([2, 2])])
        let good = Tensor(shape: [2, 2], floats: [1, 2, 3, 4])
        #expect(Self.failure(e, [:])?.contains("needs input 'x0'") == true)
        #expect(Self.failure(e, ["x0": good, "y": good])?.contains("no parameter 'y'") == true)
        #expect(Self.failure(e, ["x0": Tensor(shape: [4], floats: [1, 2, 3, 4])])?.contains("must be f32[2, 2]") == true)
        #expect(Self.failure(e, ["x0": Tensor(shape: [2, 2], ints: [1, 2, 3, 4])])?.contains("must be f32[2, 2]") == true)
        // float32 mode wants exactly f32; float64 mode also takes f64 for an f32 parameter.
        let f64 = good.converted(to: .f64)
        #expect(Self.failure(e, ["x0": f64])?.contains("must be f32[2, 2]") == true)
        let e64 = try Self.engine(.unary(.exp), [.f32([2, 2])], precision: .float64)
        #expect(Self.failure(e64, ["x0": f64]) == nil)
        #expect(Self.failure(e64, ["x0": good]) == nil)
        #expect(Self.failure(e, ["x0": good], entry: "nope")?.contains("no entry 'nope'") == true)
        #expect(throws: EngineError.self) { try e.evaluate(e.graph.entries[0], inputs: []) }
    }

    @Test func float64ModeComputesInDouble() throws {
        // 1 + 1e-10 is 1 in Float but not in Double.
        let e = try Self.engine(.binary(.add), [.f32([1]), .f32([1])], precision: .float64)
        let out = try e.run("op", inputs: ["x0": Tensor(shape: [1], doubles: [1]),
                                           "x1": Tensor(shape: [1], doubles: [1e-10])])
        #expect(out["out"]?.type == TensorType(.f64, [1]))
        #expect(out["out"]?.doubles == [1 + 1e-10])
    }

    @Test func castOfNonFiniteOrHugeValuesIsAnError() throws {
        let e = try Self.engine(.cast(.i32), [.f32([1])])
        for bad: Float in [.nan, .infinity, 3e9, -3e9] {
            #expect(Self.failure(e, ["x0": Tensor(shape: [1], floats: [bad])])?.contains("cannot cast") == true)
        }
        #expect(try e.run("op", inputs: ["x0": Tensor(shape: [1], floats: [-2.7])])["out"]?.ints == [-2])
    }

    @Test func integerDivisionByZeroIsAnError() throws {
        let e = try Self.engine(.binary(.div), [.i32([2]), .i32([2])])
        let message = Self.failure(e, ["x0": Tensor(shape: [2], ints: [1, 2]), "x1": Tensor(shape: [2], ints: [1, 0])])
        #expect(message?.contains("division by zero") == true)
        // Int32.min / -1 wraps instead of trapping.
        let wrapped = try e.run("op", inputs: ["x0": Tensor(shape: [2], ints: [.min, 7]),
                                               "x1": Tensor(shape: [2], ints: [-1, -2])])
        #expect(wrapped["out"]?.ints == [.min, -3])
    }

    @Test func malformedEntriesAreErrors() throws {
        // A node that reads a later node.
        let forward = Entry(name: "bad", nodes: [
            Node(op: .unary(.neg), inputs: [1], type: .scalarF32, name: "early"),
            Node(op: .constant(1, .scalarF32), inputs: [], type: .scalarF32, name: "late"),
        ], results: [EntryResult(name: "out", value: 0)])
        // A node whose declared type disagrees with what it computes.
        let mistyped = Entry(name: "mistyped", nodes: [
            Node(op: .constant(1, .f32([2])), inputs: [], type: .f32([2]), name: "c"),
            Node(op: .unary(.neg), inputs: [0], type: .f32([3]), name: "n"),
        ], results: [EntryResult(name: "out", value: 1)])
        // Attributes that type inference would have rejected, on every data-movement op.
        let x = Node(op: .constant(1, .f32([2, 3])), inputs: [], type: .f32([2, 3]), name: "x")
        let badAttributes: [(OpKind, TensorType)] = [
            (.reshape([4, 2]), .f32([4, 2])), (.transpose([0, 0]), .f32([2, 2])),
            (.slice(axis: 1, start: 2, end: 5), .f32([2, 3])), (.broadcast([2, 4]), .f32([2, 4])),
            (.reduce(.sum, axes: [2], keepDims: false), .f32([2])), (.softmax(axis: -3), .f32([2, 3])),
        ]
        let malformed = badAttributes.enumerated().map { i, bad in
            Entry(name: "attr\(i)", nodes: [x, Node(op: bad.0, inputs: [0], type: bad.1, name: "y")],
                  results: [EntryResult(name: "out", value: 1)])
        }
        let graph = Graph(name: "g", entries: [forward, mistyped] + malformed)
        let e = Interpreter(graph: graph, weights: try WeightStore(graph: graph))
        #expect(Self.failure(e, [:], entry: "bad")?.contains("must refer to earlier nodes") == true)
        #expect(Self.failure(e, [:], entry: "mistyped")?.contains("typed f32[3]") == true)
        for entry in malformed {
            #expect(Self.failure(e, [:], entry: entry.name)?.contains("node %1 'y'") == true, "\(entry.nodes[1].op)")
        }
    }

    @Test func errorsNameTheEntryAndNode() throws {
        let e = try Self.engine(.gather, [.f32([3, 2]), .i32([1])])
        let message = Self.failure(e, ["x0": Tensor(shape: [3, 2], floats: [1, 2, 3, 4, 5, 6]),
                                       "x1": Tensor(shape: [1], ints: [9])])
        #expect(message?.hasPrefix("entry 'op', node %2") == true, "\(message ?? "")")
        #expect(message?.contains("(gather)") == true)
    }
}
