import Codegen
import Foundation
import IR
import Passes
import Runtime
import Syntax
import TestSupport
import Testing

/// Training dropout: the op's statistics and scaling, the same masks on both engines, the sites of
/// the T5 and BERT graphs (each its own mask, none when the rate is 0), gradients through it.
@Suite(.serialized) struct DropoutTests {
    /// Elaborates `source` as if it were a file in graphs/, so it can import the shipped graphs.
    static func elaborateInGraphs(_ source: String, _ bindings: [String: SymbolValue] = [:],
                                  config: [String: SymbolValue] = [:]) throws -> Graph {
        let path = repositoryRoot + "/graphs/dropout-test.graph"
        let loader = OverlayLoader(files: [path: Array(source.utf8)], fallback: FileSystemLoader())
        return try Elaborator(loader: loader).elaborate(file: path, bindings: bindings, configBindings: config)
    }

    /// One dropout op on an (R, C) tensor.
    static func dropGraph(rows: Int, cols: Int, rate: Double) throws -> Graph {
        try elaborateInGraphs("""
        entry drop(x: f32[\(rows), \(cols)], seed: i32[]) -> (y: f32[\(rows), \(cols)]) {
          return dropout(x, seed, rate=\(rate))
        }
        """)
    }

    /// Non-zero inputs, distinct enough that a wrong scale or a shifted mask shows.
    static func inputs(_ count: Int) -> Tensor {
        Tensor(shape: [count], floats: (0..<count).map { Float(1 + $0 % 97) / 7 })
    }

    // MARK: The op

