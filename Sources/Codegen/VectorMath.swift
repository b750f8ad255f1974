import CLLVM

/// Branch-free f32 exp, log, tanh and erf, emitted inline as LLVM IR.
///
/// glibc's scalar `expf`/`tanhf`/`erff` calls keep LLVM's loop vectorizer from widening a loop
/// (or make it scalarize the call per lane), so an elementwise loop over them runs one element
/// at a time. These kernels use only operations the vectorizer widens to `<8 x float>` with
/// AVX2: `fmul`/`fadd`, `llvm.fmuladd` (an FMA on the host), `llvm.rint`, `llvm.fabs`,
/// `llvm.copysign`, float↔int conversions, integer shifts on the bit pattern (`bitcast`), and
/// `select` instead of branches — every lane computes every path and a select picks one.
///
/// Polynomial coefficients are fitted by `tools/fit-vecmath.py` (weighted minimax, then rounded
/// to f32 one at a time with the rest refitted). Accuracy against the double-precision result
/// on an FMA host: over every 997th float (VectorMathTests, asserted there), and over every
/// float of the range (once, with a C program doing the same operations):
///
/// | function | range              | sweep     | every float | asserted  |
/// |----------|--------------------|-----------|-------------|-----------|
/// | exp      | [−104, 89]         | 0.975 ulp | 1.011 ulp   | ≤ 1 ulp   |
/// | tanh     | [−20, 20]          | 1.487 ulp | 1.509 ulp   | ≤ 1.5 ulp |
/// | erf      | [−10, 10]          | 0.836 ulp | 1.049 ulp   | ≤ 1 ulp   |
/// | log      | (0, FLT_MAX]       | 0.783 ulp | 0.862 ulp   | ≤ 1 ulp   |
///
/// f64 stays on the `llvm.exp`/`llvm.log` intrinsics and libm (see ScalarOps.swift).
enum VectorMathCoefficients {
    /// exp(r) = 1 + r + r²·P(r), |r| ≤ ln2/2; fit error 0.05·2⁻²⁴ relative.
    static let exp: [Float] = [0.4999999403953552, 0.1666652113199234, 0.04166826233267784,
                               0.008368674665689468, 0.0013821055181324482]
    /// tanh(x) = x + x³·P(x²), |x| < 0.625; fit error 0.08·2⁻²⁴ relative.
    static let tanh: [Float] = [-0.3333328068256378, 0.13331405818462372, -0.05373651534318924,
                                0.02062816731631756, -0.005692296661436558]
    /// erf(x) = x + x·Q(x²), |x| < 0.921875; fit error 0.015·2⁻²⁴ relative.
    static let erfSmall: [Float] = [0.12837916612625122, -0.3761262893676758, 0.11283625662326813,
                                    -0.026855727657675743, 0.0051923771388828754, -0.0008049174211919308,
                                    7.992795872269198e-05]
    /// erf(x) = 1 − exp(−x²)·R(x − 2.5), 0.921875 ≤ x ≤ 4; fit error 0.07·2⁻²⁴ absolute.
    static let erfLarge: [Float] = [0.21080832183361053, -0.07434484362602234, 0.024877803400158882,
                                    -0.008212906308472157, 0.002296110847964883, -0.0004914868040941656,
                                    0.0007637085509486496, 0.00033780289231799543, 0.00012800564581993967]
    /// log(1 + f) = f − f²/2 + f³·P(f), √½ − 1 ≤ f < √2 − 1; fit error 0.1·2⁻²⁴ relative.
    static let log: [Float] = [0.3333333134651184, -0.2500081956386566, 0.2000124156475067,
                               -0.166234090924263, 0.14201579988002777, -0.13159610331058502,
                               0.12762217223644257, -0.07636439055204391]

    /// ln 2 = ln2High + ln2Low (Cody–Waite): ln2High has 9 significant bits, so n·ln2High is
    /// exact for |n| < 2⁸ and the reduction x − n·ln2 loses nothing to cancellation.
    static let ln2High: Float = 0.693359375
    static let ln2Low: Float = -2.12194440e-4
    static let log2e: Float = 1.44269502
}

private typealias Coefficients = VectorMathCoefficients

