import CLLVM
import IR
import Passes

/// `row` regions (`FusedKernel.rowEpilogue`; Passes/Fusion/RowEpilogueFusion.swift): per row of
/// the domain, the reductions stage by stage, the per-row values between them (an
/// `rsqrt(var + eps)`) once per row, then one loop that evaluates the epilogue and writes the
/// row. Rows are split across threads. A row of every input (a few kB) stays in L1 across the
/// loops, so each input row comes from memory once, where the unfused code streamed it once per
/// reduction and once more for the epilogue.
///
/// Rows whose buffers fit in `rowBufferBytes` use row buffers on the kernel's stack (allocas in its
/// entry block, reused by every row): a pass is one loop that evaluates its reductions' terms
/// (their shared work once) and stores them, which the loop vectorizer widens whatever the terms
/// are (a dropout's hash, an exp), then each sum over its buffer as `<8 x t>` vectors; values
/// several loops need that are not cheap (`RowEpiloguePlan.parked`: a dropout) are stored by the
/// first and read by the others. Longer rows sum with `sums`' scalar partials and recompute.
/// Either way each sum is `sum`'s order, so results are the unfused ones bit for bit.
extension EntryLowerer {
    /// The most stack a row kernel's buffers may take (longer rows are not buffered).
    static let rowBufferBytes = 64 << 10

    func emitRowEpilogue(_ v: ValueID, _ region: FusedRegion) {
        guard let plan = RowEpiloguePlan(region) else {
            preconditionFailure("fused kernel: region '\(region.name)' is not a row epilogue")
        }
        let domain = plan.domain, last = plan.domain.count - 1
        let n = domain[last], rows = domain[..<last].reduce(1, *)
        let k = region.inputCount
        // Per input: broadcast strides over the rows (coalesced together) and along the row.
        let strides = (0..<k).map { broadcastStrides(region.nodes[$0].type.shape, to: domain) }
        let (leadDims, leadStrides) = coalesce(Array(domain[..<last]), strides.map { Array($0[..<last]) })
        let eval = RegionEvaluator(region, targets: region.results)
        let t = gen.elementType(region.resultType.dtype)
        let bufferCount = (plan.passes.map(\.count).max() ?? 0) + plan.parked.count
        let buffered = bufferCount * n * region.resultType.dtype.byteSize <= Self.rowBufferBytes
        kernel(outer: rows, workPerIteration: n * 4 * (plan.passes.count + 1)) { args in
            let row = RowKernel(plan: plan, region: region, eval: eval, n: n, t: t,
                                readers: (0..<k).map { self.reader(self.outerInput(v, $0), args) },
                                along: strides.map { $0[last] },
                                buffers: buffered ? (0..<bufferCount).map { _ in
                                    LLVMBuildArrayAlloca(self.gen.builder, t, self.gen.int(n), "row")!
                                } : nil)
            // Result #0 into v's buffer, extra ones into their `region_result` nodes' buffers.
            let outs = self.resultOutputs(v, region).enumerated().compactMap { k, u in
                u.map { (region.results[k], self.valuePointer($0, args)) }
            }
            // One-element values (seed + site, constants) and the dropout keys made of them are
            // the same for every row: computed once per kernel call, here in its entry block.
            var invariant = RowState(starts: (0..<k).map { _ in self.gen.int(0) }, base: self.gen.int(0))
            self.rowValues(&invariant, upTo: 0, row) { region.nodes[$0].type.elementCount == 1 }
            return { r in
                var state = invariant
                state.starts = self.unflatten(r, leadDims, leadStrides)
                state.base = self.gen.mul(r, self.gen.int(n))
                for p in plan.passes.indices { self.rowPass(p, &state, row) }
                self.rowValues(&state, upTo: plan.passes.count, row)
                // Element-wise (no sums here), over every input and output buffer: a two-result
                // region's last pass reads 4 and writes 2, more alias checks than the vectorizer
                // takes unasked, and it stayed scalar — dropout's hash included.
                self.gen.loop(count: n, vectorize: true) { j, _ in
                    let value = self.rowElement(plan.loopCones[plan.passes.count], j, state, row)
                    for (r, out) in outs { self.gen.store(value[r]!, out, self.gen.add(state.base, j), t) }
                    return []
                }
            }
        }
    }

    /// What a row kernel's code needs, fixed per kernel call.
    struct RowKernel {
        let plan: RowEpiloguePlan
        let region: FusedRegion
        let eval: RegionEvaluator
        let n: Int
        let t: LLVMTypeRef
        let readers: [(LLVMValueRef) -> LLVMValueRef]
        /// Per input: its stride along the row.
        let along: [Int]
        /// The row buffers (the pass with the most sums' terms, then the parked values), or nil.
        let buffers: [LLVMValueRef]?
    }

