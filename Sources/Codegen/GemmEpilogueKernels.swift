import CLLVM
import IR
import Passes

/// A `gemm_epilogue` region (Passes/Fusion/GemmEpilogueFusion.swift): a matmul and the elementwise
/// epilogue that reads it, as one kernel. With the generated GEMM the epilogue is applied to the
/// tile's accumulator vectors in registers after its last K block, and the result is what is
/// stored: GEMM and epilogue make one pass over the output (`GemmVectorEpilogue`). Epilogues the
/// vector form does not cover (dropout and iota, which follow the element's flat index; selects,
/// casts, i32, pow; an operand strided along N) run over each stored row segment of the tile right
/// after, while it is in L1 (`GemmTileEpilogue`). With BLAS (the shape's choice, `GemmChooser`) or
/// below the GEMM threshold, the product is written into the region's own buffer and one map
/// rewrites it after the call, which is what the unfused pair costs.
///
/// The epilogue is `FusedRegion.epilogue(replacing:)`: the body with the product turned into one
/// more input (the last), so each element is read, transformed and written by the same thread,
/// with the same scalar formulas (ScalarOps.swift) whether on one element or a vector of them.
extension EntryLowerer {
    func emitGemmEpilogue(_ v: ValueID, _ region: FusedRegion, matmul mm: ValueID) {
        guard case .matmul(let ta, let tb) = region.nodes[mm].op else { return }
        let (a, b) = (outerInput(v, region.nodes[mm].inputs[0]), outerInput(v, region.nodes[mm].inputs[1]))
        let s = MatmulShape(a: type(a).shape, b: type(b).shape, transposeA: ta, transposeB: tb)
        let epilogue = region.epilogue(replacing: mm)
        // The epilogue's inputs outside: the region's, then the region's own buffer (the product).
        let outer = entry.nodes[v].inputs + [v]
        if s.m * s.n * s.k >= options.gemmThreshold, options.gemmDecision(s, .f32).generated {
            let form = vectorEpilogue(v, epilogue, outer: outer).map(GemmEpilogue.vectors)
                ?? .rows(tileEpilogue(v, epilogue, outer: outer))
            emitGeneratedGemm(v, a, b, s, layout: matmulLayout(v, a, b, s), epilogue: form)
            return
        }
        emitProduct(v, a, b, transposeA: ta, transposeB: tb)
        let shape = type(v).shape
        let eval = RegionEvaluator(epilogue, target: epilogue.result)
        let operands = eval.streamed.map { i in
            MapOperand(value: outer[i], offset: 0, strides: broadcastStrides(type(outer[i]).shape, to: shape))
        }
        let streamedCount = operands.count
        emitMap(shape: shape, out: v, operands: operands, invariant: { args in
            eval.hoist(self.gen) { i in self.reader(outer[i], args)(self.gen.int(0)) }
        }) { x, flat in
            eval.element(self.gen, streamed: Array(x[..<streamedCount]), hoisted: Array(x[streamedCount...]), flat: flat)
        }
    }

    /// What the generated GEMM's kernel calls once per stored output row segment of a tile after
    /// its last K block: `(row, j0, width)` rewrites C[row, j0 ..< j0 + width] of the flattened
    /// (rows of every product, N) output in place. Built in the kernel's entry block (`args`):
    /// the epilogue's invariant values are computed there once per call.
    func tileEpilogue(_ v: ValueID, _ epilogue: FusedRegion, outer: [ValueID]) -> GemmTileEpilogue {
        let shape = type(v).shape
        let n = shape[shape.count - 1]
        let eval = RegionEvaluator(epilogue, target: epilogue.result)
        let strides = eval.streamed.map { broadcastStrides(type(outer[$0]).shape, to: shape) }
        return { args in
            let g = self.gen
            let readers = eval.streamed.map { self.reader(outer[$0], args) }
            let hoisted = eval.hoist(g) { i in self.reader(outer[i], args)(g.int(0)) }
            let out = self.valuePointer(v, args)
            return { row, j0, width in
                let rowOffsets = self.rowOffsets(row, strides: strides, shape: shape)
                let rowStart = g.mul(row, g.int(n))
                g.loop(g.int(0), width) { c, _ in
                    let column = g.add(j0, c)
                    let x = readers.indices.map { q in
                        readers[q](g.add(rowOffsets[q], g.mul(column, g.int(strides[q][shape.count - 1]))))
                    }
                    let flat = g.add(rowStart, column)
                    g.store(eval.element(g, streamed: x, hoisted: hoisted, flat: flat), out, flat, g.f32)
                    return []
                }
            }
        }
    }

