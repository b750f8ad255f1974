import IR
import Syntax
import Testing

/// Trainable parameter counts of every method graph, per optimizer group, against closed forms
/// (docs/METHODS.md). Elaboration needs no weights, so these run at T5-Base and MiniLM shapes.
@Suite struct ParameterCountTests {
    // T5-Base / MiniLM dims used by the formulas.
    let d = 768, h = 384

    /// DePT: prompt s·d, low-rank m·r + r·d.
    func dept(s: Int, r: Int, m: Int, d: Int) -> [String: Int] { ["prompt": s * d, "lowrank": m * r + r * d] }

    /// EPT adds N·2·d·k (D_i, U_i) + d·N (W_g) to the prompt group when multi-space is on, and d (λ)
    /// when fusion is on (DESIGN.md §6).
    func ept(s: Int, r: Int, m: Int, n: Int, k: Int, d: Int, multispace: Bool, fusion: Bool) -> [String: Int] {
        var counts = dept(s: s, r: r, m: m, d: d)
        if multispace { counts["prompt"]! += n * 2 * d * k + d * n }
        if fusion { counts["prompt"]! += d }
        return counts
    }

    @Test func deptMatchesTheIssueExample() throws {
        let graph = try elaborateMethod("dept", ["prompt_len": .int(60), "rank": .int(30), "max_len": .int(256)],
                                        config: t5BaseConfig)
        #expect(graph.trainableCountsByGroup() == ["prompt": 46_080, "lowrank": 30_720])
        #expect(graph.parameterCounts()[.trainable] == 76_800)
    }

    @Test(arguments: [(60, 30, 256), (40, 20, 256), (10, 8, 128), (100, 1, 512)])
    func deptFormula(_ s: Int, _ r: Int, _ m: Int) throws {
        let graph = try elaborateMethod("dept", ["prompt_len": .int(s), "rank": .int(r), "max_len": .int(m)],
                                        config: t5BaseConfig)
        #expect(graph.trainableCountsByGroup() == dept(s: s, r: r, m: m, d: d))
    }

    struct EPTCase: Sendable, CustomTestStringConvertible {
        var s = 40, r = 20, m = 256, n = 4, k = 4, multispace = true, fusion = true
        var testDescription: String { "s=\(s) r=\(r) m=\(m) N=\(n) k=\(k) ms=\(multispace) fu=\(fusion)" }
        var bindings: [String: SymbolValue] {
            ["prompt_len": .int(s), "rank": .int(r), "max_len": .int(m), "spaces": .int(n), "space_width": .int(k),
             "use_multispace": .bool(multispace), "use_fusion": .bool(fusion)]
        }
    }

    static let eptCases: [EPTCase] = [
        EPTCase(),                                                 // defaults (budget-matched)
        EPTCase(s: 60, r: 30),                                     // DePT-shaped
        EPTCase(fusion: false),                                    // --no-fusion
        EPTCase(multispace: false),                                // --no-multispace
        EPTCase(multispace: false, fusion: false),                 // both off = DePT
        EPTCase(n: 2, k: 8),                                       // --spaces 2, wider spaces
        EPTCase(s: 20, r: 4, m: 128, n: 1, k: 1),
    ]

