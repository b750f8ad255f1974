import IR
import Passes
import Syntax
import Testing

/// The prompt-side computation (P*, c·A·B, LoRA's merged B·A) depends on weights only, so it must
/// run once per step, not once per example. Walking the IR: every node that depends on a method
/// weight and on no entry input ("prompt-side") has no batch dim — except the single broadcast
/// that copies P* over the batch right before the concatenation. B = 7 is a size no other dim of
/// the tiny models has, so a 7 in a shape is the batch.
@Suite struct BatchIndependenceTests {
    static let batch = 7

    struct PromptSide {
        var nodes: [Node] = []
        var broadcastConsumers: [Node] = []
    }

    /// Prompt-side nodes of `entry`: reached from a weight in `groups`, not from any parameter.
    static func promptSide(_ entry: Entry, _ graph: Graph, groups: Set<String>) -> PromptSide {
        var fromMethod = [Bool](repeating: false, count: entry.nodes.count)
        var fromInput = [Bool](repeating: false, count: entry.nodes.count)
        for (v, node) in entry.nodes.enumerated() {
            switch node.op {
            case .parameter: fromInput[v] = true
            case .weight(let w): fromMethod[v] = graph.weights[w].role == .trainable && groups.contains(graph.weights[w].group)
            default:
                fromMethod[v] = node.inputs.contains { fromMethod[$0] }
                fromInput[v] = node.inputs.contains { fromInput[$0] }
            }
        }
        var side = PromptSide()
        for (v, node) in entry.nodes.enumerated() where fromMethod[v] && !fromInput[v] {
            side.nodes.append(node)
            if case .broadcast = node.op {
                side.broadcastConsumers += entry.nodes.filter { $0.inputs.contains(v) }
            }
        }
        return side
    }

    static func hasBatchDim(_ node: Node) -> Bool { node.type.shape.contains(batch) }

    static func isBroadcast(_ node: Node) -> Bool { if case .broadcast = node.op { return true } else { return false } }

    struct Case: Sendable, CustomTestStringConvertible {
        var method: String, config: [String: SymbolValue], entry: String, groups: Set<String>, broadcasts: Int
        var testDescription: String { "\(method).\(entry)" }
    }

    static let cases: [Case] = [
        Case(method: "ept", config: tinyT5Config, entry: "loss", groups: ["prompt", "lowrank"], broadcasts: 1),
        Case(method: "ept", config: tinyT5Config, entry: "train_step", groups: ["prompt", "lowrank"], broadcasts: 1),
        Case(method: "ept", config: tinyT5Config, entry: "greedy", groups: ["prompt", "lowrank"], broadcasts: 1),
        Case(method: "ept-bert", config: tinyBERTConfig, entry: "loss", groups: ["prompt", "lowrank"], broadcasts: 1),
        Case(method: "ept-bert", config: tinyBERTConfig, entry: "train_step", groups: ["prompt", "lowrank"], broadcasts: 1),
        Case(method: "dept", config: tinyT5Config, entry: "loss", groups: ["prompt", "lowrank"], broadcasts: 1),
        Case(method: "lora", config: tinyT5Config, entry: "loss", groups: ["lora"], broadcasts: 0),
        Case(method: "lora-bert", config: tinyBERTConfig, entry: "loss", groups: ["lora"], broadcasts: 0),
    ]

    static func graph(_ c: Case, batch: Int) throws -> Graph {
        var bindings: [String: SymbolValue] = ["B": .int(batch), "L": .int(3)]
        if c.method.hasPrefix("ept") { bindings.merge(tinyEPTBindings) { $1 } }
        if !c.method.hasSuffix("bert") { bindings["T"] = .int(2) }
        if c.method == "dept" { bindings.merge(["prompt_len": .int(2), "max_len": .int(4), "rank": .int(2)]) { $1 } }
        var graph = try elaborateMethod(c.method, bindings, config: c.config)
        for pass in standardPipeline() { graph = try pass.run(graph) }
        return graph
    }

    @Test(arguments: cases)
    func promptSideHasNoBatchDim(_ c: Case) throws {
        let graph = try Self.graph(c, batch: Self.batch)
        let entry = try #require(graph.entry(named: c.entry))
        let side = Self.promptSide(entry, graph, groups: c.groups)
        #expect(side.nodes.count >= 2)
        let batched = side.nodes.filter { Self.hasBatchDim($0) && !Self.isBroadcast($0) }
        #expect(batched.isEmpty, "batch-dependent prompt-side nodes: \(batched.map { "\($0.name): \($0.type)" })")
        let broadcasts = side.nodes.filter(Self.isBroadcast)
        #expect(broadcasts.count == c.broadcasts)
        // The broadcast feeds only the concatenation [P*; E'].
        #expect(side.broadcastConsumers.allSatisfy { if case .concat(axis: 1) = $0.op { return true } else { return false } })
        // The EPT modules are really on this side: the gate and fusion softmaxes and c·A·B.
        if c.method.hasPrefix("ept") {
            // Counted inside fused regions too (fuse-reductions may take a softmax's prologue).
            let softmaxes = side.nodes.flatMap { node -> [Node] in
                if case .fused(let region) = node.op { return Array(region.computedNodes) }
                return [node]
            }.filter { if case .softmax = $0.op { return true } else { return false } }
            #expect(softmaxes.count == 2)
        }
    }

    /// The same prompt-side work at batch 2 and batch 7: it does not scale with the batch.
    @Test(arguments: cases.filter { $0.entry == "loss" })
    func promptSideDoesNotGrowWithTheBatch(_ c: Case) throws {
        let small = try #require(try Self.graph(c, batch: 2).entry(named: c.entry))
        let large = try #require(try Self.graph(c, batch: Self.batch).entry(named: c.entry))
        let sideSmall = Self.promptSide(small, try Self.graph(c, batch: 2), groups: c.groups)
        let sideLarge = Self.promptSide(large, try Self.graph(c, batch: Self.batch), groups: c.groups)
        #expect(sideSmall.nodes.count == sideLarge.nodes.count)
        let flops = { (side: PromptSide, entry: Entry) -> Int in
            side.nodes.filter { !Self.isBroadcast($0) }.reduce(0) { total, node in
                total + node.op.flops(inputs: node.inputs.map { entry.nodes[$0].type }, output: node.type)
            }
        }
        #expect(flops(sideSmall, small) == flops(sideLarge, large))
    }
}
