import CodegenTestSupport
import Foundation
import Testing
import IR
@testable import Codegen

/// Accuracy of the inline f32 math kernels (VectorMath.swift) against the double-precision libm
/// result, which is the correctly rounded value to far below an f32 ulp. The sweeps take every
/// 997th f32 bit pattern in the range (≈ 2 million points each, all binades, both signs).
/// Bounds are round numbers just above the sweep's measured maxima (exp 0.975, tanh 1.487,
/// erf 0.836, log 0.783, sigmoid 2.093 ulp), so a regression of a fraction of an ulp fails.
/// Over every float of each range the maxima are a little higher (exp 1.011, tanh 1.509,
/// erf 1.049, log 0.862 ulp; docs/CODEGEN.md), so these bounds hold for the sweep, not for all x.
/// Each runs at both vector widths (vector lanes and scalar tails take the same formulas, so the
/// bounds are the same), the one this machine cannot execute reported skipped.
@Suite struct VectorMathAccuracyTests {
    static let stride: UInt32 = 997

    enum Check: String, CaseIterable, Sendable { case exp, tanh, erf, log, sigmoid, specialValues }

    @Test(.executes(.avx2), arguments: Check.allCases)
    func accuracyAVX2(_ check: Check) throws { try run(check, .avx2) }

    @Test(.executes(.avx512), arguments: Check.allCases)
    func accuracyAVX512(_ check: Check) throws { try run(check, .avx512) }

    func run(_ check: Check, _ target: CodegenTarget) throws {
        switch check {
        case .exp: try expWithinOneUlp(target)
        case .tanh: try tanhWithinOneAndAHalfUlp(target)
        case .erf: try erfWithinOneUlp(target)
        case .log: try logWithinOneUlp(target)
        case .sigmoid: try sigmoidWithinTwoAndAHalfUlp(target)
        case .specialValues: try specialValues(target)
        }
    }

    func expWithinOneUlp(_ target: CodegenTarget) throws {
        let options = target.options()
        let kernel = try MathKernel(options: options) { gen, x in gen.vectorExp(x) }
        // [−104, 89] covers every finite nonzero result, subnormals included (ulp = 2⁻¹⁴⁹ there).
        let report = measure(kernel, floatSweep(-104...89, stride: Self.stride), exact: Foundation.exp)
        #expect(report.points > 2_000_000)
        #expect(report.specialMismatches.isEmpty, "\(report)")
        print("accuracy \(#function) at \(target.name): \(report)")
        #expect(report.maxUlp <= 1.0, "exp: \(report)")
        #expect(report.maxRelative <= 1.2e-7, "exp: \(report)")
    }

    func tanhWithinOneAndAHalfUlp(_ target: CodegenTarget) throws {
        let options = target.options()
        let kernel = try MathKernel(options: options) { gen, x in gen.vectorTanh(x) }
        let report = measure(kernel, floatSweep(-20...20, stride: Self.stride), exact: Foundation.tanh)
        #expect(report.specialMismatches.isEmpty, "\(report)")
        print("accuracy \(#function) at \(target.name): \(report)")
        #expect(report.maxUlp <= 1.5, "tanh: \(report)")
        #expect(report.maxRelative <= 1.8e-7, "tanh: \(report)")
    }

    func erfWithinOneUlp(_ target: CodegenTarget) throws {
        let options = target.options()
        let kernel = try MathKernel(options: options) { gen, x in gen.vectorErf(x) }
        let report = measure(kernel, floatSweep(-10...10, stride: Self.stride), exact: Foundation.erf)
        #expect(report.specialMismatches.isEmpty, "\(report)")
        print("accuracy \(#function) at \(target.name): \(report)")
        #expect(report.maxUlp <= 1.0, "erf: \(report)")
        #expect(report.maxRelative <= 1.2e-7, "erf: \(report)")
    }

    func logWithinOneUlp(_ target: CodegenTarget) throws {
        let options = target.options()
        let kernel = try MathKernel(options: options) { gen, x in gen.vectorLog(x) }
        // Every positive float, subnormals included.
        let report = measure(kernel, floatSweep(Float.leastNonzeroMagnitude...Float.greatestFiniteMagnitude,
                                                stride: Self.stride), exact: Foundation.log)
        #expect(report.specialMismatches.isEmpty, "\(report)")
        print("accuracy \(#function) at \(target.name): \(report)")
        #expect(report.maxUlp <= 1.0, "log: \(report)")
        #expect(report.maxRelative <= 1.2e-7, "log: \(report)")
    }