    @Test(arguments: eptCases)
    func eptFormula(_ c: EPTCase) throws {
        let graph = try elaborateMethod("ept", c.bindings, config: t5BaseConfig)
        #expect(graph.trainableCountsByGroup()
            == ept(s: c.s, r: c.r, m: c.m, n: c.n, k: c.k, d: d, multispace: c.multispace, fusion: c.fusion))
    }

    /// DESIGN.md §6: the defaults (s = 40, r = 20, N = 4, k = 4) give 79,616 against DePT's 76,800,
    /// and EPT adds exactly N·2·d·k + d·N + d to DePT at equal s and r.
    @Test func eptBudget() throws {
        let eptDefault = try elaborateMethod("ept", config: t5BaseConfig)
        let deptDefault = try elaborateMethod("dept", config: t5BaseConfig)
        #expect(eptDefault.parameterCounts()[.trainable] == 79_616)
        #expect(deptDefault.parameterCounts()[.trainable] == 76_800)
        let eptShaped = try elaborateMethod("ept", ["prompt_len": .int(60), "rank": .int(30)], config: t5BaseConfig)
        let extra = eptShaped.parameterCounts()[.trainable]! - deptDefault.parameterCounts()[.trainable]!
        #expect(extra == 4 * 2 * d * 4 + d * 4 + d)
        #expect(extra == 28_416)
    }

    @Test(arguments: [100, 20, 1])
    func promptTuning(_ l: Int) throws {
        let graph = try elaborateMethod("pt", ["prompt_len": .int(l)], config: t5BaseConfig)
        #expect(graph.trainableCountsByGroup() == ["prompt": l * d])
    }

    /// LoRA on q and v of the 12 encoder self-attentions and the 12 + 12 decoder self/cross
    /// attentions: (2·12 + 4·12)·r·(d + H·d_kv); α changes no count.
    @Test(arguments: [(8, 16.0), (4, 8.0), (16, 32.0), (1, 1.0)])
    func lora(_ r: Int, _ alpha: Double) throws {
        let graph = try elaborateMethod("lora", ["lora_rank": .int(r), "lora_alpha": .float(alpha)], config: t5BaseConfig)
        let expected = (2 * 12 + 4 * 12) * r * (d + 12 * 64)
        #expect(graph.trainableCountsByGroup() == ["lora": expected])
        if r == 8 { #expect(expected == 884_736) }   // PEFT's figure for t5-base, r = 8, q and v
    }

    /// Full fine-tuning trains exactly the backbone: the frozen weights of graphs/t5.graph.
    @Test(arguments: [false, true])
    func finetune(_ gated: Bool) throws {
        var config = t5BaseConfig
        config["gated_ffn"] = .bool(gated)
        config["untied_lm_head"] = .bool(gated)
        let graph = try elaborateMethod("finetune", config: config)
        let backbone = try elaborateMethod("t5", config: config)
        // Closed form: shared V·d; encoder layers 4·d·I + 2·d + (2 or 3)·d·d_ff; decoder layers
        // 8·d·I + 3·d + (2 or 3)·d·d_ff; two bias tables 32·H; two final norms; untied head V·d.
        let (v, i, ff, layers) = (32128, 12 * 64, 3072, 12)
        let ffn = (gated ? 3 : 2) * d * ff
        var expected = v * d + layers * (4 * d * i + 2 * d + ffn) + layers * (8 * d * i + 3 * d + ffn)
            + 2 * 32 * 12 + 2 * d
        if gated { expected += v * d }
        #expect(graph.trainableCountsByGroup() == ["backbone": expected])
        #expect(backbone.parameterCounts()[.frozen] == expected)
        #expect(graph.parameterCounts()[.frozen] == nil)
        if !gated { #expect(expected == 222_903_552) }
    }

    /// Over MiniLM (H = 384, 6 layers) the BERT methods add the classification head (group head): the
    /// prompt methods' default per-layer head, a 2 × H map per hidden state (7) and one bias; LoRA's
    /// and fine-tuning's one map, 2·H + 2.
    @Test func bertMethods() throws {
        let head = ["head": 7 * 2 * h + 2]
        let singleHead = ["head": 2 * h + 2]
        let eptGraph = try elaborateMethod("ept-bert", config: miniLMConfig)
        #expect(eptGraph.trainableCountsByGroup()
            == ept(s: 40, r: 20, m: 256, n: 4, k: 4, d: h, multispace: true, fusion: true).merging(head) { $1 })
        let off = try elaborateMethod("ept-bert", ["use_fusion": .bool(false), "use_multispace": .bool(false),
                                                   "prompt_len": .int(60), "rank": .int(30)], config: miniLMConfig)
        let deptGraph = try elaborateMethod("dept-bert", config: miniLMConfig)
        #expect(deptGraph.trainableCountsByGroup() == dept(s: 60, r: 30, m: 256, d: h).merging(head) { $1 })
        #expect(off.trainableCountsByGroup() == deptGraph.trainableCountsByGroup())
        let ptGraph = try elaborateMethod("pt-bert", config: miniLMConfig)
        #expect(ptGraph.trainableCountsByGroup() == ["prompt": 100 * h].merging(head) { $1 })
        // The single-map ablation.
        let ptSingle = try elaborateMethod("pt-bert", ["head_per_layer": .bool(false)], config: miniLMConfig)
        #expect(ptSingle.trainableCountsByGroup() == ["prompt": 100 * h].merging(singleHead) { $1 })
        // LoRA on query and value of 6 layers: 6·2·r·(H + H).
        let loraGraph = try elaborateMethod("lora-bert", ["lora_rank": .int(4)], config: miniLMConfig)
        #expect(loraGraph.trainableCountsByGroup() == ["lora": 6 * 2 * 4 * 2 * h].merging(singleHead) { $1 })
        // Fine-tuning trains exactly graphs/bert.graph's frozen backbone.
        let finetuneGraph = try elaborateMethod("finetune-bert", config: miniLMConfig)
        let backbone = try elaborateMethod("bert", config: miniLMConfig).parameterCounts()[.frozen]
        #expect(finetuneGraph.trainableCountsByGroup() == ["backbone": 22_565_376].merging(singleHead) { $1 })
        #expect(backbone == 22_565_376)
    }

    /// A bucket longer than A's m rows, or a BERT prompt + input past the position table, is a
    /// diagnostic, not a crash.
    @Test func lengthsBeyondTheTablesAreErrors() throws {
        #expect(throws: Diagnostic.self) {
            try elaborateMethod("ept", ["L": .int(300)], config: t5BaseConfig)
        }
        #expect(throws: Diagnostic.self) {
            try elaborateMethod("dept", ["L": .int(300)], config: t5BaseConfig)
        }
        #expect(throws: Diagnostic.self) {
            try elaborateMethod("ept-bert", ["L": .int(480)], config: miniLMConfig)   // 40 + 480 > 512
        }
    }
}
