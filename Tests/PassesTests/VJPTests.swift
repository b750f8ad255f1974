import IR
import Passes
import Runtime
import Testing

/// Every op's VJP against finite differences (see GradientCheck for the tolerance: 1e-6 relative, f64).
@Suite struct VJPTests {
    static let smoothUnary: [UnaryOp] = [.neg, .exp, .tanh, .sigmoid, .square, .geluTanh, .geluErf]

    @Test(arguments: smoothUnary)
    func smoothUnaryOps(_ op: UnaryOp) throws {
        var c = GradientCheck()
        let x = c.trainable("x", [3, 5], -2, 2)
        try c.check(op.rawValue) { b in try b.unary(op, b.weight(named: x)!) }
    }

    /// Ops defined on positive inputs (or with a kink at 0) get inputs away from the trouble spot.
    @Test(arguments: [UnaryOp.log, .sqrt, .rsqrt, .reciprocal, .relu, .abs])
    func positiveDomainUnaryOps(_ op: UnaryOp) throws {
        var c = GradientCheck()
        let x = c.trainable("x", [4, 1, 3], 0.3, 2)
        try c.check(op.rawValue) { b in
            var input = b.weight(named: x)!
            if op == .relu || op == .abs {  // exercise both signs without touching 0
                let shift = try b.add(.binary(.sub), [input, b.constant(1.15)])
                input = shift
            }
            return try b.unary(op, input)
        }
    }

    @Test(arguments: [BinaryOp.add, .sub, .mul, .div, .maximum, .minimum, .pow])
    func binaryOpsWithBroadcasting(_ op: BinaryOp) throws {
        // a: (2, 3, 4), b: (3, 1) — broadcasting over a leading axis and a 1-sized axis.
        var c = GradientCheck()
        let a = c.trainable("a", [2, 3, 4], 0.5, 2)
        let bw = c.trainable("b", [3, 1], 0.6, 1.9)
        try c.check(op.rawValue) { b in try b.add(.binary(op), [b.weight(named: a)!, b.weight(named: bw)!]) }
    }

    @Test func binaryWithScalarAndSameShape() throws {
        var c = GradientCheck()
        let a = c.trainable("a", [1], 0.5, 2)
        let bw = c.trainable("b", [4, 3], 0.5, 2)
        let cw = c.trainable("c", [4, 3], 0.5, 2)
        try c.check("scalar-and-same-shape") { b in
            let s = try b.add(.binary(.mul), [b.weight(named: a)!, b.weight(named: bw)!])   // (1) × (4, 3)
            return try b.add(.binary(.div), [s, b.weight(named: cw)!])                    // (4, 3) / (4, 3)
        }
    }

