import IR
import Syntax
import Testing

/// Fused regions in the graph language: `fused PATTERN(a, b) { ... return y }` elaborates to one
/// `fused` node whose body is the block, prints back in the same form, and is checked like the
/// graph around it.
@Suite struct RegionTests {
    static let specimen = """
        graph regions

        weight b: f32[8] frozen
        weight w: f32[8, 8] frozen

        entry f(x: f32[4, 8], m: f32[4, 1]) -> (y: f32[4, 8], z: f32[4, 8]) {
          let y: f32[4, 8] = fused elementwise(x, b) {
            let t: f32[4, 8] = add(x, b)
            let g: f32[4, 8] = gelu_tanh(t)
            let c: f32[] = const(value=2.0)
            let u: f32[4, 8] = mul(g, c)
            return u
          }
          let s: f32[4, 8] = fused softmax(y, m) {
            let t_1: f32[4, 8] = add(y, m)
            let p: f32[4, 8] = softmax(t_1, axis=-1)
            return p
          }
          let z: f32[4, 8] = fused generic(s, w) {
            let q: f32[4, 8] = matmul(s, w)
            return q
          }
          return y, z
        }

        """

    @Test func printedRegionsParseBackIdentically() throws {
        let graph = try elaborate(Self.specimen)
        #expect(Printer().print(graph) == Self.specimen)
        let entry = graph.entries[0]
        let fused = entry.nodes.compactMap { n -> FusedRegion? in if case .fused(let r) = n.op { r } else { nil } }
        #expect(fused.map(\.name) == ["elementwise", "softmax", "generic"])
        #expect(fused[0].inputCount == 2)
        #expect(fused[0].isElementwise && !fused[1].isElementwise)
        #expect(entry.statistics().opCounts == ["fused elementwise": 1, "fused softmax": 1, "fused generic": 1])
        #expect(entry.statistics().matmuls == 1)
        // The matmul inside `generic` counts as matmul work: 2 · 4 · 8 · 8 (the bench's rate).
        #expect(entry.statistics().matmulFlops == 2 * 4 * 8 * 8)
        try Verifier().verify(graph)
    }

    @Test func bodiesMayUseExpressionsLoopsAndParams() throws {
        let graph = try elaborate("""
            param k: int = 3
            entry f(x: f32[4]) -> (y: f32[4]) {
              let y = fused elementwise(x) {
                var h = x
                for i in 0..k { h = h * 2.0 + 1.0 }
                return relu(h)
              }
              return y
            }
            """)
        guard case .fused(let region) = graph.entries[0].nodes[graph.entries[0].results[0].value].op else {
            Issue.record("the result is not a fused node")
            return
        }
        #expect(region.computedNodes.count == 3 * 4 + 1)
        #expect(try reprint(graph) == Printer().print(graph))
    }

    /// A region body is printed with names unique across the entry, so nothing shadows.
    @Test func bodyNamesNeverShadowOuterNames() throws {
        let graph = try elaborate("""
            entry f(x: f32[4]) -> (t: f32[4], u: f32[4]) {
              let t = exp(x)
              let u = fused elementwise(t) {
                let t2 = neg(t)
                let x = t2 * t2
                return x
              }
              return t, u
            }
            """)
        let printed = Printer().print(graph)
        #expect(printed.contains("let x_1: f32[4] = mul(t2, t2)"))
        #expect(try reprint(graph) == printed)
    }

