import CLLVM
import IR
import Runtime
import Passes

/// One input of a strided map: element at iteration index (i_0, …) is at offset + Σ i_k·strides[k].
struct MapOperand {
    var value: ValueID
    var offset: Int
    var strides: [Int]
}

/// Strides that read an array of `shape` broadcast to `target` (NumPy rules, trailing-aligned):
/// 0 along broadcast axes.
func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
    let own = rowMajorStrides(shape)
    let lead = target.count - shape.count
    return target.indices.map { k in
        k < lead || shape[k - lead] == 1 ? 0 : own[k - lead]
    }
}

/// Merges adjacent axes that every operand walks contiguously (stride[k] = stride[k+1]·shape[k+1])
/// and drops size-1 axes, so most maps become one flat loop that LLVM vectorizes.
func coalesce(_ shape: [Int], _ strides: [[Int]]) -> (shape: [Int], strides: [[Int]]) {
    var dims: [(Int, [Int])] = []
    for k in shape.indices where shape[k] != 1 {
        let s = strides.map { $0[k] }
        if let last = dims.last, zip(last.1, s).allSatisfy({ $0 == $1 * shape[k] }) {
            dims[dims.count - 1] = (last.0 * shape[k], s)
        } else {
            dims.append((shape[k], s))
        }
    }
    if dims.isEmpty { return ([1], strides.map { _ in [0] }) }
    return (dims.map(\.0), strides.indices.map { i in dims.map { $0.1[i] } })
}

extension EntryLowerer {
    /// out[(offset + Σ i_k·outStrides[k])] = scalar(operands at i, output element offset) over the
    /// iteration `shape`. Rank-1 maps split into blocks for the thread pool. `invariant` runs once
    /// per kernel call, in the kernel's entry block; its values follow the operands' in `scalar`'s
    /// first argument.
    func emitMap(shape: [Int], out: ValueID, outOffset: Int = 0, outStrides: [Int]? = nil, operands: [MapOperand],
                 invariant: ((LLVMValueRef) -> [LLVMValueRef])? = nil,
                 _ scalar: @escaping ([LLVMValueRef], LLVMValueRef) -> LLVMValueRef) {
        emitMap(shape: shape, outs: [out], outOffset: outOffset, outStrides: outStrides, operands: operands,
                invariant: invariant) { x, flat in [scalar(x, flat)] }
    }

    /// The same map with several outputs of one shape (a region returning several values): `values`
    /// gives one element per output; a nil output (a result nobody reads) is not stored.
    func emitMap(shape: [Int], outs: [ValueID?], outOffset: Int = 0, outStrides: [Int]? = nil, operands: [MapOperand],
                 invariant: ((LLVMValueRef) -> [LLVMValueRef])? = nil,
                 _ values: @escaping ([LLVMValueRef], LLVMValueRef) -> [LLVMValueRef]) {
        let os = outStrides ?? rowMajorStrides(shape)
        let (dims, strides) = coalesce(shape, [os] + operands.map(\.strides))
        let outTypes = outs.map { $0.map { gen.elementType(type($0).dtype) } }
        let block = 4096
        let flat = dims.count == 1
        let outer = flat ? (dims[0] + block - 1) / block : dims[0]
        let work = flat ? min(block, dims[0]) : dims.dropFirst().reduce(1, *)
        kernel(outer: outer, workPerIteration: work) { args in
            let outPtrs = outs.map { $0.map { self.valuePointer($0, args) } }
            let readers = operands.map { self.reader($0.value, args) }
            let hoisted = invariant.map { $0(args) }
            let bases = [outOffset] + operands.map(\.offset)
            return { o in
                let emitPoint: ([LLVMValueRef]) -> Void = { offs in
                    let inputs = readers.indices.map { readers[$0](offs[$0 + 1]) } + (hoisted ?? [])
                    for (k, value) in values(inputs, offs[0]).enumerated() {
                        if let ptr = outPtrs[k], let t = outTypes[k] { self.gen.store(value, ptr, offs[0], t) }
                    }
                }
                if flat {
                    let lo = self.gen.mul(o, self.gen.int(block))
                    let hi = self.gen.minimum(self.gen.add(lo, self.gen.int(block)), self.gen.int(dims[0]))
                    self.gen.loop(lo, hi) { i, _ in
                        emitPoint(bases.indices.map { self.gen.offset(self.gen.int(bases[$0]), i, stride: strides[$0][0]) })
                        return []
                    }
                } else {
                    let start = bases.indices.map { self.gen.offset(self.gen.int(bases[$0]), o, stride: strides[$0][0]) }
                    self.nest(dims, strides, axis: 1, start, emitPoint)
                }
            }
        }
    }

