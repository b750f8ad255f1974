import IR

/// Vector–Jacobian products: for a node `y = op(x...)` and the adjoint `g` of `y`, the
/// contributions to the adjoints of its inputs. Each rule emits ordinary IR ops, so the backward
/// pass is itself a graph that prints, parses and compiles like the forward one.
struct VJP {
    let node: Node
    let id: ValueID
    let g: ValueID
    /// Whether input #k needs a gradient (activity analysis).
    let wants: (ValueID) -> Bool

    func contributions(_ b: inout EntryBuilder) throws -> [(ValueID, ValueID)] {
        let x = node.inputs
        var out: [(ValueID, ValueID)] = []
        func emit(_ k: Int, _ grad: () throws -> ValueID) rethrows {
            if k < x.count && wants(x[k]) { out.append((x[k], try grad())) }
        }

        switch node.op {
        case .parameter, .weight, .constant, .iota, .positionBucket, .argmax:
            break  // no gradient flows through sources or integer-valued ops

        case .fused(let region):
            out = try RegionVJP.contributions(region, node: node, g: g, wants: wants, &b)

        case .regionResult:
            // Regions returning several values are made after autodiff (or inlined before it).
            throw AutodiffError("region_result '\(node.name)': a region returning several values must be inlined before differentiation")

        case .unary(let u):
            try emit(0) { try unaryVJP(u, &b) }

        case .binary(let op):
            let (sa, sb) = (b.type(of: x[0]).shape, b.type(of: x[1]).shape)
            switch op {
            case .add:
                try emit(0) { try b.unbroadcast(g, to: sa) }
                try emit(1) { try b.unbroadcast(g, to: sb) }
            case .sub:
                try emit(0) { try b.unbroadcast(g, to: sa) }
                try emit(1) { try b.unbroadcast(try b.unary(.neg, g), to: sb) }
            case .mul:
                try emit(0) { try b.unbroadcast(try b.mul(g, x[1]), to: sa) }
                try emit(1) { try b.unbroadcast(try b.mul(g, x[0]), to: sb) }
            case .div:
                // d(a/b)/da = 1/b ; d(a/b)/db = −(a/b)/b
                try emit(0) { try b.unbroadcast(try b.div(g, x[1]), to: sa) }
                try emit(1) { try b.unbroadcast(try b.unary(.neg, try b.div(try b.mul(g, id), x[1])), to: sb) }
            case .maximum, .minimum:
                // The larger (smaller) operand takes the gradient; ties go to the first.
                let firstWins = try b.add(op == .maximum ? .binary(.less) : .binary(.greater), [x[0], x[1]])
                let maskA = try b.sub(b.scalar(1, like: firstWins), firstWins)
                try emit(0) { try b.unbroadcast(try b.mul(g, maskA), to: sa) }
                try emit(1) { try b.unbroadcast(try b.mul(g, firstWins), to: sb) }
            case .pow:
                // d(a^p)/da = p·a^(p−1) ; d(a^p)/dp = a^p·log a
                try emit(0) {
                    let pm1 = try b.sub(x[1], b.scalar(1, like: x[1]))
                    return try b.unbroadcast(try b.mul(g, try b.mul(x[1], try b.add(.binary(.pow), [x[0], pm1]))), to: sa)
                }
                try emit(1) { try b.unbroadcast(try b.mul(g, try b.mul(id, try b.unary(.log, x[0]))), to: sb) }
            case .less, .greater, .equal:
                break
            }

        case .select:
            let zero = b.scalar(0, like: g)
            try emit(1) { try b.unbroadcast(try b.add(.select, [x[0], g, zero]), to: b.type(of: x[1]).shape) }
            try emit(2) { try b.unbroadcast(try b.add(.select, [x[0], zero, g]), to: b.type(of: x[2]).shape) }

        case .cast:
            try emit(0) { try b.add(.cast(b.type(of: x[0]).dtype), [g]) }

        case .matmul(let ta, let tb):
            try matmulVJP(ta, tb, &b, &out)

        case .gather:
            try emit(0) { try b.add(.scatterAdd(rows: b.type(of: x[0]).shape[0]), [x[1], g]) }

        case .scatterAdd:
            try emit(1) { try b.add(.gather, [g, x[0]]) }

        case .reduce(let r, let axes, let keep):
            try emit(0) { try reduceVJP(r, axes, keep, &b) }

        case .softmax(let axis):
            // dx = y ⊙ (g − Σ g⊙y)
            try emit(0) {
                let s = try b.sumKeep(try b.mul(g, id), axes: [axis])
                return try b.mul(id, try b.sub(g, s))
            }

        case .logSoftmax(let axis):
            // dx = g − softmax(x) ⊙ Σ g
            try emit(0) {
                let s = try b.sumKeep(g, axes: [axis])
                return try b.sub(g, try b.mul(try b.unary(.exp, id), s))
            }

        case .rmsNorm(let eps):
            try rmsNormVJP(eps, &b, &out)

        case .layerNorm(let eps):
            try layerNormVJP(eps, &b, &out)

        case .reshape:
            try emit(0) { try b.add(.reshape(b.type(of: x[0]).shape), [g]) }

        case .transpose(let perm):
            var inverse = [Int](repeating: 0, count: perm.count)
            for (i, p) in perm.enumerated() { inverse[p] = i }
            try emit(0) { try b.add(.transpose(inverse), [g]) }

        case .concat(let axis):
            let rank = node.type.rank
            let a = normalizedAxis(axis, rank: rank) ?? axis
            var start = 0
            for k in x.indices {
                let width = b.type(of: x[k]).shape[a]
                let s = start
                try emit(k) { try b.add(.slice(axis: a, start: s, end: s + width), [g]) }
                start += width
            }

        case .slice(let axis, let start, let end):
            try emit(0) {
                // Pad the gradient with zeros back to the input's extent along the axis.
                let inType = b.type(of: x[0])
                let a = normalizedAxis(axis, rank: inType.rank) ?? axis
                var parts: [ValueID] = []
                if start > 0 {
                    var s = inType.shape
                    s[a] = start
                    parts.append(b.constant(0, inType.with(shape: s), name: "zeros"))
                }
                parts.append(g)
                if end < inType.shape[a] {
                    var s = inType.shape
                    s[a] = inType.shape[a] - end
                    parts.append(b.constant(0, inType.with(shape: s), name: "zeros"))
                }
                return parts.count == 1 ? g : try b.add(.concat(axis: a), parts)
            }

        case .broadcast:
            try emit(0) { try b.unbroadcast(g, to: b.type(of: x[0]).shape) }

        case .dropout(let rate):
            // Dropout is linear in x given its mask; the same seed regenerates the same mask.
            try emit(0) { try b.add(.dropout(rate: rate), [g, x[1]]) }

        case .keepRows:
            // Linear in x with a 0/1 row mask: the adjoint keeps the same rows.
            try emit(0) { try b.add(.keepRows, [g, x[1]]) }

        case .crossEntropy(let ignore):
            try emit(0) { try b.add(.crossEntropyGrad(ignoreIndex: ignore), [x[0], x[1], g]) }

        case .crossEntropyGrad:
            if x.contains(where: wants) {
                throw AutodiffError("cross_entropy_grad is not differentiable (second derivatives are not supported)")
            }
        }
        return out
    }