    @Test(arguments: [
        ("let y = fused e(x, x) { return x }", "'x' is given to fused region 'e' twice"),
        ("let y = fused e(neg(x)) { return x }", "must be value names"),
        ("let y = fused e(x) { let z = x + w }", "must end with 'return'"),
        ("let y = fused e(x) { return x, reshape(x, shape=[2, 2]) }", "only an elementwise or row region (sums and means over the last axis) returns several values"),
        ("let y = fused e(x) { return x, broadcast(x, shape=[2, 4]) }", "must have the first one's shape [4]"),
        ("let y = region_result(x, index=1, shape=[4])", "which is not a fused region"),
        ("let z = fused e(x) { return x, exp(x) }\n let q = region_result(z, index=2, shape=[4])\n let y = z",
         "fused region 'e' returns 2 value(s), no #2"),
        ("let z = fused e(x) { return x, exp(x) }\n let q = region_result(z, index=1, shape=[2, 2])\n let y = z",
         "is typed f32[2, 2] but result #1 of 'e' is f32[4]"),
        ("let z = fused e(x) { return x, exp(x) }\n let q = region_result(z, index=0, shape=[4])\n let y = z",
         "index must be 1 or more"),
        ("let y = fused e(x) { return x * w }", "cannot read weight 'w'; pass it as an input"),
        ("let y = fused e(x) { let z = fused f(x) { return x }\n return z }", "fused regions do not nest"),
        ("let y = fused e(x) { assign s = x\n return x }", "'assign' is not allowed in a fused region"),
        ("let y = fused e(x) { weight v: f32[4] frozen\n return x }", "weights cannot be declared in a fused region"),
        ("let y = fused e(x) { return undefined_thing }", "undefined value 'undefined_thing'"),
        ("let y = fused e(x) (x)", "expected '{' to open the body of fused region 'e'"),
        ("let y = fused e(x, k=1) { return x }", "takes value names, not named arguments"),
        ("let y: f32[3] = fused e(x) { return x }", "annotated f32[3] but its value is f32[4]"),
        ("let y = fused e(x) { return matmul(x, x) }", "matmul: operands must have rank ≥ 2"),
    ])
    func badRegionsAreDiagnosed(_ body: String, _ expected: String) {
        let source = """
            weight w: f32[4] frozen
            weight s: f32[4] trainable init zeros
            entry f(x: f32[4]) -> (y: f32[4]) {
              \(body)
              return y
            }
            """
        do {
            _ = try elaborate(source)
            Issue.record("no error for: \(body)")
        } catch {
            #expect(error.message.contains(expected), "\(body): \(error.message)")
            #expect((error.location?.line ?? 0) >= 3, "\(body): line \(error.location?.line ?? 0)")
        }
    }

    /// A region returning several values (what `fuse-multi-result` makes of AdamW): the fused value
    /// is the first, `region_result` reads the others; it prints and parses back identically
    /// (FusedRegionTests runs one compiled, interpreted, and inlined).
    @Test func severalResultsRoundTripAndInline() throws {
        let graph = try elaborate("""
            entry f(g: f32[4], m: f32[4], w: f32[4]) -> (w1: f32[4], m1: f32[4]) {
              let w1 = fused elementwise(g, m, w) {
                let m_new = m * 0.9 + g * 0.1
                return w - 0.01 * m_new, m_new
              }
              let m1 = region_result(w1, index=1, shape=[4])
              return w1, m1
            }
            """)
        let entry = graph.entries[0]
        guard case .fused(let region) = entry.nodes[entry.results[0].value].op else {
            Issue.record("the first result is not a fused node")
            return
        }
        #expect(region.results.count == 2)
        #expect(entry.nodes[entry.results[1].value].op == .regionResult(index: 1, .f32([4])))
        let printed = Printer().print(graph)
        #expect(printed.contains("return sub, m_new"), "\(printed)")
        #expect(printed.contains("region_result(w1, index=1, shape=[4])"), "\(printed)")
        #expect(try reprint(graph) == printed)
    }

    /// `fused` is a keyword only before `NAME(`: it still names values.
    @Test func fusedStillNamesValues() throws {
        let graph = try elaborate("""
            entry f(fused: f32[2]) -> (y: f32[2]) {
              let y = fused + fused
              return y
            }
            """)
        #expect(graph.entries[0].nodes.count == 2)
    }

    /// A region whose body is ill-typed (built without the front end) fails verification with
    /// the body value named.
    @Test func verifierChecksBodies() throws {
        let x = Node(op: .parameter(0), inputs: [], type: .f32([4]), name: "x")
        let bad = Node(op: .unary(.exp), inputs: [0], type: .f32([5]), name: "e")
        let region = FusedRegion(name: "elementwise", nodes: [x, bad], result: 1)
        var entry = Entry(name: "f", parameters: [EntryParameter(name: "x", type: .f32([4]))])
        entry.nodes = [Node(op: .parameter(0), inputs: [], type: .f32([4]), name: "x"),
                       Node(op: .fused(region), inputs: [0], type: .f32([5]), name: "y")]
        entry.results = [EntryResult(name: "y", value: 1)]
        let graph = Graph(name: "g", entries: [entry])
        #expect {
            try Verifier().verify(graph)
        } throws: { error in
            "\(error)".contains("'e' is typed f32[5] but exp gives f32[4]")
        }
        var twice = entry
        let two = FusedRegion(name: "elementwise", nodes: [x, x.with(op: .parameter(1)),
                                                           Node(op: .binary(.add), inputs: [0, 1], type: .f32([4]), name: "s")],
                              result: 2)
        twice.nodes[1] = Node(op: .fused(two), inputs: [0, 0], type: .f32([4]), name: "y")
        #expect {
            try Verifier().verify(Graph(name: "g", entries: [twice]))
        } throws: { error in
            "\(error)".contains("is given the same value twice")
        }
    }
}

private extension Node {
    func with(op: OpKind) -> Node { Node(op: op, inputs: inputs, type: type, name: name, location: location) }
}