    private func nest(_ dims: [Int], _ strides: [[Int]], axis: Int, _ offsets: [LLVMValueRef],
                      _ point: ([LLVMValueRef]) -> Void) {
        if axis == dims.count { point(offsets); return }
        gen.loop(count: dims[axis]) { i, _ in
            let next = offsets.indices.map { self.gen.offset(offsets[$0], i, stride: strides[$0][axis]) }
            nest(dims, strides, axis: axis + 1, next, point)
            return []
        }
    }

    func emitFill(_ v: ValueID, _ value: @escaping (LLVMValueRef) -> LLVMValueRef) {
        emitMap(shape: type(v).shape, out: v, operands: []) { _, index in value(index) }
    }

    /// iota: element = its index along `axis` = (flat / stride) mod size.
    func emitIota(_ v: ValueID, axis: Int) {
        let t = type(v)
        let a = normalizedAxis(axis, rank: t.rank) ?? 0
        let stride = rowMajorStrides(t.shape)[a], size = t.shape[a]
        emitFill(v) { flat in
            let i = LLVMBuildSRem(self.gen.builder, LLVMBuildSDiv(self.gen.builder, flat, self.gen.int(stride), ""),
                                  self.gen.int(size), "")!
            return t.dtype == .i32 ? LLVMBuildTrunc(self.gen.builder, i, self.gen.i32, "")
                : LLVMBuildSIToFP(self.gen.builder, i, self.gen.elementType(t.dtype), "")
        }
    }

    func emitElementwise(_ v: ValueID) {
        let node = entry.nodes[v]
        let shape = node.type.shape, d = node.type.dtype
        var inputs = node.inputs
        if case .dropout = node.op { inputs = [node.inputs[0]] }
        let operands = inputs.map { MapOperand(value: $0, offset: 0, strides: broadcastStrides(type($0).shape, to: shape)) }
        switch node.op {
        case .unary(let u): emitMap(shape: shape, out: v, operands: operands) { x, _ in self.gen.unary(u, x[0], d) }
        case .binary(let b): emitMap(shape: shape, out: v, operands: operands) { x, _ in self.gen.binary(b, x[0], x[1], d) }
        case .broadcast: emitMap(shape: shape, out: v, operands: operands) { x, _ in x[0] }
        case .cast:
            let from = type(node.inputs[0]).dtype
            emitMap(shape: shape, out: v, operands: operands) { x, _ in self.gen.cast(x[0], from: from, to: d) }
        case .select:
            let cd = type(node.inputs[0]).dtype
            emitMap(shape: shape, out: v, operands: operands) { x, _ in
                self.gen.select(self.gen.isNonZero(x[0], cd), x[1], x[2])
            }
        case .dropout(let rate):
            emitDropout(v, rate: rate, operands: operands)
        default: break
        }
    }

    /// keep_rows(x, mask): x where mask[n, s] ≠ 0, zeros elsewhere; the mask (N, S) is read with
    /// stride 0 along x's trailing axes.
    /// In place (x dies here and the memory plan gave v its buffer) only the padded rows are
    /// written: a memset per row whose mask is 0.
    func emitKeepRows(_ v: ValueID) {
        let node = entry.nodes[v]
        let shape = node.type.shape
        let (x, mask) = (node.inputs[0], node.inputs[1])
        if plan.storage[plan.root(of: v)] == plan.storage[plan.root(of: x)], plan.byteOffset(of: v) == plan.byteOffset(of: x) {
            let width = shape.dropFirst(2).reduce(1, *)
            let t = gen.elementType(node.type.dtype)
            kernel(outer: shape[0] * shape[1], workPerIteration: width) { args in
                let (out, keep) = (self.valuePointer(v, args), self.reader(mask, args))
                return { row in
                    let padded = LLVMBuildICmp(self.gen.builder, LLVMIntEQ, keep(row), self.gen.int32(0), "")!
                    self.gen.ifThen(padded) {
                        self.gen.memset(self.gen.gep(t, out, self.gen.mul(row, self.gen.int(width))),
                                        bytes: self.gen.int(width * node.type.dtype.byteSize))
                    }
                }
            }
            return
        }
        let rowStrides = [shape[1], 1] + Array(repeating: 0, count: shape.count - 2)
        let operands = [MapOperand(value: x, offset: 0, strides: rowMajorStrides(shape)),
                        MapOperand(value: mask, offset: 0, strides: rowStrides)]
        let zero = gen.constant(0, node.type.dtype)
        emitMap(shape: shape, out: v, operands: operands) { x, _ in
            self.gen.select(self.gen.isNonZero(x[1], .i32), x[0], zero)
        }
    }