    /// The epilogue on the tile's vectors, or nil where the vector form does not cover it: every
    /// op of its cone elementwise on f32 (unary, binary but pow, broadcast; constants and other
    /// invariants are hoisted and splat), every streamed operand contiguous or constant along N.
    func vectorEpilogue(_ v: ValueID, _ epilogue: FusedRegion, outer: [ValueID]) -> GemmVectorEpilogue? {
        let shape = type(v).shape, last = shape.count - 1
        guard gemmEpilogueRunsOnVectors(epilogue, inputShapes: outer.map { type($0).shape }, shape: shape) else {
            return nil
        }
        let eval = RegionEvaluator(epilogue, target: epilogue.result)
        let product = epilogue.inputCount - 1
        let strides = eval.streamed.map { broadcastStrides(type(outer[$0]).shape, to: shape) }
        return { args, lanes in
            let g = self.gen
            // Invariants once per call, in the entry block, splat to the tile's vector width.
            let hoisted = eval.hoist(g) { i in self.reader(outer[i], args)(g.int(0)) }.map { g.broadcast($0, lanes: lanes) }
            let reads = eval.streamed.map { self.reader(outer[$0], args) }
            let loads = eval.streamed.map { self.vectorReader(outer[$0], args, lanes: lanes) }
            return { row in
                let rowOffsets = self.rowOffsets(row, strides: strides, shape: shape)
                return { column, acc, mask in
                    let x = eval.streamed.indices.map { q -> LLVMValueRef in
                        if eval.streamed[q] == product { return acc }
                        // Constant along N (a per-row value): one element, in every lane.
                        if strides[q][last] == 0 { return g.broadcast(reads[q](rowOffsets[q]), lanes: lanes) }
                        return loads[q](g.add(rowOffsets[q], column), mask)
                    }
                    return eval.element(g, streamed: x, hoisted: hoisted, flat: g.int(0))
                }
            }
        }
    }

    /// Where a row of the flattened (rows, N) domain starts in each streamed operand: the row index
    /// split over the domain's leading axes (per row, not per element).
    func rowOffsets(_ row: LLVMValueRef, strides: [[Int]], shape: [Int]) -> [LLVMValueRef] {
        let g = gen
        var rest = row
        var offsets = strides.map { _ in g.int(0) }
        for axis in stride(from: shape.count - 2, through: 0, by: -1) {
            let index = axis == 0 ? rest : LLVMBuildSRem(g.builder, rest, g.int(shape[axis]), "")!
            if axis > 0 { rest = LLVMBuildSDiv(g.builder, rest, g.int(shape[axis]), "")! }
            for (q, st) in strides.enumerated() where st[axis] != 0 {
                offsets[q] = g.add(offsets[q], g.mul(index, g.int(st[axis])))
            }
        }
        return offsets
    }

    /// `(element index, lane mask)` → `lanes` consecutive f32 elements of `v` from that index as a
    /// vector (masked-off lanes read nothing); a constant without storage splat.
    private func vectorReader(_ v: ValueID, _ args: LLVMValueRef, lanes: Int) -> (LLVMValueRef, LLVMValueRef?) -> LLVMValueRef {
        let g = gen
        if case .immediate = plan.storage[v], case .constant(let c, _) = entry.nodes[v].op {
            let k = g.broadcastConstant(g.constant(c, .f32), lanes: lanes)
            return { _, _ in k }
        }
        let p = valuePointer(v, args)
        return { i, mask in
            mask.map { g.maskedLoad(g.f32, lanes, p, i, mask: $0) } ?? g.loadVector(g.f32, lanes, p, i, align: 4)
        }
    }
}

/// Whether the generated GEMM applies `epilogue` (`FusedRegion.epilogue(replacing:)`, inputs of
/// `inputShapes`, the product last) to its accumulator vectors: every op of its cone elementwise on
/// f32 — unary, binary but pow, broadcast; constants and other invariants are hoisted and splat —
/// and every streamed operand contiguous or constant along N.
func gemmEpilogueRunsOnVectors(_ epilogue: FusedRegion, inputShapes: [[Int]], shape: [Int]) -> Bool {
    let eval = RegionEvaluator(epilogue, target: epilogue.result)
    let covered = eval.cone.allSatisfy { id in
        let node = epilogue.nodes[id]
        guard node.type.dtype == .f32 else { return false }
        switch node.op {
        case .parameter, .constant, .unary, .broadcast: return true
        case .binary(let op): return op != .pow
        default: return eval.invariant[id]
        }
    }
    return covered && eval.streamed.allSatisfy { broadcastStrides(inputShapes[$0], to: shape).last ?? 0 <= 1 }
}

/// How the generated GEMM applies a `gemm_epilogue` region's epilogue.
enum GemmEpilogue {
    /// In registers, on each accumulator vector before it is stored.
    case vectors(GemmVectorEpilogue)
    /// Over each stored row segment of a tile, after its last K block.
    case rows(GemmTileEpilogue)
}

/// Per kernel call (from its `args`), the in-place epilogue of one output row segment:
/// `(row of the flattened output, first column, columns)`.
typealias GemmTileEpilogue = (LLVMValueRef) -> (LLVMValueRef, LLVMValueRef, LLVMValueRef) -> Void

/// Per kernel call (from its `args`, at the tile's lanes), per row of the flattened output: `(first
/// column, the accumulator vector, the lanes' mask past N or nil)` → the epilogue's vector there.
typealias GemmVectorEpilogue = (LLVMValueRef, Int) -> (LLVMValueRef) -> (LLVMValueRef, LLVMValueRef, LLVMValueRef?) -> LLVMValueRef