    /// Pass p over one row: its reductions' sums, into `state.known`.
    private func rowPass(_ p: Int, _ state: inout RowState, _ row: RowKernel) {
        let plan = row.plan, region = row.region
        rowValues(&state, upTo: p, row)
        let reductions = plan.passes[p]
        let terms = reductions.map { region.nodes[$0].inputs[0] }
        let sums: [LLVMValueRef]
        if let buffers = row.buffers {
            // Terms to buffers; so are the parked values this loop is the first to compute.
            let firstPark = plan.passes.map(\.count).max() ?? 0
            let parks = plan.parked.enumerated().filter { plan.loopCones[p].contains($0.1) && state.parked[$0.1] == nil }
            let current = state
            gen.loop(count: row.n) { j, _ in
                let value = self.rowElement(plan.loopCones[p], j, current, row)
                for (i, term) in terms.enumerated() { self.gen.store(value[term]!, buffers[i], j, row.t) }
                for (i, b) in parks { self.gen.store(value[b]!, buffers[firstPark + i], j, row.t) }
                return []
            }
            for (i, b) in parks { state.parked[b] = buffers[firstPark + i] }
            sums = terms.indices.map { gen.bufferedSum(buffers[$0], count: row.n, row.t) }
        } else {
            let current = state
            sums = gen.sums(count: row.n, reductions.count, row.t) { j in
                let value = self.rowElement(plan.loopCones[p], j, current, row)
                return terms.map { value[$0]! }
            }
        }
        for (r, s) in zip(reductions, sums) {
            guard case .reduce(let op, _, _) = region.nodes[r].op else { continue }
            state.known[r] = op == .mean ? gen.fdiv(s, gen.fconst(Double(row.n), row.t)) : s
        }
    }

    /// What a row's loops share: where each input's row starts, the row's first flat index, the
    /// per-row values computed so far (and dropout keys), the buffers of parked values.
    struct RowState {
        var starts: [LLVMValueRef]
        var base: LLVMValueRef
        var known: [ValueID: LLVMValueRef] = [:]
        var keys: [ValueID: LLVMValueRef] = [:]
        var parked: [ValueID: LLVMValueRef] = [:]
    }

    /// Computes the per-row values that `stage` passes make available (reductions come from
    /// their pass; only those `include` takes), and the keys of dropouts whose seed is known.
    private func rowValues(_ state: inout RowState, upTo stage: Int, _ row: RowKernel,
                           include: (ValueID) -> Bool = { _ in true }) {
        let plan = row.plan, region = row.region
        for b in plan.cone where plan.perRow[b] && plan.stage[b] <= stage && state.known[b] == nil && include(b) {
            let node = region.nodes[b]
            if b < region.inputCount { state.known[b] = row.readers[b](state.starts[b]); continue }
            if case .reduce = node.op { continue }
            state.known[b] = row.eval.scalar(gen, node, node.inputs.map { state.known[$0]! }, flat: nil, key: nil)
        }
        for b in plan.cone where state.keys[b] == nil {
            if case .dropout = region.nodes[b].op, let seed = state.known[region.nodes[b].inputs[1]] {
                state.keys[b] = gen.dropoutKey(seed: seed)
            }
        }
    }

    /// The values of `cone` (per-element body values, body order) at element j of the row:
    /// inputs loaded at their offsets, parked values from their buffers, the rest evaluated.
    private func rowElement(_ cone: [ValueID], _ j: LLVMValueRef, _ state: RowState,
                            _ row: RowKernel) -> [ValueID: LLVMValueRef] {
        let region = row.region
        var value = state.known
        // Only dropout reads the element's flat index, as i32 (it hashes the low 32 bits): an
        // i32 sum of its own, so LLVM widens it as an i32 induction, not as the i64 address
        // arithmetic it would otherwise be merged with (a vector of i64 built lane by lane).
        let flat = LLVMBuildAdd(gen.builder, LLVMBuildTrunc(gen.builder, state.base, gen.i32, ""),
                                LLVMBuildTrunc(gen.builder, j, gen.i32, ""), "")!
        for b in cone {
            if let buffer = state.parked[b] {
                value[b] = gen.load(gen.elementType(region.nodes[b].type.dtype), buffer, j)
            } else if b < region.inputCount {
                value[b] = row.readers[b](gen.offset(state.starts[b], j, stride: row.along[b]))
            } else {
                let node = region.nodes[b]
                value[b] = row.eval.scalar(gen, node, node.inputs.map { value[$0]! }, flat: flat, key: state.keys[b])
            }
        }
        return value
    }
}