extension IRGen {
    // Constants and types shaped like `x`: scalars for a scalar f32/i32, splats for a vector
    // (the same code serves a loop's element and a GEMM tile's accumulator vector).
    private func f32c(_ v: Float, _ x: LLVMValueRef) -> LLVMValueRef { fconst(Double(v), f32Type(like: x)) }
    private func i32c(_ v: Int32, _ x: LLVMValueRef) -> LLVMValueRef {
        guard let lanes = vectorLanes(x) else { return int32(v) }
        return broadcastConstant(int32(v), lanes: lanes)
    }
    private func f32Type(like x: LLVMValueRef) -> LLVMTypeRef { vectorLanes(x).map { vectorType(f32, $0) } ?? f32 }
    private func i32Type(like x: LLVMValueRef) -> LLVMTypeRef { vectorLanes(x).map { vectorType(i32, $0) } ?? i32 }

    /// a·b + c, fused where the target has FMA.
    func fmuladd(_ a: LLVMValueRef, _ b: LLVMValueRef, _ c: LLVMValueRef) -> LLVMValueRef {
        intrinsic("fmuladd", [a, b, c])
    }

    /// c₀ + s·(c₁ + s·(c₂ + …)) by Horner's rule with multiply-adds.
    func horner(_ coefficients: [Float], _ s: LLVMValueRef) -> LLVMValueRef {
        guard var r = coefficients.last.map({ f32c($0, s) }) else { return f32c(0, s) }
        for c in coefficients.dropLast().reversed() { r = fmuladd(r, s, f32c(c, s)) }
        return r
    }

    /// 2ⁿ for an i32 n in [−126, 127], built from the exponent bits.
    private func powerOfTwo(_ n: LLVMValueRef) -> LLVMValueRef {
        let biased = LLVMBuildAdd(builder, n, i32c(127, n), "")!
        return bitcast(LLVMBuildShl(builder, biased, i32c(23, n), "")!, f32Type(like: n))
    }

    /// f32 eˣ. x is clamped to [−110, 100] (beyond it the result is 0 or ∞ anyway; NaN is
    /// patched back at the end), n = rint(x·log₂e), r = x − n·ln2 in two exact-ish steps, a
    /// degree-6 polynomial for eʳ, then the scale 2ⁿ as 2^⌊n/2⌋·2^(n−⌊n/2⌋): both factors are
    /// normal floats, so results that overflow become ∞ and subnormal results are rounded once
    /// more by the final multiply (no branch for either).
    func vectorExp(_ x: LLVMValueRef, propagatingNaN: Bool = true) -> LLVMValueRef {
        let lo = f32c(-110, x), hi = f32c(100, x)
        var xc = select(fcmp(LLVMRealOGE, x, lo), x, lo)  // NaN → lo: keeps fptosi defined
        xc = select(fcmp(LLVMRealOLE, xc, hi), xc, hi)
        let n = intrinsic("rint", [fmul(xc, f32c(Coefficients.log2e, x))])
        var r = fmuladd(n, f32c(-Coefficients.ln2High, x), xc)
        r = fmuladd(n, f32c(-Coefficients.ln2Low, x), r)
        let p = fadd(fmuladd(fmul(r, r), horner(Coefficients.exp, r), r), f32c(1, x))  // eʳ
        let ni: LLVMValueRef = LLVMBuildFPToSI(builder, n, i32Type(like: x), "")
        let half: LLVMValueRef = LLVMBuildAShr(builder, ni, i32c(1, x), "")
        let rest: LLVMValueRef = LLVMBuildSub(builder, ni, half, "")
        let result = fmul(fmul(p, powerOfTwo(half)), powerOfTwo(rest))
        return propagatingNaN ? select(fcmp(LLVMRealUNO, x, x), x, result) : result
    }

    /// f32 tanh. |x| < 0.625: the odd polynomial x + x³·P(x²) (no cancellation near 0);
    /// otherwise (1 − e)/(1 + e) with e = exp(−2|x|) ≤ 0.29, which reaches 1 exactly as e
    /// underflows. Sign restored with copysign (so tanh(−0) = −0); NaN flows through exp.
    func vectorTanh(_ x: LLVMValueRef) -> LLVMValueRef {
        let a = intrinsic("fabs", [x])
        let s = fmul(x, x)
        let small = fmuladd(fmul(a, s), horner(Coefficients.tanh, s), a)
        let e = vectorExp(fmul(a, f32c(-2, x)))
        let large = fdiv(fsub(f32c(1, x), e), fadd(f32c(1, x), e))
        let magnitude = select(fcmp(LLVMRealOLT, a, f32c(0.625, x)), small, large)
        return intrinsic("copysign", [magnitude, x])
    }