    /// The stream key is computed once per kernel call from the seed (loop-invariant, and LLVM
    /// cannot hoist a load the output stores might alias); each element then costs two hashes.
    private func emitDropout(_ v: ValueID, rate: Double, operands: [MapOperand]) {
        let node = entry.nodes[v]
        let d = node.type.dtype
        let seedValue = node.inputs[1]
        let key = { (args: LLVMValueRef) in [self.gen.dropoutKey(seed: self.reader(seedValue, args)(self.gen.int(0)))] }
        emitMap(shape: node.type.shape, out: v, operands: operands, invariant: key) { x, flat in
            self.gen.dropout(x[0], key: x[1], index: flat, rate: rate, d)
        }
    }

    /// transpose: output axis j reads input axis perm[j].
    func emitTranspose(_ v: ValueID, perm: [Int]) {
        let x = entry.nodes[v].inputs[0]
        let inStrides = rowMajorStrides(type(x).shape)
        emitMap(shape: type(v).shape, out: v, operands: [MapOperand(value: x, offset: 0, strides: perm.map { inStrides[$0] })]) { x, _ in x[0] }
    }

    func emitSlice(_ v: ValueID, axis: Int, start: Int) {
        let x = entry.nodes[v].inputs[0]
        let inStrides = rowMajorStrides(type(x).shape)
        let a = normalizedAxis(axis, rank: type(x).rank) ?? 0
        emitMap(shape: type(v).shape, out: v,
                operands: [MapOperand(value: x, offset: start * inStrides[a], strides: inStrides)]) { x, _ in x[0] }
    }

    /// concat: each part is copied into its slab of the output.
    func emitConcat(_ v: ValueID, axis: Int) {
        let outShape = type(v).shape
        let a = normalizedAxis(axis, rank: outShape.count) ?? 0
        let outStrides = rowMajorStrides(outShape)
        var start = 0
        for part in entry.nodes[v].inputs {
            let s = type(part).shape
            emitMap(shape: s, out: v, outOffset: start * outStrides[a], outStrides: outStrides,
                    operands: [MapOperand(value: part, offset: 0, strides: rowMajorStrides(s))]) { x, _ in x[0] }
            start += s[a]
        }
    }

    /// The bucket table is a compile-time constant (it depends on attributes only), computed with
    /// the interpreter's formula and copied from a private global.
    func emitPositionBucket(_ v: ValueID, query: Int, key: Int, bidirectional: Bool, buckets: Int, distance: Int) {
        var table: [LLVMValueRef?] = []
        for q in 0..<query {
            for k in 0..<key {
                let b = relativePositionBucket(k - q, bidirectional: bidirectional, numBuckets: buckets, maxDistance: distance)
                table.append(gen.int32(Int32(truncatingIfNeeded: b)))
            }
        }
        let arrayType = LLVMArrayType(gen.i32, UInt32(table.count))
        let global: LLVMValueRef = LLVMAddGlobal(gen.module, arrayType, "\(symbol)_buckets\(v)")
        let count = UInt32(table.count)
        table.withUnsafeMutableBufferPointer { LLVMSetInitializer(global, LLVMConstArray(gen.i32, $0.baseAddress, count)) }
        LLVMSetGlobalConstant(global, 1)
        LLVMSetLinkage(global, LLVMPrivateLinkage)
        emitFill(v) { flat in
            let base = self.gen.bitcast(global, self.gen.pointerType(self.gen.i32))
            return self.gen.load(self.gen.i32, base, flat)
        }
    }
}

import Foundation