    private func unaryVJP(_ u: UnaryOp, _ b: inout EntryBuilder) throws -> ValueID {
        let x = node.inputs[0]
        switch u {
        case .neg: return try b.unary(.neg, g)
        case .abs:
            let sign = try b.sub(try b.unary(.step, x), try b.unary(.step, try b.unary(.neg, x)))
            return try b.mul(g, sign)
        case .exp: return try b.mul(g, id)
        case .log: return try b.div(g, x)
        case .sqrt: return try b.div(try b.mul(g, b.scalar(0.5, like: g)), id)
        case .rsqrt:  // d x^(−1/2) = −½·x^(−3/2) = −½·y/x
            return try b.mul(try b.mul(g, b.scalar(-0.5, like: g)), try b.div(id, x))
        case .tanh:
            let one = b.scalar(1, like: g)
            return try b.mul(g, try b.sub(one, try b.unary(.square, id)))
        case .sigmoid:
            let one = b.scalar(1, like: g)
            return try b.mul(g, try b.mul(id, try b.sub(one, id)))
        case .relu: return try b.mul(g, try b.unary(.step, x))
        case .square: return try b.mul(g, try b.mul(x, b.scalar(2, like: x)))
        case .reciprocal: return try b.unary(.neg, try b.mul(g, try b.unary(.square, id)))
        case .geluTanh: return try b.mul(g, try b.unary(.geluTanhGrad, x))
        case .geluErf: return try b.mul(g, try b.unary(.geluErfGrad, x))
        case .step: return b.constant(0, b.type(of: x), name: "zeros")
        case .geluTanhGrad, .geluErfGrad:
            throw AutodiffError("\(u.rawValue) is not differentiable (second derivatives are not supported)")
        }
    }

    private func reduceVJP(_ r: ReduceOp, _ axes: [Int], _ keep: Bool, _ b: inout EntryBuilder) throws -> ValueID {
        let xType = b.type(of: node.inputs[0])
        let normalized = axes.compactMap { normalizedAxis($0, rank: xType.rank) }
        var keptShape = xType.shape
        for a in normalized { keptShape[a] = 1 }
        var gk = g
        if !keep { gk = try b.add(.reshape(keptShape), [g]) }
        switch r {
        case .sum:
            return try b.add(.broadcast(xType.shape), [gk])
        case .mean:
            let count = normalized.reduce(1) { $0 * xType.shape[$1] }
            let scaled = try b.mul(gk, b.scalar(1 / Double(count), like: gk))
            return try b.add(.broadcast(xType.shape), [scaled])
        case .max:
            // Every position equal to the max receives the gradient.
            var yk = id
            if !keep { yk = try b.add(.reshape(keptShape), [id]) }
            let mask = try b.add(.binary(.equal), [node.inputs[0], yk])
            return try b.mul(mask, gk)
        }
    }