    /// sigmoid is composed, 1/(1 + exp(−x)) as in the interpreter: exp's error plus two roundings.
    func sigmoidWithinTwoAndAHalfUlp(_ target: CodegenTarget) throws {
        let options = target.options()
        let kernel = try MathKernel(options: options) { gen, x in gen.unary(.sigmoid, x, .f32) }
        // Below −87.3 exp(−x) overflows and the formula gives 0 (as libm does in the interpreter).
        let report = measure(kernel, floatSweep(-87...88, stride: Self.stride)) { 1 / (1 + Foundation.exp(-$0)) }
        #expect(report.specialMismatches.isEmpty, "\(report)")
        print("accuracy \(#function) at \(target.name): \(report)")
        #expect(report.maxUlp <= 2.5, "sigmoid: \(report)")
    }

    func specialValues(_ target: CodegenTarget) throws {
        let options = target.options()
        let inputs: [Float] = [.nan, .infinity, -.infinity, 0, -0.0, 1, -1, 88.8, 89, -104, -200, 1e30, -1e30,
                               .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude]
        let exp = try MathKernel(options: options) { gen, x in gen.vectorExp(x) }(inputs)
        let tanh = try MathKernel(options: options) { gen, x in gen.vectorTanh(x) }(inputs)
        let erf = try MathKernel(options: options) { gen, x in gen.vectorErf(x) }(inputs)
        let log = try MathKernel(options: options) { gen, x in gen.vectorLog(x) }(inputs)
        for (k, x) in inputs.enumerated() {
            let want = (Float(Foundation.exp(Double(x))), Float(Foundation.tanh(Double(x))),
                        Float(Foundation.erf(Double(x))), Float(Foundation.log(Double(x))))
            for (name, got, expected) in [("exp", exp[k], want.0), ("tanh", tanh[k], want.1), ("erf", erf[k], want.2),
                                          ("log", log[k], want.3)] {
                if expected.isNaN { #expect(got.isNaN, "\(name)(\(x)) = \(got), want NaN"); continue }
                // Exact values (0, ±1, ±∞) and signs of zero must match; others within 1 ulp.
                if expected.isInfinite || expected == 0 || Swift.abs(expected) == 1 {
                    #expect(got == expected && got.sign == expected.sign, "\(name)(\(x)) = \(got), want \(expected)")
                } else {
                    #expect(Swift.abs(got - expected) <= expected.ulp, "\(name)(\(x)) = \(got), want \(expected)")
                }
            }
        }
    }
}

/// The point of the kernels: loops over them vectorize, at full width. Checked on the O3 IR for
/// each pinned target (AVX2 at 256 bits, AVX-512 at 512), whatever machine runs the test: LLVM
/// emits code for a target the host cannot run, so both widths are checked everywhere.
@Suite struct VectorMathVectorizationTests {
    static func optimizedIR(_ target: CodegenTarget, _ build: (inout EntryBuilder) throws -> ValueID) throws -> String {
        var graph = Graph(name: "vec")
        var b = EntryBuilder(name: "f", weights: [])
        b.result("out", try build(&b))
        graph.entries.append(b.entry)
        return try target.compiler().llvmIR(graph, entry: "f").after
    }

    /// Sums and maxima keep 8 partial results whatever the vector width (the interpreter's
    /// summation order, so results do not depend on the width): one `<8 x float>` accumulator.
    static let reductionVector = "<8 x float>"

    /// exp's range reduction calls `llvm.rint`: a full-width vector rint means a vectorized exp.
    static func vectorRint(_ target: CodegenTarget) -> String {
        "call \(target.floatVector) @llvm.rint.v\(target.floatLanes)f32"
    }

    @Test(arguments: CodegenTarget.pinned,
          [UnaryOp.exp, .log, .tanh, .sigmoid, .geluTanh, .geluErf, .geluTanhGrad, .geluErfGrad])
    func elementwiseKernelVectorizes(_ target: CodegenTarget, _ op: UnaryOp) throws {
        let ir = try Self.optimizedIR(target) { b in try b.add(.unary(op), [b.parameter("x", .f32([64, 256]))]) }
        #expect(ir.contains(target.floatVector), "\(op.rawValue): no \(target.floatVector) after O3 for \(target)")
        for libmCall in ["@expf", "@logf", "@tanhf", "@erff"] {
            #expect(!ir.contains(libmCall), "\(op.rawValue) still calls \(libmCall) for \(target)")
        }
    }

