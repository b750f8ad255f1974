import IR
import Syntax
import Testing

@Suite struct RoundTripTests {
    @Test func shippedGraphsElaborateAndRoundTrip() throws {
        let paths = try shippedGraphPaths()
        #expect(paths.count >= 2)
        for name in paths {
            let graph = try Elaborator(loader: FileSystemLoader()).elaborate(file: name, configBindings: smallModelConfig)
            #expect(!graph.entries.isEmpty, "\(name)")
            let printed = Printer().print(graph)
            #expect(try reprint(graph) == printed, "\(name) does not round-trip")
        }
    }

    /// With training dropout on (dropout ops, per-site seeds) and BERT's regression head (f32
    /// labels through `label_dtype`), every shipped graph still prints and parses back.
    @Test func shippedGraphsWithDropoutAndRegressionRoundTrip() throws {
        let config = smallModelConfig.merging(["dropout": .float(0.1), "regression": .bool(true)]) { $1 }
        for name in try shippedGraphPaths() {
            let graph = try Elaborator(loader: FileSystemLoader()).elaborate(file: name, configBindings: config)
            let printed = Printer().print(graph)
            #expect(try reprint(graph) == printed, "\(name) does not round-trip")
            let hasSites = !name.hasSuffix("/mlp.graph") && !name.hasSuffix("/attention.graph")
            #expect((graph.entry(named: "loss")?.statistics().opCounts["dropout"] ?? 0 > 0) == hasSites, "\(name)")
        }
    }

    @Test func printedSpecimenParsesBack() throws {
        let text = """
        graph mlp

        weight fc1_weight: f32[16, 32] trainable init normal(mean=0.0, std=0.02) group prompt from "fc1.weight"
        weight fc1_bias: f32[32] frozen from "fc1.bias"
        weight adam_m: f32[8, 32] state init zeros

        entry forward(x: f32[8, 16], y: i32[8]) -> (loss: f32[], s: f32[8, 1]) {
          let h: f32[8, 32] = matmul(x, fc1_weight)
          let c: f32[] = const(value=0.5)
          let h2: f32[8, 32] = mul(h, c)
          let s: f32[8, 1] = sum(h2, axes=[1], keepdims=true)
          let loss: f32[] = mean(s, axes=[0, 1])
          assign adam_m = h2
          return loss, s
        }

        """
        let graph = try elaborate([("specimen.graph", text)])
        #expect(Printer().print(graph) == text)
        #expect(graph.weights.map(\.name) == ["fc1_weight", "fc1_bias", "adam_m"])
        #expect(graph.weights[0].group == "prompt")
        #expect(graph.weights[0].initializer == .normal(mean: 0, std: 0.02))
        #expect(graph.entries[0].updates.count == 1)
    }

    /// Floats print in their shortest form and must read back to the same bits.
    @Test(arguments: [1e-6, -0.5, 0.1, 1.0 / 3.0, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -0.0, 123456789.0,
                      Double.infinity, -Double.infinity])
    func floatAttributesRoundTripBitExactly(_ value: Double) throws {
        let text = """
        graph g
        entry e(x: f32[2]) -> (y: f32[2]) {
          let c: f32[] = const(value=\(formatFloat(value)))
          let y: f32[2] = add(x, c)
          return y
        }
        """
        let graph = try elaborate(text)
        guard case .constant(let v, _) = graph.entries[0].nodes[1].op else {
            Issue.record("expected a constant")
            return
        }
        #expect(v.bitPattern == value.bitPattern)
        #expect(try reprint(graph) == Printer().print(graph))
    }

    @Test func nanConstantRoundTrips() throws {
        let graph = try elaborate("entry e(x: f32[2]) -> (y: f32[2]) { return x + nan }")
        guard case .constant(let v, _) = graph.entries[0].nodes[1].op else {
            Issue.record("expected a constant")
            return
        }
        #expect(v.isNaN)
        #expect(try reprint(graph) == Printer().print(graph))
    }
}
