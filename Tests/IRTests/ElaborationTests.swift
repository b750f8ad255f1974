import Foundation
import IR
import Syntax
import Testing

@Suite struct ElaborationTests {
    @Test func importsMergeOnceAndResolveRelativePaths() throws {
        let graph = try elaborate([
            ("models/main.graph", "import \"lib/a.graph\"\nimport \"lib/b.graph\"\nentry e(x: f32[d]) -> (y: f32[d]) {\n  return twice(x)\n}"),
            ("models/lib/a.graph", "import \"common.graph\"\nfn twice(x: f32[N]) -> f32[N] {\n  return x * 2.0\n}"),
            ("models/lib/b.graph", "import \"./common.graph\""),
            ("models/lib/common.graph", "param d: int = 3"),
        ])
        #expect(graph.name == "main")
        #expect(graph.entries[0].parameters[0].type == .f32([3]))
    }

    @Test func importCycleNamesTheCycle() {
        let line = firstDiagnosticLine([("a.graph", "import \"b.graph\""), ("b.graph", "import \"c.graph\""),
                                        ("c.graph", "import \"a.graph\"")])
        #expect(line == "c.graph:1:8: error: import cycle: a.graph -> b.graph -> c.graph -> a.graph")
    }

    @Test func forLoopUnrollsWithInterpolatedSharedWeights() throws {
        let graph = try elaborate("""
        param layers: int = 3
        fn layer(h: f32[2, 4], i: int) -> f32[2, 4] {
          weight w = "block.{i}.w": f32[4, 4] frozen
          weight shared = "shared.scale": f32[4] frozen
          return matmul(h, w) * shared
        }
        entry e(x: f32[2, 4]) -> (y: f32[2, 4]) {
          var h = x
          for i in 0..layers {
            h = layer(h, i)
          }
          return h
        }
        """)
        #expect(graph.weights.map(\.name) == ["block_0_w", "shared_scale", "block_1_w", "block_2_w"])
        #expect(graph.weights[2].checkpointName == "block.1.w")
        #expect(graph.entries[0].statistics().opCounts == ["matmul": 3, "mul": 3])
    }

    @Test func ifSelectsABranchAtCompileTime() throws {
        let source = """
        param fused: bool = true
        param k: int = 2
        entry e(x: f32[4]) -> (y: f32[4]) {
          var y = x
          if fused && k * 2 == 4 {
            y = relu(x)
          } else if !fused {
            y = exp(x)
          } else {
            y = tanh(x)
          }
          return y
        }
        """
        let ops = { (g: Graph) in g.entries[0].nodes.map(\.op.spelling.name) }
        #expect(ops(try elaborate(source)) == ["parameter", "relu"])
        #expect(ops(try elaborate(source, bindings: ["fused": .bool(false)])) == ["parameter", "exp"])
        #expect(ops(try elaborate(source, bindings: ["k": .int(3)])) == ["parameter", "tanh"])
    }

    @Test func functionDimsUnifyAndMultipleResultsBind() throws {
        let graph = try elaborate("""
        fn split(x: f32[N, K]) -> (f32[N, K / 2], f32[N, K / 2]) {
          return slice(x, axis=1, start=0, end=K / 2), slice(x, axis=1, start=K / 2, end=K)
        }
        entry e(x: f32[3, 8]) -> (a: f32[3, 4], b: f32[3, 4]) {
          let a, b = split(x)
          return a, b
        }
        """)
        #expect(graph.entries[0].results.map { graph.entries[0].nodes[$0.value].type } == [.f32([3, 4]), .f32([3, 4])])
    }

    @Test func constantExpressionsFoldExactly() throws {
        let graph = try elaborate("""
        param d: int = 64
        param r: int = 4
        param alpha: float = 2.0
        entry e(x: f32[d / r, max(2, r) + 1]) -> (y: f32[16, 5]) {
          return x * (alpha / sqrt(r)) + -0.5
        }
        """)
        let constants = graph.entries[0].nodes.compactMap { n -> Double? in
            if case .constant(let v, _) = n.op { return v } else { return nil }
        }
        #expect(constants == [1.0, -0.5])
    }

    @Test func literalsTakeTheTensorsDType() throws {
        let graph = try elaborate("entry e(ids: i32[4]) -> (y: i32[4]) {\n  return ids + 1\n}")
        #expect(graph.entries[0].nodes[1].type == TensorType(.i32, []))
    }