    /// Over 2^18 elements the kept count is Binomial(n, 1 − p): within 6 standard deviations of
    /// n(1 − p) (a false failure has probability ~2e-9). Kept values are x · (1/(1 − p)) bit for bit,
    /// the scale computed once in f32 as PyTorch does, so x/(1 − p) to within the four f32 roundings
    /// (p, 1 − p, the reciprocal, the product: relative 4·2^-24); dropped values are exactly 0.
    /// Both engines.
    @Test(arguments: [0.1, 0.5])
    func keptFractionAndScale(rate: Double) throws {
        let (rows, cols) = (256, 1024)
        let graph = try Self.dropGraph(rows: rows, cols: cols, rate: rate)
        let x = Self.inputs(rows * cols)
        let feed = ["x": Tensor(shape: [rows, cols], floats: x.floats), "seed": Tensor.scalar(Int32(20_240_611))]
        let scale = 1 / (1 - Float(rate))
        let engines: [Engine] = [Interpreter(graph: graph, weights: try WeightStore(graph: graph)),
                                 try CompiledEngine(graph: graph, weights: try WeightStore(graph: graph))]
        for engine in engines {
            let y = try #require(try engine.run("drop", inputs: feed)["y"]).floats
            let n = Double(y.count)
            let kept = zip(x.floats, y).filter { $0.1 != 0 }
            let sd = (n * rate * (1 - rate)).squareRoot()
            #expect(Swift.abs(Double(kept.count) - n * (1 - rate)) <= 6 * sd,
                    "\(type(of: engine)): kept \(kept.count) of \(y.count) at rate \(rate)")
            #expect(kept.allSatisfy { $0.1 == $0.0 * scale })
            let exact = { (x: Float) in Double(x) / (1 - rate) }
            #expect(kept.allSatisfy { Swift.abs(Double($0.1) - exact($0.0)) <= 4 * 0x1p-24 * exact($0.0) })
        }
    }

    /// The compiled kernel reproduces `DropoutMask` bit for bit: identical outputs for odd shapes,
    /// extreme seeds and two rates.
    @Test(arguments: [0.1, 0.3])
    func compiledMatchesInterpreterBitForBit(rate: Double) throws {
        let graph = try Self.dropGraph(rows: 15, cols: 77, rate: rate)
        let interpreter = Interpreter(graph: graph, weights: try WeightStore(graph: graph))
        let compiled = try CompiledEngine(graph: graph, weights: try WeightStore(graph: graph))
        let x = Tensor(shape: [15, 77], floats: Self.inputs(15 * 77).floats)
        for seed: Int32 in [0, 1, -1, 7, .max, .min, 123_456_789] {
            let feed = ["x": x, "seed": Tensor.scalar(seed)]
            let want = try #require(try interpreter.run("drop", inputs: feed)["y"]).floats
            let got = try #require(try compiled.run("drop", inputs: feed)["y"]).floats
            #expect(got == want, "seed \(seed)")
        }
    }

    // MARK: The backbones' sites

    struct Backbone: Sendable, CustomTestStringConvertible {
        var graph: String
        var config: [String: SymbolValue]
        /// T5: 2 per stack + 4 per encoder block + 6 per decoder block; BERT: embeddings, head, 3 per layer.
        var sites: Int
        var testDescription: String { graph }
        var isBERT: Bool { graph == "bert" }

        /// `loss` under dropout 0 and `eval_loss`: the same computation with train = false.
        var evalSource: String {
            isBERT ? """
            import "bert.graph"
            entry eval_loss(input_ids: i32[B, L], attention_mask: i32[B, L], token_type_ids: i32[B, L], labels: label_dtype[B])
                -> (loss: f32[]) {
              weight words = "embeddings.word_embeddings.weight": f32[vocab_size, hidden_size] frozen
              let seed = no_seed()
              let h = bert_encode(gather(words, input_ids), attention_mask, token_type_ids, seed, false)
              return head_loss(classify(mean_pool(h, attention_mask), seed, false), labels)
            }
            """ : """
            import "t5.graph"
            entry eval_loss(input_ids: i32[B, L], attention_mask: i32[B, L], labels: i32[B, T]) -> (loss: f32[]) {
              weight shared = "shared.weight": f32[vocab_size, d_model] frozen
              let seed = no_seed()
              let enc = t5_encode(gather(shared, input_ids), attention_mask, seed, false)
              return t5_loss(t5_decode(enc, attention_mask, shift_right(labels), seed, false), labels)
            }
            """
        }

        func elaborate(dropout: Double) throws -> Graph {
            var bindings: [String: SymbolValue] = ["B": .int(2), "L": .int(4), "dropout": .float(dropout)]
            if !isBERT { bindings["T"] = .int(3) }
            return try DropoutTests.elaborateInGraphs(evalSource, bindings, config: config)
        }

        func batch(seed: Int32) -> [String: Tensor] {
            var b = isBERT ? bertBatch(B: 2, L: 4, vocab: 20, seed: 41) : t5Batch(B: 2, L: 4, T: 3, vocab: 20, seed: 41)
            b["seed"] = dropoutSeed(seed)
            return b
        }
    }

    static let backbones = [
        Backbone(graph: "t5", config: tinyT5Config, sites: 2 + 4 + 2 + 6),
        Backbone(graph: "bert", config: tinyBERTConfig, sites: 2 + 3),
    ]

    /// With dropout 0.1 the whole `loss` runs the same masks on both engines (f32, relative 1e-4 for
    /// differently ordered sums; one differing mask element would move it by far more).
    @Test(arguments: backbones)
    func wholeLossAgreesAcrossEngines(_ b: Backbone) throws {
        var graph = try b.elaborate(dropout: 0.1)
        graph.entries.removeAll { $0.name != "loss" }
        #expect(graph.entries[0].statistics().opCounts["dropout"] == b.sites)
        let batch = b.batch(seed: 99)
        let interpreted = try #require(try Interpreter(graph: graph, weights: try initialStore(graph, seed: 5))
            .run("loss", inputs: batch)["loss"]).doubles[0]
        let compiled = try #require(try CompiledEngine(graph: graph, weights: try initialStore(graph, seed: 5))
            .run("loss", inputs: batch)["loss"]).doubles[0]
        #expect(interpreted.isFinite)
        #expect(Swift.abs(compiled - interpreted) <= 1e-4 * Swift.abs(interpreted), "compiled \(compiled) vs \(interpreted)")
    }

    /// Different seeds give different losses, neither the eval loss; at rate 0 no dropout op is
    /// emitted, the seed is ignored and `loss` is the eval loss bit for bit.
    @Test(arguments: backbones)
    func seedsChangeTheLossAndRateZeroIsEval(_ b: Backbone) throws {
        func losses(_ graph: Graph) throws -> (Double, Double, Double) {
            let engine = Interpreter(graph: graph, weights: try initialStore(graph, seed: 6))
            var evalBatch = b.batch(seed: 0)
            evalBatch.removeValue(forKey: "seed")
            let eval = try #require(try engine.run("eval_loss", inputs: evalBatch)["loss"]).doubles[0]
            let first = try #require(try engine.run("loss", inputs: b.batch(seed: 1))["loss"]).doubles[0]
            let second = try #require(try engine.run("loss", inputs: b.batch(seed: 2))["loss"]).doubles[0]
            return (eval, first, second)
        }
        let (eval, first, second) = try losses(try b.elaborate(dropout: 0.1))
        #expect(first != second && first != eval && second != eval, "\(eval) \(first) \(second)")

        let off = try b.elaborate(dropout: 0)
        #expect(off.entry(named: "loss")?.statistics().opCounts["dropout"] == nil)
        let (offEval, offFirst, offSecond) = try losses(off)
        #expect(offFirst == offEval && offSecond == offEval)
        #expect(offEval == eval)
    }

    /// Every site's seed is `seed + c` with its own constant c; the masks those seeds give are
    /// pairwise independent: over 2^16 elements at p = 0.1 the fraction dropped by both sites of a
    /// pair is within 6 standard deviations of p² (Binomial(n, p²)).
    @Test(arguments: backbones)
    func sitesHaveTheirOwnIndependentMasks(_ b: Backbone) throws {
        let entry = try #require(try b.elaborate(dropout: 0.1).entry(named: "loss"))
        let seedParameter = try #require(entry.nodes.firstIndex { $0.op == .parameter(entry.parameters.count - 1) })
        #expect(entry.parameters.last?.name == "seed" && entry.parameters.last?.type == TensorType(.i32, []))
        var offsets: [Int32] = []
        for node in entry.nodes {
            guard case .dropout = node.op else { continue }
            let derived = entry.nodes[node.inputs[1]]
            #expect(derived.op == .binary(.add) && derived.inputs[0] == seedParameter)
            guard case .constant(let c, _) = entry.nodes[derived.inputs[1]].op else {
                Issue.record("site seed is not seed + constant"); continue
            }
            offsets.append(Int32(c))
        }
        #expect(offsets.count == b.sites && Set(offsets).count == b.sites, "\(offsets)")

        let (n, p) = (1 << 16, 0.1)
        let threshold = DropoutMask.threshold(rate: p), step: Int32 = 31_337
        let masks = offsets.map { c in
            (0..<n).map { !DropoutMask.keep(seed: step &+ c, index: $0, threshold: threshold) }
        }
        let sd = (Double(n) * p * p * (1 - p * p)).squareRoot()
        for i in masks.indices {
            for j in masks.indices where j > i {
                let both = zip(masks[i], masks[j]).filter { $0 && $1 }.count
                #expect(Swift.abs(Double(both) - Double(n) * p * p) <= 6 * sd,
                        "sites \(offsets[i]), \(offsets[j]): both dropped \(both) of \(n)")
            }
        }
    }

    /// Finite differences through every dropout site (fixed seed) agree with the analytic gradient
    /// of every EPT weight (EPTGradientTests' check: f64, step 1e-6, relative 1e-6).
    @Test(arguments: ["ept", "ept-bert"])
    func gradientThroughDropout(_ method: String) throws {
        let bert = method.hasSuffix("bert")
        var bindings = tinyEPTBindings
        bindings["B"] = .int(2)
        bindings["L"] = .int(3)
        if !bert { bindings["T"] = .int(2) }
        let config = (bert ? tinyBERTConfig : tinyT5Config).merging(["dropout": .float(0.1)]) { $1 }
        let graph = try elaborateMethod(method, bindings, config: config)
        #expect((graph.entry(named: "loss")?.statistics().opCounts["dropout"] ?? 0) > 0)
        let batch = bert ? bertBatch(B: 2, L: 3, vocab: 20, seed: 17) : t5Batch(B: 2, L: 3, T: 2, vocab: 20, seed: 17)
        let errors = try EPTGradientTests.check(graph, inputs: batch, seed: 4)
        #expect(!errors.isEmpty)
        for (name, error) in errors.sorted(by: { $0.key < $1.key }) {
            #expect(error <= EPTGradientTests.tolerance, "\(method): gradient of \(name) off by \(error) (relative)")
        }
    }
}
