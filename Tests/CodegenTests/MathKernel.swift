import CLLVM
import Foundation
@testable import Codegen

/// One f32 → f32 function of IRGen compiled on its own as `y[i] = f(x[i])` for i in 0..<n,
/// through the same `default<O3>` pipeline, host target and JIT as graph entries, so tests
/// measure exactly the code the compiler emits (including what the vectorizer makes of it), at
/// the vector width `options` names.
final class MathKernel {
    typealias Function = @convention(c) (UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int64) -> Void

    private let jit: JIT
    private let function: Function
    /// The module after O3, to check vectorization.
    let optimizedIR: String

    init(options: CodegenOptions, _ emit: (IRGen, LLVMValueRef) -> LLVMValueRef) throws {
        let compiler = ModuleCompiler(options: options)
        let gen = IRGen(moduleName: "math")
        LLVMSetTarget(gen.module, compiler.target.triple)
        let pointer = gen.pointerType(gen.f32)
        gen.beginFunction("math_kernel", gen.functionType(gen.void, [pointer, pointer, gen.i64]), isInternal: false)
        let (x, y, n) = (gen.param(0), gen.param(1), gen.param(2))
        gen.loop(gen.int(0), n) { i, _ in
            gen.store(emit(gen, gen.load(gen.f32, x, i)), y, i, gen.f32)
            return []
        }
        LLVMBuildRetVoid(gen.builder)
        if let width = options.vectorWidth { gen.setPreferredVectorWidth(width) }
        var message: UnsafeMutablePointer<CChar>?
        if LLVMVerifyModule(gen.module, LLVMReturnStatusAction, &message) != 0 {
            throw CodegenError.internalError("math kernel does not verify: \(takeMessage(message))")
        }
        LLVMDisposeMessage(message)
        let tm = try compiler.makeTargetMachine()
        defer { LLVMDisposeTargetMachine(tm) }
        try compiler.optimize(gen, tm)
        optimizedIR = gen.moduleText()
        var buffer: LLVMMemoryBufferRef?
        if LLVMTargetMachineEmitToMemoryBuffer(tm, gen.module, LLVMObjectFile, &message, &buffer) != 0 {
            throw CodegenError.llvm("math kernel emission failed: \(takeMessage(message))")
        }
        guard let buffer, let start = LLVMGetBufferStart(buffer) else {
            throw CodegenError.llvm("math kernel emission produced no object")
        }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        let bytes = start.withMemoryRebound(to: UInt8.self, capacity: LLVMGetBufferSize(buffer)) {
            Array(UnsafeBufferPointer(start: $0, count: LLVMGetBufferSize(buffer)))
        }
        jit = try JIT()
        try jit.addObject(bytes, name: "math.o")
        function = unsafeBitCast(UInt(try jit.lookup("math_kernel")), to: Function.self)
    }

    func callAsFunction(_ xs: [Float]) -> [Float] {
        var ys = [Float](repeating: 0, count: xs.count)
        xs.withUnsafeBufferPointer { x in
            ys.withUnsafeMutableBufferPointer { y in function(x.baseAddress, y.baseAddress, Int64(xs.count)) }
        }
        return ys
    }
}

/// Worst error of a function over a sweep, in f32 ulps of the exact (double) result and
/// relative to it (the latter only where the result is a normal float).
struct AccuracyReport: CustomStringConvertible {
    var points = 0
    var maxUlp = 0.0, worstX: Float = 0
    var maxRelative = 0.0
    /// Inputs whose exact result is ±∞/0/NaN in f32 but the kernel gave something else.
    var specialMismatches: [Float] = []

    var description: String {
        "\(points) points: max \(String(format: "%.3f", maxUlp)) ulp at \(worstX), max relative "
            + String(format: "%.3e", maxRelative)
            + (specialMismatches.isEmpty ? "" : ", special-value mismatches at \(specialMismatches.prefix(5))")
    }

    /// f32 ulp at the double value y: 2^(exponent − 23), at least 2⁻¹⁴⁹ (subnormals).
    static func ulp(_ y: Double) -> Double {
        let e = y == 0 ? -126 : max(Int(y.exponent), -126)
        return Double(sign: .plus, exponent: e - 23, significand: 1)
    }

    mutating func add(_ x: Float, got: Float, exact: Double) {
        points += 1
        let rounded = Float(exact)
        if rounded.isInfinite || rounded == 0 || exact.isNaN {
            if !(got == rounded || (got.isNaN && exact.isNaN)) { specialMismatches.append(x) }
            return
        }
        let error = Swift.abs(Double(got) - exact)
        let ulps = got.isFinite ? error / Self.ulp(exact) : .infinity
        if ulps > maxUlp { (maxUlp, worstX) = (ulps, x) }
        if Swift.abs(exact) >= Double(Float.leastNormalMagnitude) { maxRelative = max(maxRelative, error / Swift.abs(exact)) }
    }
}

/// Every `stride`-th f32 bit pattern (both signs) whose value lies in `range`; an odd stride
/// varies the low mantissa bits, so it is not biased towards short mantissas.
func floatSweep(_ range: ClosedRange<Float>, stride: UInt32) -> [Float] {
    var xs: [Float] = []
    for sign in [Float(1), -1] {
        var bits: UInt32 = 0
        while bits < 0x7F80_0000 {
            let x = sign * Float(bitPattern: bits)
            if range.contains(x) { xs.append(x) }
            bits += stride
        }
    }
    return xs
}

/// Runs `kernel` over the sweep and compares with `exact` (a double-precision function).
func measure(_ kernel: MathKernel, _ xs: [Float], exact: (Double) -> Double) -> AccuracyReport {
    var report = AccuracyReport()
    for (x, y) in zip(xs, kernel(xs)) { report.add(x, got: y, exact: exact(Double(x))) }
    return report
}
