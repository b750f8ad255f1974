import CLLVM
import IR
import Passes

/// `row` regions (`FusedKernel.rowEpilogue`; Passes/Fusion/RowEpilogueFusion.swift): per row of
/// the domain, the reductions stage by stage — all those of a stage summed in one pass over the
/// row, the element terms they share evaluated once — the per-row values between them (an
/// `rsqrt(var + eps)`) once per row, then one pass that evaluates the epilogue and writes the
/// row. Rows are split across threads. A row of every input (a few kB) stays in L1 across the
/// passes, so each input row comes from memory once, where the unfused code streamed it once
/// per reduction and once more for the epilogue. Sums use `sum`'s order, so results are the
/// unfused ones bit for bit.
extension EntryLowerer {
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
        let along = strides.map { $0[last] }
        let eval = RegionEvaluator(region, target: region.result)
        // The per-element values each pass evaluates (the reductions' terms, then the result).
        let elementCone = { (targets: [ValueID]) -> [ValueID] in
            Set(targets.flatMap { region.cone(of: $0) }).filter { !plan.perRow[$0] }.sorted()
        }
        let passCones = plan.passes.map { elementCone($0.map { region.nodes[$0].inputs[0] }) }
        let finalCone = elementCone([region.result])
        kernel(outer: rows, workPerIteration: n * 4 * (plan.passes.count + 1)) { args in
            let readers = (0..<k).map { self.reader(self.outerInput(v, $0), args) }
            let out = self.valuePointer(v, args)
            return { row in
                let starts = self.unflatten(row, leadDims, leadStrides)
                let base = self.gen.mul(row, self.gen.int(n))
                var known: [ValueID: LLVMValueRef] = [:]  // per-row values
                var keys: [ValueID: LLVMValueRef] = [:]   // dropout keys, from per-row seeds
                let computeRowValues = { (stage: Int) in
                    for b in plan.cone where plan.perRow[b] && plan.stage[b] <= stage && known[b] == nil {
                        let node = region.nodes[b]
                        if b < k { known[b] = readers[b](starts[b]); continue }
                        if case .reduce = node.op { continue }  // summed by its pass
                        known[b] = eval.scalar(self.gen, node, node.inputs.map { known[$0]! }, flat: nil, key: nil)
                    }
                    for b in plan.cone where keys[b] == nil {
                        if case .dropout = region.nodes[b].op, let seed = known[region.nodes[b].inputs[1]] {
                            keys[b] = self.gen.dropoutKey(seed: seed)
                        }
                    }
                }
                // The values of `cone` at element j of the row.
                let element = { (cone: [ValueID], j: LLVMValueRef) -> [ValueID: LLVMValueRef] in
                    var value = known
                    let flat = self.gen.add(base, j)
                    for b in cone {
                        if b < k { value[b] = readers[b](self.gen.offset(starts[b], j, stride: along[b])); continue }
                        let node = region.nodes[b]
                        value[b] = eval.scalar(self.gen, node, node.inputs.map { value[$0]! }, flat: flat, key: keys[b])
                    }
                    return value
                }
                for (p, reductions) in plan.passes.enumerated() {
                    computeRowValues(p)
                    let t = self.gen.elementType(region.nodes[reductions[0]].type.dtype)
                    let sums = self.gen.sums(count: n, reductions.count, t) { j in
                        let value = element(passCones[p], j)
                        return reductions.map { value[region.nodes[$0].inputs[0]]! }
                    }
                    for (r, s) in zip(reductions, sums) {
                        guard case .reduce(let op, _, _) = region.nodes[r].op else { continue }
                        known[r] = op == .mean ? self.gen.fdiv(s, self.gen.fconst(Double(n), t)) : s
                    }
                }
                computeRowValues(plan.passes.count)
                let t = self.gen.elementType(region.resultType.dtype)
                self.gen.loop(count: n) { j, _ in
                    self.gen.store(element(finalCone, j)[region.result]!, out, self.gen.add(base, j), t)
                    return []
                }
            }
        }
    }
}
