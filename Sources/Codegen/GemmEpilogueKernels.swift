import CLLVM
import IR
import Passes

/// A `gemm_epilogue` region (Passes/Fusion/GemmEpilogueFusion.swift): a matmul and the elementwise
/// epilogue that reads it, as one kernel. The product is written into the region's own buffer
/// (it has the product's shape) and rewritten there by the epilogue: with the generated GEMM,
/// tile by tile right after the tile's last K block is stored, while it is in L1 — the product
/// never makes a separate trip through memory; with BLAS (the shape's choice, `GemmChooser`) or
/// below the GEMM threshold, one map over the buffer after the call, which is what the unfused
/// pair costs.
///
/// The epilogue is `FusedRegion.epilogue(replacing:)`: the body with the product turned into one
/// more input, read from the region's buffer at the element being written, so each element is
/// read, transformed and written back by the same thread.
extension EntryLowerer {
    func emitGemmEpilogue(_ v: ValueID, _ region: FusedRegion, matmul mm: ValueID) {
        guard case .matmul(let ta, let tb) = region.nodes[mm].op else { return }
        let (a, b) = (outerInput(v, region.nodes[mm].inputs[0]), outerInput(v, region.nodes[mm].inputs[1]))
        let s = MatmulShape(a: type(a).shape, b: type(b).shape, transposeA: ta, transposeB: tb)
        let epilogue = region.epilogue(replacing: mm)
        // The epilogue's inputs outside: the region's, then the region's own buffer (the product).
        let outer = entry.nodes[v].inputs + [v]
        if s.m * s.n * s.k >= options.gemmThreshold, options.gemmDecision(s, .f32).generated {
            emitGeneratedGemm(v, a, b, s, layout: matmulLayout(v, a, b, s), epilogue: tileEpilogue(v, epilogue, outer: outer))
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
                // The row's offset in each operand: the flattened row index split over the
                // domain's leading axes (per row, not per element).
                var rest = row
                var rowOffsets = strides.map { _ in g.int(0) }
                for axis in stride(from: shape.count - 2, through: 0, by: -1) {
                    let index = axis == 0 ? rest : LLVMBuildSRem(g.builder, rest, g.int(shape[axis]), "")!
                    if axis > 0 { rest = LLVMBuildSDiv(g.builder, rest, g.int(shape[axis]), "")! }
                    for (q, st) in strides.enumerated() where st[axis] != 0 {
                        rowOffsets[q] = g.add(rowOffsets[q], g.mul(index, g.int(st[axis])))
                    }
                }
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
}

/// Per kernel call (from its `args`), the in-place epilogue of one output row segment:
/// `(row of the flattened output, first column, columns)`.
typealias GemmTileEpilogue = (LLVMValueRef) -> (LLVMValueRef, LLVMValueRef, LLVMValueRef) -> Void
