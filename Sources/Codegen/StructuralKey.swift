import CLLVM

/// A key that is equal for two functions exactly when they compute the same thing, read from the
/// function alone in time linear in its size.
///
/// Why not the printed text: printing one function with `LLVMPrintValueToString` first numbers
/// the whole module (LLVM's SlotTracker walks every function's metadata), so deduplicating k
/// kernels cost O(k × module) — 2,000 chained layers spent minutes there.
///
/// How: types, constants and globals are uniqued per LLVM context, so their pointers identify
/// them; arguments, blocks and instructions are numbered locally in order. Each instruction
/// contributes its opcode, result type, operands and the properties that are not operands
/// (comparison predicates, alignment, phi incoming blocks, tail-call flag). Names are ignored:
/// they carry no meaning. The codegen uses no fast-math, nsw/nuw, volatile or metadata, which
/// this key would not see.
enum StructuralKey {
    private static let localTag: UInt64 = 1 << 62
    private static let blockTag: UInt64 = 1 << 61

    static func of(_ f: LLVMValueRef) -> [UInt64] {
        var local: [UnsafeRawPointer: UInt64] = [:]
        var next: UInt64 = 0
        func number(_ v: OpaquePointer) {
            local[UnsafeRawPointer(v)] = localTag | next
            next += 1
        }
        for i in 0..<LLVMCountParams(f) { number(LLVMGetParam(f, i)) }
        var blocks: [LLVMBasicBlockRef] = []
        var b = LLVMGetFirstBasicBlock(f)
        while let block = b {
            local[UnsafeRawPointer(LLVMBasicBlockAsValue(block))] = blockTag | UInt64(blocks.count)
            blocks.append(block)
            var i = LLVMGetFirstInstruction(block)
            while let inst = i { number(inst); i = LLVMGetNextInstruction(inst) }
            b = LLVMGetNextBasicBlock(block)
        }
        var key: [UInt64] = [bits(LLVMTypeOf(f)), UInt64(blocks.count)]
        func operand(_ v: OpaquePointer?) -> UInt64 {
            guard let v else { return 0 }
            return local[UnsafeRawPointer(v)] ?? bits(v)
        }
        for block in blocks {
            var i = LLVMGetFirstInstruction(block)
            while let inst = i {
                let opcode = LLVMGetInstructionOpcode(inst)
                let count = LLVMGetNumOperands(inst)
                key += [UInt64(opcode.rawValue), bits(LLVMTypeOf(inst)), UInt64(count)]
                for k in 0..<UInt32(max(count, 0)) { key.append(operand(LLVMGetOperand(inst, k))) }
                key += extras(inst, opcode, operand)
                i = LLVMGetNextInstruction(inst)
            }
        }
        return key
    }

    /// What an instruction means beyond its operands.
    private static func extras(_ inst: LLVMValueRef, _ opcode: LLVMOpcode,
                               _ operand: (OpaquePointer?) -> UInt64) -> [UInt64] {
        switch opcode {
        case LLVMICmp: return [UInt64(LLVMGetICmpPredicate(inst).rawValue)]
        case LLVMFCmp: return [UInt64(LLVMGetFCmpPredicate(inst).rawValue)]
        case LLVMLoad, LLVMStore: return [UInt64(LLVMGetAlignment(inst))]
        case LLVMAlloca: return [UInt64(LLVMGetAlignment(inst)), bits(LLVMGetAllocatedType(inst))]
        case LLVMCall: return [UInt64(LLVMIsTailCall(inst))]
        case LLVMPHI:
            return (0..<LLVMCountIncoming(inst)).map { operand(LLVMBasicBlockAsValue(LLVMGetIncomingBlock(inst, $0))) }
        default: return []
        }
    }

    private static func bits(_ p: OpaquePointer?) -> UInt64 {
        guard let p else { return 0 }
        return UInt64(UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(p))))
    }
}