    @Test func selectPicksGradient() throws {
        var c = GradientCheck()
        let cond = c.frozenInts("cond", [2, 3], [1, 0, 1, 0, 0, 1])
        let a = c.trainable("a", [2, 3])
        let bw = c.trainable("b", [3])
        try c.check("where") { b in
            let mask = try b.add(.cast(.f32), [b.weight(named: cond)!])
            return try b.add(.select, [mask, b.weight(named: a)!, b.weight(named: bw)!])
        }
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func matmulAllTransposes(_ flags: (Bool, Bool)) throws {
        let (ta, tb) = flags
        var c = GradientCheck()
        let a = c.trainable("a", ta ? [4, 3] : [3, 4])
        let w = c.trainable("w", tb ? [5, 4] : [4, 5])
        try c.check("matmul") { b in
            try b.add(.matmul(transposeA: ta, transposeB: tb), [b.weight(named: a)!, b.weight(named: w)!])
        }
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func batchedMatmulSharedAndBatchedB(_ flags: (Bool, Bool)) throws {
        let (ta, tb) = flags
        for sharedB in [true, false] {
            var c = GradientCheck()
            let a = c.trainable("a", ta ? [2, 3, 4, 2] : [2, 3, 2, 4])
            let w = c.trainable("w", (sharedB ? [] : [2, 3]) + (tb ? [5, 4] : [4, 5]))
            try c.check("bmm") { b in
                try b.add(.matmul(transposeA: ta, transposeB: tb), [b.weight(named: a)!, b.weight(named: w)!])
            }
        }
    }

    @Test func gatherScattersIntoTable() throws {
        var c = GradientCheck()
        let table = c.trainable("table", [6, 4])
        let ids = c.frozenInts("ids", [2, 3], [0, 5, 2, 2, 0, 1])   // repeats accumulate
        try c.check("gather") { b in try b.add(.gather, [b.weight(named: table)!, b.weight(named: ids)!]) }
    }

    @Test func scatterAddGathers() throws {
        var c = GradientCheck()
        let updates = c.trainable("updates", [5, 3])
        let ids = c.frozenInts("ids", [5], [1, 0, 1, 3, 3])
        try c.check("scatter_add") { b in
            try b.add(.scatterAdd(rows: 4), [b.weight(named: ids)!, b.weight(named: updates)!])
        }
    }

    @Test(arguments: [ReduceOp.sum, .mean, .max])
    func reductions(_ op: ReduceOp) throws {
        for (axes, keep) in [([1], false), ([0, 2], true), ([-1], false), ([0, 1, 2], false)] {
            var c = GradientCheck()
            let x = c.trainable("x", [3, 4, 2])
            try c.check("\(op) \(axes)") { b in try b.add(.reduce(op, axes: axes, keepDims: keep), [b.weight(named: x)!]) }
        }
    }

    @Test func softmaxAndLogSoftmax() throws {
        for axis in [-1, 0, 1] {
            var c = GradientCheck()
            let x = c.trainable("x", [3, 5, 2], -3, 3)
            try c.check("softmax") { b in try b.add(.softmax(axis: axis), [b.weight(named: x)!]) }
            var d = GradientCheck()
            let y = d.trainable("x", [3, 5, 2], -3, 3)
            try d.check("log_softmax") { b in try b.add(.logSoftmax(axis: axis), [b.weight(named: y)!]) }
        }
    }

    @Test func rmsNorm() throws {
        var c = GradientCheck()
        let x = c.trainable("x", [2, 3, 6])
        let w = c.trainable("w", [6])
        try c.check("rms_norm") { b in try b.add(.rmsNorm(eps: 1e-6), [b.weight(named: x)!, b.weight(named: w)!]) }
    }

    @Test func layerNorm() throws {
        var c = GradientCheck()
        let x = c.trainable("x", [4, 5])
        let w = c.trainable("w", [5])
        let bias = c.trainable("bias", [5])
        try c.check("layer_norm") { b in
            try b.add(.layerNorm(eps: 1e-5), [b.weight(named: x)!, b.weight(named: w)!, b.weight(named: bias)!])
        }
    }

    @Test func dataMovement() throws {
        var c = GradientCheck()
        let x = c.trainable("x", [2, 3, 4])
        let y = c.trainable("y", [2, 1, 4])
        try c.check("movement") { b in
            let t = try b.add(.transpose([2, 0, 1]), [b.weight(named: x)!])               // (4, 2, 3)
            let r = try b.add(.reshape([4, 6]), [t])                                     // (4, 6)
            let s = try b.add(.slice(axis: 1, start: 1, end: 5), [r])                    // (4, 4)
            let cat = try b.add(.concat(axis: 1), [b.weight(named: x)!, b.weight(named: y)!])  // (2, 4, 4)
            let bc = try b.add(.broadcast([2, 4, 4]), [try b.add(.reshape([1, 4, 4]), [s])])
            return try b.add(.binary(.mul), [bc, cat])
        }
    }

    @Test func dropoutReusesItsMask() throws {
        var c = GradientCheck()
        let x = c.trainable("x", [4, 7])
        try c.check("dropout") { b in
            let seed = b.constant(17, .i32([]))
            return try b.add(.dropout(rate: 0.3), [b.weight(named: x)!, seed])
        }
    }

    /// keep_rows is linear in x with a 0/1 row mask (holes, a padded tail, an empty sequence).
    @Test func keepRowsMasksTheAdjoint() throws {
        var c = GradientCheck()
        let x = c.trainable("x", [3, 4, 5])
        let mask = c.frozenInts("mask", [3, 4], [1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0])
        try c.check("keep_rows") { b in
            let kept = try b.add(.keepRows, [b.weight(named: x)!, b.weight(named: mask)!])
            return try b.mul(kept, b.weight(named: x)!)
        }
    }

    @Test func crossEntropyWithIgnoredRows() throws {
        var c = GradientCheck()
        let logits = c.trainable("logits", [5, 4], -2, 2)
        let labels = c.frozenInts("labels", [5], [3, -100, 0, 1, -100])
        try c.check("cross_entropy") { b in
            try b.add(.crossEntropy(ignoreIndex: -100), [b.weight(named: logits)!, b.weight(named: labels)!])
        }
    }

    @Test func fanOutAccumulatesAdjoints() throws {
        // x feeds three paths; the adjoints must add up.
        var c = GradientCheck()
        let x = c.trainable("x", [3, 3])
        try c.check("fan-out") { b in
            let w = b.weight(named: x)!
            let p = try b.add(.matmul(transposeA: false, transposeB: true), [w, w])
            return try b.add(.binary(.add), [p, try b.unary(.tanh, w)])
        }
    }
}
