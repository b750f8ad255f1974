import CLLVM
import IR
import Runtime

/// Scalar formulas of the elementwise ops, written like the interpreter's (Sources/Runtime/
/// Elementwise.swift): same constants, same operation order. In f32, exp, log, tanh and erf are
/// the inline polynomial kernels of VectorMath.swift (≤ 1.5 ulp, and vectorizable, unlike a libm
/// call), so results agree with the interpreter's libm to a few ulp rather than bit for bit;
/// f64 keeps the `llvm.exp`/`llvm.log` intrinsics and libm `tanh`/`erf`. sqrt is the exact
/// instruction; pow calls libm in both types (rare, and C pow's special cases matter).
extension IRGen {
    /// A float constant of type `t`, rounded to f32 unless `t` is f64; a vector type gets it in
    /// every lane.
    func fconst(_ v: Double, _ t: LLVMTypeRef) -> LLVMValueRef {
        if LLVMGetTypeKind(t) == LLVMVectorTypeKind {
            return broadcastConstant(fconst(v, LLVMGetElementType(t)), lanes: Int(LLVMGetVectorSize(t)))
        }
        return LLVMConstReal(t, t == f64 ? v : Double(Float(v)))
    }

    func fadd(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { LLVMBuildFAdd(builder, a, b, "") }
    func fsub(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { LLVMBuildFSub(builder, a, b, "") }
    func fmul(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { LLVMBuildFMul(builder, a, b, "") }
    func fdiv(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { LLVMBuildFDiv(builder, a, b, "") }
    func fcmp(_ p: LLVMRealPredicate, _ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
        LLVMBuildFCmp(builder, p, a, b, "")
    }
    func icmp(_ p: LLVMIntPredicate, _ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
        LLVMBuildICmp(builder, p, a, b, "")
    }
    func select(_ c: LLVMValueRef, _ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
        LLVMBuildSelect(builder, c, a, b, "")
    }
    func exp(_ x: LLVMValueRef) -> LLVMValueRef { isF32(x) ? vectorExp(x) : intrinsic("exp", [x]) }
    func log(_ x: LLVMValueRef) -> LLVMValueRef { isF32(x) ? vectorLog(x) : intrinsic("log", [x]) }
    func tanh(_ x: LLVMValueRef) -> LLVMValueRef { isF32(x) ? vectorTanh(x) : libm("tanh", x) }
    func erf(_ x: LLVMValueRef) -> LLVMValueRef { isF32(x) ? vectorErf(x) : libm("erf", x) }
    private func isF32(_ x: LLVMValueRef) -> Bool {
        let t = LLVMTypeOf(x)!
        return (LLVMGetTypeKind(t) == LLVMVectorTypeKind ? LLVMGetElementType(t) : t) == f32
    }
    /// The float type of an op's result: dtype `d`'s element type, or the operand's vector type
    /// (a GEMM tile's epilogue evaluates the same formulas on whole vectors).
    private func floatType(_ x: LLVMValueRef, _ d: DType) -> LLVMTypeRef {
        vectorLanes(x) == nil ? elementType(d) : LLVMTypeOf(x)
    }
    func sqrt(_ x: LLVMValueRef) -> LLVMValueRef { intrinsic("sqrt", [x]) }

    /// NaN-propagating maximum, else Swift.max(a, b) = (b >= a ? b : a).
    func fmax(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
        let t = LLVMTypeOf(a)!
        return select(fcmp(LLVMRealUNO, a, b), fconst(.nan, t), select(fcmp(LLVMRealOGE, b, a), b, a))
    }

    func fmin(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
        let t = LLVMTypeOf(a)!
        return select(fcmp(LLVMRealUNO, a, b), fconst(.nan, t), select(fcmp(LLVMRealOLT, b, a), b, a))
    }

    func unary(_ op: UnaryOp, _ x: LLVMValueRef, _ d: DType) -> LLVMValueRef {
        if d == .i32 {
            switch op {
            case .neg: return LLVMBuildSub(builder, int32(0), x, "")
            default: return select(icmp(LLVMIntSLT, x, int32(0)), LLVMBuildSub(builder, int32(0), x, ""), x)
            }
        }
        let t = floatType(x, d)
        let one = fconst(1, t), zero = fconst(0, t), half = fconst(0.5, t)
        switch op {
        case .neg: return LLVMBuildFNeg(builder, x, "")
        case .abs: return intrinsic("fabs", [x])
        case .exp: return exp(x)
        case .log: return log(x)
        case .sqrt: return sqrt(x)
        case .rsqrt: return fdiv(one, sqrt(x))
        case .tanh: return tanh(x)
        case .sigmoid: return fdiv(one, fadd(one, exp(LLVMBuildFNeg(builder, x, ""))))
        case .relu: return select(fcmp(LLVMRealOGT, x, zero), x, zero)
        case .square: return fmul(x, x)
        case .reciprocal: return fdiv(one, x)
        case .step: return select(fcmp(LLVMRealOGT, x, zero), one, zero)
        case .geluTanh:
            let t0 = tanh(fmul(tanhScale(t), fadd(x, fmul(fmul(fmul(cubic(t), x), x), x))))
            return fmul(fmul(half, x), fadd(one, t0))
        case .geluErf:
            return fmul(fmul(half, x), fadd(one, erf(fmul(x, invSqrt2(t)))))
        case .geluTanhGrad:
            let th = tanh(fmul(tanhScale(t), fadd(x, fmul(fmul(fmul(cubic(t), x), x), x))))
            let left = fmul(half, fadd(one, th))
            let sech2 = fsub(one, fmul(th, th))
            let poly = fadd(one, fmul(fmul(fmul(fconst(3, t), cubic(t)), x), x))
            return fadd(left, fmul(fmul(fmul(fmul(half, x), sech2), tanhScale(t)), poly))
        case .geluErfGrad:
            let cdf = fmul(half, fadd(one, erf(fmul(x, invSqrt2(t)))))
            let pdf = fmul(fmul(x, exp(fmul(fmul(LLVMBuildFNeg(builder, half, ""), x), x))), invSqrt2Pi(t))
            return fadd(cdf, pdf)
        }
    }

    // The interpreter's constants, rounded to the working type the way `T.sqrt(2 / T.pi)` is.
    private func tanhScale(_ t: LLVMTypeRef) -> LLVMValueRef {
        t == f64 ? fconst((2 / Double.pi).squareRoot(), t) : fconst(Double((2 / Float.pi).squareRoot()), t)
    }
    private func cubic(_ t: LLVMTypeRef) -> LLVMValueRef { fconst(0.044715, t) }
    private func invSqrt2(_ t: LLVMTypeRef) -> LLVMValueRef {
        t == f64 ? fconst(1 / 2.0.squareRoot(), t) : fconst(Double(1 / Float(2).squareRoot()), t)
    }
    private func invSqrt2Pi(_ t: LLVMTypeRef) -> LLVMValueRef {
        t == f64 ? fconst(1 / (2 * Double.pi).squareRoot(), t) : fconst(Double(1 / (2 * Float.pi).squareRoot()), t)
    }

    func binary(_ op: BinaryOp, _ a: LLVMValueRef, _ b: LLVMValueRef, _ d: DType) -> LLVMValueRef {
        if d == .i32 { return intBinary(op, a, b) }
        let t = floatType(a, d)
        let one = fconst(1, t), zero = fconst(0, t)
        switch op {
        case .add: return fadd(a, b)
        case .sub: return fsub(a, b)
        case .mul: return fmul(a, b)
        case .div: return fdiv(a, b)
        case .maximum: return fmax(a, b)
        case .minimum: return fmin(a, b)
        case .pow: return libmPow(a, b)
        case .less: return select(fcmp(LLVMRealOLT, a, b), one, zero)
        case .greater: return select(fcmp(LLVMRealOGT, a, b), one, zero)
        case .equal: return select(fcmp(LLVMRealOEQ, a, b), one, zero)
        }
    }

    /// C pow (defined for negative bases with integral exponents), as the interpreter calls it.
    private func libmPow(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
        let t = LLVMTypeOf(a)!
        return call(t == f64 ? "pow" : "powf", t, [a, b])
    }

    /// Wrapping i32 arithmetic; division by zero and negative powers give 0 instead of trapping
    /// (the interpreter reports them as errors).
    private func intBinary(_ op: BinaryOp, _ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
        let one = int32(1), zero = int32(0)
        switch op {
        case .add: return LLVMBuildAdd(builder, a, b, "")
        case .sub: return LLVMBuildSub(builder, a, b, "")
        case .mul: return LLVMBuildMul(builder, a, b, "")
        case .div:
            // Divisor 0 → 0; Int32.min / −1 wraps (divide by 1 instead, then negate).
            let isZero = icmp(LLVMIntEQ, b, zero)
            let isMinusOne = icmp(LLVMIntEQ, b, int32(-1))
            let safe = select(LLVMBuildOr(builder, isZero, isMinusOne, ""), one, b)
            let q: LLVMValueRef = LLVMBuildSDiv(builder, a, safe, "")
            return select(isZero, zero, select(isMinusOne, LLVMBuildSub(builder, zero, a, ""), q))
        case .maximum: return select(icmp(LLVMIntSGT, b, a), b, a)
        case .minimum: return select(icmp(LLVMIntSLT, b, a), b, a)
        case .pow:
            // Square and multiply over the 31 exponent bits, wrapping.
            var result = one, base = a
            for bit in 0..<31 {
                let set = icmp(LLVMIntNE, LLVMBuildAnd(builder, b, int32(1 << bit), ""), zero)
                result = select(set, LLVMBuildMul(builder, result, base, ""), result)
                base = LLVMBuildMul(builder, base, base, "")
            }
            return select(icmp(LLVMIntSLT, b, zero), zero, result)
        case .less: return LLVMBuildZExt(builder, icmp(LLVMIntSLT, a, b), i32, "")
        case .greater: return LLVMBuildZExt(builder, icmp(LLVMIntSGT, a, b), i32, "")
        case .equal: return LLVMBuildZExt(builder, icmp(LLVMIntEQ, a, b), i32, "")
        }
    }

    /// Truth of a `where` condition of dtype `d`: element ≠ 0.
    func isNonZero(_ c: LLVMValueRef, _ d: DType) -> LLVMValueRef {
        d == .i32 ? icmp(LLVMIntNE, c, int32(0)) : fcmp(LLVMRealUNE, c, fconst(0, elementType(d)))
    }

    /// Conversions; float → i32 truncates toward zero and saturates (NaN → 0) instead of trapping.
    func cast(_ x: LLVMValueRef, from: DType, to: DType) -> LLVMValueRef {
        if from == to { return x }
        switch (from, to) {
        case (.i32, _): return LLVMBuildSIToFP(builder, x, elementType(to), "")
        case (_, .i32): return call("llvm.fptosi.sat.i32.\(suffix(elementType(from)))", i32, [x])
        case (.f32, .f64): return LLVMBuildFPExt(builder, x, f64, "")
        default: return LLVMBuildFPTrunc(builder, x, f32, "")
        }
    }

    /// `DropoutMask.key`: fmix(seed·0x9E3779B9 + 0x7F4A7C15), the stream key of an i32 seed.
    func dropoutKey(seed: LLVMValueRef) -> LLVMValueRef {
        let u = { (v: UInt32) in LLVMConstInt(self.i32, UInt64(v), 0)! }
        return murmurFinalizer(LLVMBuildAdd(builder, LLVMBuildMul(builder, seed, u(0x9E37_79B9), ""), u(0x7F4A_7C15), ""))
    }

    /// The dropout decision of `DropoutMask.keep(key:index:threshold:)`, as integer IR:
    /// h = fmix(fmix(index) ^ key), kept iff (h >> 8) ≥ threshold.
    func dropoutKeep(key: LLVMValueRef, index: LLVMValueRef, rate: Double) -> LLVMValueRef {
        let u = { (v: UInt32) in LLVMConstInt(self.i32, UInt64(v), 0)! }
        let mixedIndex = murmurFinalizer(LLVMBuildTrunc(builder, index, i32, ""))
        let h = murmurFinalizer(LLVMBuildXor(builder, mixedIndex, key, ""))
        let threshold = DropoutMask.threshold(rate: rate)
        return icmp(LLVMIntUGE, LLVMBuildLShr(builder, h, u(8), ""), u(threshold))
    }

    /// One element of dropout: x·scale where kept, else 0, with scale = 1 / (1 − T(rate)) in the
    /// working type, as the interpreter computes it.
    func dropout(_ x: LLVMValueRef, key: LLVMValueRef, index: LLVMValueRef, rate: Double, _ d: DType) -> LLVMValueRef {
        let t = elementType(d)
        let scale = d == .f64 ? 1 / (1 - rate) : Double(1 / (1 - Float(rate)))
        let keep = dropoutKeep(key: key, index: index, rate: rate)
        return select(keep, fmul(x, fconst(scale, t)), fconst(0, t))
    }

    /// `DropoutMask.hash32` (murmur3's 32-bit finalizer) on an i32 value.
    private func murmurFinalizer(_ x: LLVMValueRef) -> LLVMValueRef {
        let u = { (v: UInt32) in LLVMConstInt(self.i32, UInt64(v), 0)! }
        var h = x
        h = LLVMBuildXor(builder, h, LLVMBuildLShr(builder, h, u(16), ""), "")
        h = LLVMBuildMul(builder, h, u(0x85EB_CA6B), "")
        h = LLVMBuildXor(builder, h, LLVMBuildLShr(builder, h, u(13), ""), "")
        h = LLVMBuildMul(builder, h, u(0xC2B2_AE35), "")
        return LLVMBuildXor(builder, h, LLVMBuildLShr(builder, h, u(16), ""), "")
    }
}
