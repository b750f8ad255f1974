import CLLVM
import IR
import Passes

/// Fused regions (IR/FusedRegion.swift): the kernel is chosen by `FusedRegion.kernel`
/// (Passes/Analysis/FusedKernels.swift), which the memory planner also reads.
extension EntryLowerer {
    func emitFused(_ v: ValueID, _ region: FusedRegion) {
        switch region.kernel {
        case .map: emitFusedMap(v, region)
        case .rows(let op): emitFusedRows(v, region, op: op)
        case .rowEpilogue: emitRowEpilogue(v, region)
        case .named(let k): emitNamed(v, k)
        case .gemmEpilogue(let mm): emitGemmEpilogue(v, region, matmul: mm)
        case .nodeByNode:
            precondition(region.extraResults.isEmpty, "fused \(region.name): several results need a map or row body (FusedRegion.check)")
            emitFusedNodeByNode(v, region)
        }
    }

    /// A named EPT fusion's own loop nest.
    private func emitNamed(_ v: ValueID, _ k: NamedKernel) {
        switch k {
        case .lowRankEmbedding(let p): emitLowRankEmbedding(v, p)
        case .gatedProjection(let p): emitGatedProjection(v, p)
        case .promptAttention(let p): emitPromptAttention(v, p)
        case .factoredPromptAttention(let p): emitFactoredPromptAttention(v, p)
        case .attention(let p): emitAttention(v, p)
        case .gradient(.attention(let p), let adjoint, let outputs):
            emitAttentionGrad(v, p, adjoint: adjoint, outputs: outputs)
        case .gradient(.lowRankEmbedding(let p), let adjoint, let outputs):
            emitLowRankEmbeddingGrad(v, p, adjoint: adjoint, outputs: outputs)
        case .gradient(.gatedProjection(let p), let adjoint, let outputs):
            emitGatedProjectionGrad(v, p, adjoint: adjoint, outputs: outputs)
        case .gradient(.promptAttention(let p), let adjoint, let outputs):
            emitPromptAttentionGrad(v, p, adjoint: adjoint, outputs: outputs)
        case .gradient(.factoredPromptAttention(let p), let adjoint, let outputs):
            emitFactoredPromptAttentionGrad(v, p, adjoint: adjoint, outputs: outputs)
        case .gradient(.gradient, _, _):
            preconditionFailure("fused kernel: a backward region of a backward region")
        }
    }

    /// Where each output of a backward region's packed result starts (in elements): the
    /// gradients of `outputs`, flattened, in order (`RegionVJP`).
    func packedOffsets(_ v: ValueID, _ outputs: [Int]) -> [Int: Int] {
        var offset: [Int: Int] = [:]
        var total = 0
        for i in outputs {
            offset[i] = total
            total += type(outerInput(v, i)).elementCount
        }
        return offset
    }

    /// Where each result of the fused node `v` goes: #0 to `v`'s buffer, #k > 0 to the buffer of
    /// the `region_result` node that reads it (nil: nobody does, not stored).
    func resultOutputs(_ v: ValueID, _ region: FusedRegion) -> [ValueID?] {
        var outs: [ValueID?] = [v] + region.extraResults.map { _ in nil }
        guard !region.extraResults.isEmpty else { return outs }
        for (u, node) in entry.nodes.enumerated().dropFirst(v + 1) where node.inputs == [v] {
            if case .regionResult(let k, _) = node.op, plan.storage[u] != .unused { outs[k] = u }
        }
        return outs
    }

    /// The outer value behind body input `i` of the fused node `v`.
    func outerInput(_ v: ValueID, _ i: ValueID) -> ValueID { entry.nodes[v].inputs[i] }

    /// An elementwise region: one `emitMap` over the result's shape whose scalar code is the body.
    private func emitFusedMap(_ v: ValueID, _ region: FusedRegion) {
        let shape = type(v).shape
        let eval = RegionEvaluator(region, targets: region.results)
        let outs = resultOutputs(v, region)
        let operands = eval.streamed.map { i -> MapOperand in
            let x = outerInput(v, i)
            return MapOperand(value: x, offset: 0, strides: broadcastStrides(type(x).shape, to: shape))
        }
        let streamedCount = operands.count
        emitMap(shape: shape, outs: outs, operands: operands, invariant: { args in
            eval.hoist(self.gen) { i in self.reader(self.outerInput(v, i), args)(self.gen.int(0)) }
        }) { x, flat in
            eval.elements(self.gen, streamed: Array(x[..<streamedCount]), hoisted: Array(x[streamedCount...]), flat: flat)
        }
    }

