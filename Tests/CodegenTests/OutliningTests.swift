import Testing
import IR
import Passes
import Runtime
@testable import Codegen

/// The entry function's text in a printed module: from `define … @NAME(` to its closing brace.
func functionText(_ module: String, _ name: String) -> String? {
    guard let start = module.range(of: "@\(name)(")?.lowerBound,
          let defineStart = module[..<start].range(of: "define ", options: .backwards)?.lowerBound,
          let end = module[start...].range(of: "\n}\n")?.upperBound else { return nil }
    return String(module[defineStart..<end])
}

/// Compile time depends on every kernel staying a function of its own through O3 (an entry of a
/// model graph inlined into one function of thousands of loops took O3 tens of seconds).
@Suite struct OutliningTests {
    /// After O3, the classifier's `train_step` (gather + cross-entropy validation, layer norm,
    /// matmuls, AdamW) is a loop-free entry that calls its kernels and validators, which stay
    /// internal functions.
    @Test(arguments: CodegenTarget.pinned)
    func entryStaysAStraightLineOfCallsAfterO3(_ target: CodegenTarget) throws {
        let (graph, _) = try classifier.get()
        let ir = try target.compiler().llvmIR(graph, entry: "train_step").after
        let index = try #require(graph.entryIndex(named: "train_step"))
        let entry = try #require(functionText(ir, entrySymbol(index)))
        // Every loop the lowering emits has blocks named loop/body (vector.body after O3).
        for label in ["\nloop", "\nbody", "\nvector.body", "\nchecked"] {
            #expect(!entry.contains(label), "the entry kept a loop (\(label)) after O3")
        }
        let kernelCalls = entry.components(separatedBy: "void @eptc_kernel_").count - 1
        let validatorCalls = entry.components(separatedBy: "i1 @eptc_check_").count - 1
        // The fused train_step makes ~45 direct calls (~70 unfused); inlined kernels would leave none.
        #expect(kernelCalls > 30, "only \(kernelCalls) direct kernel calls: kernels were inlined")
        #expect(validatorCalls >= 2, "ids and labels are each checked by an outlined validator")
        #expect(ir.contains("define internal fastcc void @eptc_kernel_1("))
        #expect(ir.contains("define internal fastcc i1 @eptc_check_1("))
    }

    /// Kernels that differ only in their buffers are one function: AdamW updates the same way
    /// every same-shaped weight, and `loss`, `predict`, `loss_grad` and `train_step` repeat the
    /// forward pass. Each kernel is called with the buffers it needs. (Unfused, where there are
    /// many small same-shaped kernels; fusion leaves fewer, larger ones to share.)
    @Test func identicalKernelsAreEmittedOnce() throws {
        let graph = try classifierGraph(skipping: .fusionOff)
        let ir = try CodegenTarget.avx2.compiler().llvmIR(graph, entry: "train_step").before
        let index = try #require(graph.entryIndex(named: "train_step"))
        let entry = try #require(functionText(ir, entrySymbol(index)))
        let calls = entry.components(separatedBy: "call void @eptc_kernel_").count - 1
            + entry.components(separatedBy: "@eptc_parallel_for(void (i8*, i64, i64)* @eptc_kernel_").count - 1
        let defined = ir.components(separatedBy: "define internal void @eptc_kernel_").count - 1
        #expect(defined > 0)
        #expect(calls > defined + 10, "\(calls) kernel calls, \(defined) kernels: few were shared")
        // No two kernels print the same (after their names).
        let bodies = ir.components(separatedBy: "define internal void @eptc_kernel_").dropFirst().map {
            String($0.drop { $0 != "(" }).components(separatedBy: "\n}\n")[0]
        }
        #expect(Set(bodies).count == bodies.count)
    }

    /// A directly called kernel gets its constant bounds from IPSCCP even though it is not
    /// inlined, so its loop runs to a literal trip count.
    @Test(arguments: CodegenTarget.pinned)
    func directKernelsKeepStaticTripCounts(_ target: CodegenTarget) throws {
        var graph = Graph(name: "trip")
        var b = EntryBuilder(name: "f", weights: [])
        let x = b.parameter("x", .f32([24, 40]))
        b.result("out", try b.add(.unary(.relu), [try b.add(.binary(.mul), [x, x])]))
        graph.entries.append(b.entry)
        let ir = try target.compiler().llvmIR(graph, entry: "f").after
        let kernels = ir.components(separatedBy: "define internal fastcc void @eptc_kernel_").dropFirst()
        #expect(kernels.count == 2)
        for kernel in kernels {
            let body = kernel.components(separatedBy: "\n}\n")[0]
            // After O3 the (lo, hi) parameters are gone (dead argument elimination) and the outer
            // bound 24 (or 960, the two loops collapsed) is a constant.
            // Only pointers are left in the parameter list ("i8*" in LLVM 14, "ptr" from 15 on).
            let parameters = body.prefix { $0 != ")" }
            #expect(body.hasPrefix("1(") || body.hasPrefix("2("), "bounds still passed:\n\(body)")
            #expect(!parameters.contains("i64"), "bounds still passed:\n\(body)")
            #expect(body.contains("24") || body.contains("960"), "kernel lost its constant bound:\n\(body)")
        }
    }

    /// Invalid ids are still reported by node after the validation moved into its own function,
    /// and the weights stay untouched.
    @Test func outlinedValidationReportsTheNode() throws {
        let (graph, program) = try classifier.get()
        let store = try WeightStore(graph: graph, seed: 1)
        let engine = CompiledEngine(program: program, weights: store)
        let entry = try #require(graph.entry(named: "loss"))
        var inputs = randomInputs(entry, seed: 5, intBound: 5)
        inputs["seed"] = .scalar(Int32(0))
        inputs["ids"] = Tensor(.i32([4, 6]), storage: .i32((0..<24).map { $0 == 17 ? 11 : Int32($0 % 11) }))
        expectFailure(engine, inputs, mentioning: "(gather): an id is outside the table's 11 rows")
        inputs["ids"] = Tensor(.i32([4, 6]), storage: .i32((0..<24).map { Int32($0 % 11) }))
        inputs["labels"] = Tensor(.i32([24]), storage: .i32((0..<24).map { $0 == 23 ? 5 : Int32($0 % 5) }))
        expectFailure(engine, inputs, mentioning: "(cross_entropy): a label is outside [0, 5)")
        inputs["labels"] = Tensor(.i32([24]), storage: .i32((0..<24).map { Int32($0 % 5) }))
        #expect(try engine.run("loss", inputs: inputs)["loss"] != nil)
    }

    private func expectFailure(_ engine: CompiledEngine, _ inputs: [String: Tensor], mentioning fragment: String) {
        #expect {
            _ = try engine.run("loss", inputs: inputs)
        } throws: { error in
            "\(error)".contains(fragment)
        }
    }
}