    /// f32 erf. |x| < 0.921875: x + x·Q(x²) (x exact, so 2/√π's rounding does not count);
    /// otherwise 1 − exp(−x²)·R(|x| − 2.5) with |x| clamped to 4 (erf rounds to 1 from 3.92 on).
    /// The rounding of x² changes exp(−x²) by at most x²·2⁻²⁴ relative, which is < 0.2 ulp of
    /// erf after the multiplication by erfc(x) ≤ 0.2, so no extra-precise x² is needed.
    func vectorErf(_ x: LLVMValueRef) -> LLVMValueRef {
        let a = intrinsic("fabs", [x])
        let small = fmuladd(x, horner(Coefficients.erfSmall, fmul(x, x)), x)
        let clamped = select(fcmp(LLVMRealOLT, a, f32c(4, x)), a, f32c(4, x))  // NaN → 4, patched below
        let gauss = vectorExp(LLVMBuildFNeg(builder, fmul(clamped, clamped), ""), propagatingNaN: false)
        let r = horner(Coefficients.erfLarge, fsub(clamped, f32c(2.5, x)))
        let large = intrinsic("copysign", [fmuladd(LLVMBuildFNeg(builder, gauss, ""), r, f32c(1, x)), x])  // 1 − gauss·R
        let result = select(fcmp(LLVMRealOLT, a, f32c(0.921875, x)), small, large)
        return select(fcmp(LLVMRealUNO, x, x), x, result)
    }

    /// f32 natural log. x = m·2ᵉ with m in [√½, √2) (subnormals scaled by 2²³ first), found by
    /// subtracting the bits of √½ so the exponent field splits at √½; f = m − 1 is exact; then
    /// log(1+f) = f − f²/2 + f³·P(f) plus e·ln2 in two parts, adding the small terms first.
    /// Specials by select: log(±0) = −∞, log(x < 0) = NaN, log(∞) = ∞, NaN stays NaN.
    func vectorLog(_ x: LLVMValueRef) -> LLVMValueRef {
        let sqrtHalfBits: Int32 = 0x3F35_04F3
        let isSubnormal = fcmp(LLVMRealOLT, x, f32c(Float.leastNormalMagnitude, x))
        let scaled = select(isSubnormal, fmul(x, f32c(8_388_608, x)), x)  // ·2²³
        let k: LLVMValueRef = LLVMBuildSub(builder, bitcast(scaled, i32Type(like: x)), i32c(sqrtHalfBits, x), "")
        let exponent: LLVMValueRef = LLVMBuildSub(builder, LLVMBuildAShr(builder, k, i32c(23, x), ""),
                                                  select(isSubnormal, i32c(23, x), i32c(0, x)), "")
        let mantissaBits: LLVMValueRef = LLVMBuildAdd(builder, LLVMBuildAnd(builder, k, i32c(0x007F_FFFF, x), ""),
                                                      i32c(sqrtHalfBits, x), "")
        let f = fsub(bitcast(mantissaBits, f32Type(like: x)), f32c(1, x))
        let e: LLVMValueRef = LLVMBuildSIToFP(builder, exponent, f32Type(like: x), "")
        let f2 = fmul(f, f)
        let p = fmuladd(fmul(f2, f), horner(Coefficients.log, f), fmul(f32c(-0.5, x), f2))
        var r = fmuladd(e, f32c(Coefficients.ln2Low, x), p)
        r = fadd(r, f)
        r = fmuladd(e, f32c(Coefficients.ln2High, x), r)
        r = select(fcmp(LLVMRealOEQ, x, f32c(0, x)), f32c(-.infinity, x), r)
        r = select(fcmp(LLVMRealOLT, x, f32c(0, x)), f32c(.nan, x), r)
        r = select(fcmp(LLVMRealOEQ, x, f32c(.infinity, x)), x, r)
        return select(fcmp(LLVMRealUNO, x, x), x, r)
    }
}