    /// An elementwise prologue feeding a row op, one row per outer iteration; a row is the
    /// trailing axes the op works over (the last, or several for a reduction). Softmax and the
    /// norms first write the prologue's values into their output row (so each is computed once,
    /// and the row is hot for the passes that follow), then run the plain row algorithm in
    /// place on it; a reduction folds the prologue into its sum.
    private func emitFusedRows(_ v: ValueID, _ region: FusedRegion, op: ValueID) {
        let rowNode = region.nodes[op]
        let x = rowNode.inputs[0]
        let domain = region.nodes[x].type.shape
        let split = rowSplit(rowNode.op, rank: domain.count)
        let dim = domain[split...].reduce(1, *), rows = domain[..<split].reduce(1, *)
        let t = gen.elementType(region.nodes[x].type.dtype)
        let eval = RegionEvaluator(region, target: x)
        // Per streamed input: broadcast strides over the leading axes (coalesced together) and
        // over the row's axes (coalesced per input: one stride when it walks the row evenly).
        let strides = eval.streamed.map { broadcastStrides(region.nodes[$0].type.shape, to: domain) }
        let (leadDims, leadStrides) = coalesce(Array(domain[..<split]), strides.map { Array($0[..<split]) })
        let along = strides.map { coalesce(Array(domain[split...]), [Array($0[split...])]) }
        forEachLine(outer: rows, length: dim, inner: 1) { args in
            let hoisted = eval.hoist(self.gen) { i in self.reader(self.outerInput(v, i), args)(self.gen.int(0)) }
            let readers = eval.streamed.map { self.reader(self.outerInput(v, $0), args) }
            let extra = rowNode.inputs.dropFirst().map { self.reader(self.outerInput(v, $0), args) }
            let out = self.valuePointer(v, args)
            return { row, base in
                let starts = self.unflatten(row, leadDims, leadStrides)
                let element = { (j: LLVMValueRef) -> LLVMValueRef in
                    let streamed = readers.indices.map { k -> LLVMValueRef in
                        let (dims, s) = along[k]
                        let offset = dims.count == 1 ? self.gen.offset(starts[k], j, stride: s[0][0])
                            : self.gen.add(starts[k], self.unflatten(j, dims, s)[0])
                        return readers[k](offset)
                    }
                    return eval.element(self.gen, streamed: streamed, hoisted: hoisted, flat: self.gen.add(base, j))
                }
                self.rowOp(rowNode, element, extra, out, row: row, base: base, dim: dim, t)
            }
        }
    }

    /// Σ_k i_k·strides[s][k] for each stride list s, where (i_k) is `index` unflattened over `dims`.
    func unflatten(_ index: LLVMValueRef, _ dims: [Int], _ strides: [[Int]]) -> [LLVMValueRef] {
        var offsets = strides.map { _ in gen.int(0) }
        var rest = index
        for k in stride(from: dims.count - 1, through: 0, by: -1) where dims[k] > 1 {
            let i = k == 0 ? rest : LLVMBuildSRem(gen.builder, rest, gen.int(dims[k]), "")!
            if k > 0 { rest = LLVMBuildSDiv(gen.builder, rest, gen.int(dims[k]), "") }
            for s in offsets.indices { offsets[s] = gen.offset(offsets[s], i, stride: strides[s][k]) }
        }
        return offsets
    }