    @Test func bindingPrecedenceSetOverConfigOverDefault() throws {
        let source = "param n: int = 2\nentry e(x: f32[n]) -> (y: f32[n]) {\n  return x\n}"
        let files = [("main.graph", source)]
        #expect(try elaborate(files).entries[0].parameters[0].type == .f32([2]))
        #expect(try elaborate(files, config: ["n": .int(5), "other": .int(1)]).entries[0].parameters[0].type == .f32([5]))
        #expect(try elaborate(files, bindings: ["n": .int(7)], config: ["n": .int(5)])
            .entries[0].parameters[0].type == .f32([7]))
    }

    @Test func configJSONKeepsNumbersBoolsAndStrings() throws {
        let json = #"{"d_model": 512, "layer_norm_epsilon": 1e-06, "tie_word_embeddings": false, "feed_forward_proj": "relu", "architectures": ["T5"]}"#
        let b = try SymbolBindings.parse(configJSON: Data(json.utf8), path: "config.json")
        #expect(b == ["d_model": .int(512), "layer_norm_epsilon": .float(1e-6), "tie_word_embeddings": .bool(false),
                      "feed_forward_proj": .string("relu")])
        #expect(throws: BindingError.self) { try SymbolBindings.parse(configJSON: Data("[1]".utf8), path: "c.json") }
        #expect(try ParamBindings(parsing: ["a=1", "b=0.5", "c=true", "d=gated-gelu"]).values
            == ["a": .int(1), "b": .float(0.5), "c": .bool(true), "d": .string("gated-gelu")])
    }

    @Test func paramTypeMismatchIsReported() {
        let line = firstDiagnosticLine([("m.graph", "param n: int = 2\nentry e(x: f32[n]) -> (y: f32[n]) {\n  return x\n}")],
                                       bindings: ["n": .float(2.5)])
        #expect(line == "m.graph:1:1: error: param 'n' is int but --set n is float 2.5")
    }

    @Test func stateWeightsAreAssigned() throws {
        let graph = try elaborate("""
        weight step: f32[] state init zeros
        entry tick(x: f32[]) -> (y: f32[]) {
          let next = step + 1.0
          assign step = next
          return next
        }
        """)
        // Nodes: x, step, 1.0, add.
        #expect(graph.entries[0].updates == [StateUpdate(weight: 0, value: 3)])
    }

    @Test func deepExpressionNestingIsADiagnosticNotACrash() {
        let deep = "entry e(x: f32[2]) -> (y: f32[2]) {\n  return " + String(repeating: "-", count: 5000) + "x\n}"
        #expect(firstDiagnosticLine([("d.graph", deep)])?.contains("nesting too deep") == true)
    }

    /// `where(c, a, b)` on compile-time values folds to a or b (any kind), so a param's default can
    /// follow a switch; with tensors it stays the select op.
    @Test func whereFoldsOnCompileTimeValues() throws {
        let source = """
        param regression: bool = false
        param outputs: int = where(regression, 1, 3)
        param name: string = where(!regression, "classes", "score")
        entry e(x: f32[outputs], c: f32[outputs]) -> (y: f32[outputs]) {
          let s = where(regression, 0.5, 2.0)
          return where(c, x * s, x)
        }
        """
        let off = try elaborate(source)
        #expect(off.entries[0].parameters[0].type == .f32([3]))
        #expect(off.entries[0].statistics().opCounts == ["mul": 1, "where": 1])
        #expect(try elaborate(source, bindings: ["regression": .bool(true)]).entries[0].parameters[0].type == .f32([1]))
        #expect(firstDiagnosticLine([("main.graph", "param p: int = where(1, 2, 3)")])
                == "main.graph:1:16: error: where() on compile-time values takes a bool and two values")
    }

    /// A tensor type's dtype may be the name of a compile-time string naming one: a param (so an
    /// entry's signature can follow a switch) or a compile-time fn argument. The printed IR has the
    /// concrete dtype and parses back.
    @Test func dtypeFromAStringParam() throws {
        let source = """
        param regression: bool = false
        param label_dtype: string = where(regression, "f32", "i32")
        fn first(x: kind[N], kind: string) -> kind[1] {
          return slice(x, axis=0, start=0, end=1)
        }
        entry e(labels: label_dtype[4]) -> (y: label_dtype[1]) {
          let z: label_dtype[1] = first(labels, label_dtype)
          return z
        }
        """
        let classes = try elaborate(source)
        #expect(classes.entries[0].parameters[0].type == TensorType(.i32, [4]))
        let scores = try elaborate(source, bindings: ["regression": .bool(true)])
        #expect(scores.entries[0].parameters[0].type == .f32([4]))
        #expect(scores.entries[0].results.map { scores.entries[0].nodes[$0.value].type } == [.f32([1])])
        #expect(try reprint(scores) == Printer().print(scores))
        #expect(firstDiagnosticLine([("main.graph", "entry e(x: f33[2]) -> (y: f32[2]) {\n  return x\n}")])
                == "main.graph:1:12: error: unknown dtype 'f33' (f32, f64, i32, or a string param naming one)")
        #expect(firstDiagnosticLine([("main.graph", "param k: int = 2\nentry e(x: k[2]) -> (y: f32[2]) {\n  return x\n}")])
                == "main.graph:2:12: error: 'k' is int 2, not a dtype name (f32, f64, i32)")
        #expect(firstDiagnosticLine([("main.graph", "param k: string = \"f16\"\nentry e(x: k[2]) -> (y: f32[2]) {\n  return x\n}")])
                == "main.graph:2:12: error: 'k' is string f16, not a dtype name (f32, f64, i32)")
    }
}