    private func matmulVJP(_ ta: Bool, _ tb: Bool, _ b: inout EntryBuilder, _ out: inout [(ValueID, ValueID)]) throws {
        let (a, w) = (node.inputs[0], node.inputs[1])
        let aType = b.type(of: a), wType = b.type(of: w)
        let shared = wType.rank == 2 && aType.rank > 2  // one b for the whole batch
        if wants(a) {
            // y = op(a)·op(b): da = g·op(b)ᵀ, transposed back if a was.
            var grad: ValueID
            if !ta {
                grad = try b.add(.matmul(transposeA: false, transposeB: !tb), [g, w])
            } else if !shared {
                grad = try b.add(.matmul(transposeA: tb, transposeB: true), [w, g])
            } else {
                // op(b) is shared, so compute (g·op(b)ᵀ) per batch and transpose it back.
                grad = try b.add(.matmul(transposeA: false, transposeB: !tb), [g, w])
                grad = try b.add(.transpose(swapLast(grad, b)), [grad])
            }
            out.append((a, grad))
        }
        if wants(w) {
            var grad: ValueID
            if shared {
                // Fold the batch into rows: db = Σ_batch op(a)ᵀ·g, one 2-D GEMM.
                var a2 = a
                if ta { a2 = try b.add(.transpose(swapLast(a, b)), [a]) }
                let k = b.type(of: a2).shape.last!, n = b.type(of: g).shape.last!
                let rows = b.type(of: g).elementCount / n
                a2 = try b.add(.reshape([rows, k]), [a2])
                let g2 = try b.add(.reshape([rows, n]), [g])
                grad = tb ? try b.add(.matmul(transposeA: true, transposeB: false), [g2, a2])
                          : try b.add(.matmul(transposeA: true, transposeB: false), [a2, g2])
            } else if !tb {
                grad = try b.add(.matmul(transposeA: !ta, transposeB: false), [a, g])   // aᵀ·g or a·g
            } else {
                grad = try b.add(.matmul(transposeA: true, transposeB: ta), [g, a])     // gᵀ·a or gᵀ·aᵀ
            }
            out.append((w, grad))
        }
    }

    private func swapLast(_ v: ValueID, _ b: EntryBuilder) -> [Int] {
        let r = b.type(of: v).rank
        var perm = Array(0..<r)
        perm.swapAt(r - 1, r - 2)
        return perm
    }

    /// y = x·r·w with r = rsqrt(mean(x²) + eps) over the last axis:
    /// dw = Σ g·x·r ; dx = r·(g·w − x·r²·mean(g·w·x)).
    private func rmsNormVJP(_ eps: Double, _ b: inout EntryBuilder, _ out: inout [(ValueID, ValueID)]) throws {
        let (x, w) = (node.inputs[0], node.inputs[1])
        let ms = try b.add(try b.meanLast(try b.unary(.square, x)), b.scalar(eps, like: x))
        let r = try b.unary(.rsqrt, ms)
        if wants(w) {
            out.append((w, try b.unbroadcast(try b.mul(g, try b.mul(x, r)), to: b.type(of: w).shape)))
        }
        if wants(x) {
            let gw = try b.mul(g, w)
            let proj = try b.meanLast(try b.mul(gw, x))
            let inner = try b.sub(gw, try b.mul(x, try b.mul(try b.unary(.square, r), proj)))
            out.append((x, try b.mul(r, inner)))
        }
    }

    /// y = x̂·w + b with x̂ = (x − μ)·r, r = rsqrt(var + eps):
    /// db = Σ g ; dw = Σ g·x̂ ; dx = r·(g·w − mean(g·w) − x̂·mean(g·w·x̂)).
    private func layerNormVJP(_ eps: Double, _ b: inout EntryBuilder, _ out: inout [(ValueID, ValueID)]) throws {
        let (x, w, bias) = (node.inputs[0], node.inputs[1], node.inputs[2])
        let centered = try b.sub(x, try b.meanLast(x))
        let variance = try b.meanLast(try b.unary(.square, centered))
        let r = try b.unary(.rsqrt, try b.add(variance, b.scalar(eps, like: x)))
        let xhat = try b.mul(centered, r)
        if wants(bias) { out.append((bias, try b.unbroadcast(g, to: b.type(of: bias).shape))) }
        if wants(w) { out.append((w, try b.unbroadcast(try b.mul(g, xhat), to: b.type(of: w).shape))) }
        if wants(x) {
            let gw = try b.mul(g, w)
            let inner = try b.sub(try b.sub(gw, try b.meanLast(gw)), try b.mul(xhat, try b.meanLast(try b.mul(gw, xhat))))
            out.append((x, try b.mul(r, inner)))
        }
    }
}