    /// The row op on one row whose input elements are `element(j)`.
    private func rowOp(_ node: Node, _ element: @escaping (LLVMValueRef) -> LLVMValueRef,
                       _ extra: [(LLVMValueRef) -> LLVMValueRef], _ out: LLVMValueRef, row: LLVMValueRef,
                       base: LLVMValueRef, dim: Int, _ t: LLVMTypeRef) {
        let inRow = { (i: LLVMValueRef) in self.gen.load(t, out, i) }
        let materialize: () -> Void = {
            self.gen.loop(count: dim) { j, _ in
                self.gen.store(element(j), out, self.gen.add(base, j), t)
                return []
            }
        }
        switch node.op {
        case .reduce(.max, _, _):
            let m = gen.loop(count: dim, carrying: [gen.fconst(-.infinity, t)]) { j, acc in [self.gen.maxStep(acc[0], element(j))] }[0]
            gen.store(m, out, row, t)
        case .reduce(let r, _, _):
            let s = gen.sum(count: dim, unrolled: true, t) { j in element(j) }
            gen.store(r == .mean ? gen.fdiv(s, gen.fconst(Double(dim), t)) : s, out, row, t)
        case .softmax, .logSoftmax:
            materialize()
            let log: Bool
            if case .logSoftmax = node.op { log = true } else { log = false }
            softmaxLine(inRow, out, base: base, length: dim, inner: 1, t, log: log, parkExps: !log, stored: out)
        case .rmsNorm(let eps):
            materialize()
            rmsNormLine(inRow, extra[0], out, base: base, dim: dim, t, eps: eps)
        case .layerNorm(let eps):
            materialize()
            layerNormLine(inRow, extra[0], extra[1], out, base: base, dim: dim, t, eps: eps)
        default:
            preconditionFailure("fused kernel: '\(node.op.spelling.name)' is not a row op")
        }
    }

    /// Any other region: its body lowered node by node by a nested lowerer whose plan puts body
    /// inputs in the outer values' storage, intermediates in this node's scratch, and the result
    /// in this node's buffer (`FusedBodyLayout`).
    private func emitFusedNodeByNode(_ v: ValueID, _ region: FusedRegion) {
        let layout = FusedBodyLayout(region)
        let scratchBase = plan.scratch[v] ?? 0
        var nodes = region.nodes
        var storage: [ValueStorage] = []
        var offsets: [ValueID: Int] = [:]
        for (b, place) in layout.places.enumerated() {
            switch place {
            case .input(let i):
                let root = plan.root(of: outerInput(v, i))
                let offset = plan.byteOffset(of: outerInput(v, i))
                if offset != 0 { offsets[b] = offset }
                if case .immediate = plan.storage[root], case .constant = entry.nodes[root].op {
                    nodes[b] = entry.nodes[root]  // an immediate outside stays one inside
                }
                storage.append(plan.storage[root])
            case .immediate: storage.append(.immediate)
            case .view(let of): storage.append(.view(of: of))
            case .scratch(let offset): storage.append(.arena(offset: scratchBase + offset))
            case .result: storage.append(plan.storage[v])
            }
        }
        // A result that computes nothing (an input, a reshape) is copied into this node's buffer
        // by one extra body node.
        let r = region.result
        var copy: ValueID?
        if r < region.inputCount || { if case .reshape = region.nodes[r].op { true } else { false } }() {
            if r >= region.inputCount { storage[r] = .view(of: region.nodes[r].inputs[0]) }
            nodes.append(Node(op: .reshape(type(v).shape), inputs: [r], type: type(v), name: "copy"))
            storage.append(plan.storage[v])
            copy = nodes.count - 1
        }
        let body = Entry(name: entry.name, parameters: entry.parameters, nodes: nodes)
        var bodyPlan = MemoryPlan(entryName: entry.name, storage: storage,
                                  scratch: layout.nodeScratch.mapValues { scratchBase + $0 }, finalCopies: [],
                                  arenaBytes: plan.arenaBytes, peakLiveBytes: plan.peakLiveBytes,
                                  outputCount: plan.outputCount)
        bodyPlan.viewOffsets = offsets
        let lowerer = nested(body: body, plan: bodyPlan)
        // Only what the result needs: a value computed after the result could read an input
        // the result (written in place) has overwritten.
        for b in region.cone(of: r) where b >= region.inputCount {
            switch storage[b] {
            case .arena, .output: lowerer.lowerNode(b)
            default: continue
            }
        }
        if let copy {
            lowerer.emitMap(shape: [type(v).elementCount], out: copy,
                            operands: [MapOperand(value: r, offset: 0, strides: [1])]) { x, _ in x[0] }
        }
        adopt(lowerer)
    }
}