    /// softmax and log_softmax over the last axis: the exps are vector code, and so is the
    /// row maximum (`bufferedMax`: compares over the 8-lane accumulator, not a scalar chain).
    @Test(arguments: CodegenTarget.pinned, [true, false])
    func softmaxExpVectorizes(_ target: CodegenTarget, log: Bool) throws {
        let op: OpKind = log ? .logSoftmax(axis: -1) : .softmax(axis: -1)
        let ir = try Self.optimizedIR(target) { b in try b.add(op, [b.parameter("x", .f32([64, 256]))]) }
        #expect(ir.contains(Self.vectorRint(target)), "log \(log): exp not vectorized for \(target)")
        #expect(ir.contains("fcmp ogt \(Self.reductionVector)"), "log \(log): the max is not vector code for \(target)")
        #expect(!ir.contains("@expf"))
    }

    /// cross_entropy and its gradient over a vocabulary-sized row: the log-sum-exp's exps are
    /// full-width vector code (a vector `llvm.rint`) and its max is vector compares and selects
    /// over the 8-lane accumulator, not a serial chain of scalar ones. In the gradient, whose last loop (softmax − one-hot) is a
    /// vector exp of its own, the log-sum-exp's makes a second one.
    @Test(arguments: CodegenTarget.pinned, [false, true])
    func crossEntropyLogSumExpVectorizes(_ target: CodegenTarget, grad: Bool) throws {
        let ir = try Self.optimizedIR(target) { b in
            let z = b.parameter("z", .f32([16, 1000])), labels = b.parameter("labels", TensorType(.i32, [16]))
            if grad { return try b.add(.crossEntropyGrad(ignoreIndex: -100), [z, labels, b.parameter("d", .f32([]))]) }
            return try b.add(.crossEntropy(ignoreIndex: -100), [z, labels])
        }
        let rints = ir.components(separatedBy: Self.vectorRint(target)).count - 1
        #expect(rints >= (grad ? 2 : 1), "grad \(grad): \(rints) full-width vector exps for \(target)")
        #expect(ir.contains("fcmp ogt \(Self.reductionVector)"), "grad \(grad): the max is not vector code for \(target)")
        #expect(!ir.contains("@expf"))
    }

    /// A `row` region (softmax's VJP with an exp in its term, as a hand-written body): the
    /// term loop is a full-width vector exp and the sum over its row buffer 8-lane vector adds.
    @Test(arguments: CodegenTarget.pinned)
    func rowEpilogueVectorizes(_ target: CodegenTarget) throws {
        let ir = try Self.optimizedIR(target) { b in
            let f = TensorType.f32([64, 256]), row = TensorType.f32([64, 1])
            let nodes = [
                Node(op: .parameter(0), inputs: [], type: f, name: "p"),
                Node(op: .parameter(1), inputs: [], type: f, name: "g"),
                Node(op: .unary(.exp), inputs: [1], type: f, name: "e"),
                Node(op: .binary(.mul), inputs: [2, 0], type: f, name: "m"),
                Node(op: .reduce(.sum, axes: [-1], keepDims: true), inputs: [3], type: row, name: "s"),
                Node(op: .binary(.sub), inputs: [2, 4], type: f, name: "d"),
                Node(op: .binary(.mul), inputs: [0, 5], type: f, name: "y"),
            ]
            let region = FusedRegion(name: RegionPattern.row, nodes: nodes, result: 6)
            #expect(region.kernel == .rowEpilogue)
            return try b.add(.fused(region), [b.parameter("p", f), b.parameter("g", f)])
        }
        #expect(ir.contains(Self.vectorRint(target)), "the term loop's exp is not vector code for \(target)")
        #expect(ir.contains("fadd \(Self.reductionVector)"), "the row sum is not vector code for \(target)")
    }

    /// f64 keeps libm (only f32 has the fast path).
    @Test(arguments: CodegenTarget.pinned)
    func f64KeepsLibm(_ target: CodegenTarget) throws {
        let ir = try Self.optimizedIR(target) { b in
            try b.add(.unary(.tanh), [b.parameter("x", TensorType(.f64, [64, 256]))])
        }
        #expect(ir.contains("@tanh("))
    }
}
