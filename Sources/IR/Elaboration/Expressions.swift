import Syntax

/// Expressions: compile-time folding, tensor arithmetic, op calls.
extension BodyElaborator {
    /// Elaborates an expression. `nameHint` names the node it produces (from `let NAME = ...`).
    mutating func value(_ e: Expr, nameHint: String? = nil) throws(Diagnostic) -> Value {
        switch e.kind {
        case .integer(let v): return .scalar(.int(v))
        case .float(let v): return .scalar(.float(v))
        case .bool(let v): return .scalar(.bool(v))
        case .string(let parts):
            return .scalar(.string(try string(parts)))
        case .name(let n):
            return try resolve(n, at: e.location)
        case .list:
            throw error("a list is only allowed as an attribute value, like axes=[1]", at: e.location)
        case .unary(let op, let operand):
            let v = try value(operand)
            switch v {
            case .scalar(let s):
                return .scalar(try fold(at: e.location) { () throws(ConstantFolding.Failure) in
                    try ConstantFolding.unary(op, s)
                })
            default:
                guard op == .negate else { throw error("'!' needs a compile-time bool", at: e.location) }
                let x = try tensor(v, as: .f32, at: operand.location)
                return .tensor(try opNode(.unary(.neg), [x], name: nameHint ?? "neg", at: e.location))
            }
        case .binary(let op, let lhs, let rhs):
            return try binary(op, lhs, rhs, nameHint: nameHint, at: e.location)
        case .call(let name, let arguments, let attributes):
            if context.functions[name] != nil, lookupLocal(name) == nil {
                return try inline(name, arguments, attributes, at: e.location)
            }
            return try call(name, arguments, attributes, nameHint: nameHint, at: e.location)
        case .region(let pattern, let arguments, let body):
            return try region(pattern, arguments, body, nameHint: nameHint, at: e.location)
        }
    }

    private func fold(at location: SourceLocation,
                      _ body: () throws(ConstantFolding.Failure) -> SymbolValue) throws(Diagnostic) -> SymbolValue {
        do { return try body() } catch { throw self.error(error.message, at: location) }
    }

    private static let tensorBinaryOps: [BinaryOperator: BinaryOp] = [
        .add: .add, .subtract: .sub, .multiply: .mul, .divide: .div, .less: .less, .greater: .greater, .equal: .equal,
    ]

    private mutating func binary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, nameHint: String?,
                                 at location: SourceLocation) throws(Diagnostic) -> Value {
        let a = try value(lhs), b = try value(rhs)
        if case .scalar(let x) = a, case .scalar(let y) = b {
            return .scalar(try fold(at: location) { () throws(ConstantFolding.Failure) in
                try ConstantFolding.binary(op, x, y)
            })
        }
        guard let tensorOp = Self.tensorBinaryOps[op] else {
            throw error("operator '\(op.rawValue)' needs compile-time operands", at: location)
        }
        // A compile-time operand becomes a scalar constant of the other operand's dtype.
        let dtype = tensorDType(a) ?? tensorDType(b) ?? .f32
        let x = try tensor(a, as: dtype, at: lhs.location)
        let y = try tensor(b, as: dtype, at: rhs.location)
        return .tensor(try opNode(.binary(tensorOp), [x, y], name: nameHint ?? tensorOp.rawValue, at: location))
    }

    private func tensorDType(_ v: Value) -> DType? {
        switch v {
        case .tensor(let id): return nodes[id].type.dtype
        case .tuple(let ids) where ids.count == 1: return nodes[ids[0]].type.dtype
        default: return nil
        }
    }

    /// A value as a tensor node; compile-time numbers become scalar constants of `dtype`.
    mutating func tensor(_ v: Value, as dtype: DType, at location: SourceLocation) throws(Diagnostic) -> ValueID {
        switch v {
        case .tensor(let id): return id
        case .scalar(let s): return try constantNode(s, dtype: dtype, at: location)
        case .tuple(let ids):
            if ids.count == 1 { return ids[0] }
            throw error("expected one tensor, got \(ids.count) results", at: location)
        }
    }

    /// Appends `op(inputs)` with its inferred type; type errors point at `location`.
    mutating func opNode(_ op: OpKind, _ inputs: [ValueID], name: String,
                         at location: SourceLocation) throws(Diagnostic) -> ValueID {
        let type: TensorType
        do {
            type = try op.resultType(inputs.map { nodes[$0].type })
        } catch {
            throw self.error(error.message, at: location)
        }
        if let problem = ElaborationLimits.problem(with: type.shape) {
            throw error("\(op.spelling.name): \(problem)", at: location)
        }
        return try append(Node(op: op, inputs: inputs, type: type, name: name, location: location))
    }

    // MARK: Calls

    private mutating func call(_ name: String, _ arguments: [Expr], _ attributes: [NamedArgument], nameHint: String?,
                               at location: SourceLocation) throws(Diagnostic) -> Value {
        var args: [Value] = []
        for a in arguments { args.append(try value(a)) }
        let scalars = args.compactMap { v -> SymbolValue? in
            if case .scalar(let s) = v { return s } else { return nil }
        }
        if ConstantFolding.builtins.contains(name), attributes.isEmpty, scalars.count == args.count, !args.isEmpty {
            return .scalar(try fold(at: location) { () throws(ConstantFolding.Failure) in
                try ConstantFolding.builtin(name, scalars)
            })
        }
        guard let arity = OpKind.arity(ofName: name) else {
            if name == "min" || name == "max" {
                throw error("\(name)() takes compile-time numbers; use \(name)imum(a, b) for tensors", at: location)
            }
            throw error("unknown op or function '\(name)'", at: location)
        }
        guard arity.accepts(args.count) else {
            throw error("op '\(name)' expects \(arity), got \(args.count)", at: location)
        }
        var attributeValues: [String: AttributeValue] = [:]
        for a in attributes {
            attributeValues[a.name] = try attribute(a)
        }
        let op: OpKind
        do {
            op = try OpKind.make(name: name, attributes: attributeValues)
        } catch {
            let at = attributes.first { $0.name == error.attribute }?.location ?? location
            throw self.error(error.message, at: at)
        }
        var dtype = DType.f32
        if let d = args.compactMap({ v -> DType? in tensorDType(v) }).first { dtype = d }
        var inputs: [ValueID] = []
        for (a, e) in zip(args, arguments) { inputs.append(try tensor(a, as: dtype, at: e.location)) }
        if case .constant(let v, let t) = op {
            if let problem = ElaborationLimits.problem(with: t.shape) { throw error("const: \(problem)", at: location) }
            if t.dtype == .i32, v.rounded() != v || abs(v) > Double(Int32.max) {
                throw error("const: \(formatFloat(v)) is not an i32 value", at: location)
            }
        }
        return .tensor(try opNode(op, inputs, name: nameHint ?? name, at: location))
    }

    /// An attribute value: a number, bool, dtype name, or list of integers.
    private mutating func attribute(_ a: NamedArgument) throws(Diagnostic) -> AttributeValue {
        switch a.value.kind {
        case .list(let elements):
            var ints: [Int] = []
            for e in elements { ints.append(try integer(e, "an element of '\(a.name)'")) }
            if a.name == "shape", let problem = ElaborationLimits.problem(with: ints.filter { $0 > 0 }) {
                throw error(problem, at: a.value.location)
            }
            return .ints(ints)
        case .name(let n) where lookupLocal(n) == nil:
            if let d = DType(rawValue: n) { return .dtype(d) }
        default:
            break
        }
        switch try constant(a.value, "attribute '\(a.name)'") {
        case .int(let i):
            // Keeps shape arithmetic in the type rules far from overflow.
            guard i.magnitude <= UInt(ElaborationLimits.maxElements) else {
                throw error("attribute '\(a.name)' value \(i) is out of range", at: a.value.location)
            }
            return .int(i)
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        case .string: throw error("attribute '\(a.name)' cannot be a string", at: a.value.location)
        }
    }

    // MARK: Compile-time values

    /// An expression that must be known at compile time.
    mutating func constant(_ e: Expr, _ what: String) throws(Diagnostic) -> SymbolValue {
        guard case .scalar(let s) = try value(e) else {
            throw error("\(what) must be a compile-time value, not a tensor", at: e.location)
        }
        return s
    }

    mutating func integer(_ e: Expr, _ what: String) throws(Diagnostic) -> Int {
        guard case .int(let i) = try constant(e, what) else {
            throw error("\(what) must be an integer", at: e.location)
        }
        return i
    }

    /// `f32[B, s + L, D]` with every dimension evaluated.
    mutating func tensorType(_ t: TypeExpr) throws(Diagnostic) -> TensorType {
        let dtype = try self.dtype(t)
        var shape: [Int] = []
        for d in t.dims { shape.append(try integer(d, "a dimension")) }
        if let problem = ElaborationLimits.problem(with: shape) { throw error(problem, at: t.location) }
        return TensorType(dtype, shape)
    }

    /// The dtype of a type: `f32`, `f64`, `i32`, or a compile-time string in scope (a param, a
    /// compile-time fn argument) whose value is one of them — `labels: label_dtype[B]`.
    mutating func dtype(_ t: TypeExpr) throws(Diagnostic) -> DType {
        if let d = DType(rawValue: t.dtype) { return d }
        let named = lookupLocal(t.dtype) != nil || context.params[t.dtype] != nil
        guard named, case .scalar(let v) = try resolve(t.dtype, at: t.location) else {
            throw error("unknown dtype '\(t.dtype)' (f32, f64, i32, or a string param naming one)", at: t.location)
        }
        guard case .string(let s) = v, let d = DType(rawValue: s) else {
            throw error("'\(t.dtype)' is \(v.kindName) \(v), not a dtype name (f32, f64, i32)", at: t.location)
        }
        return d
    }

    /// A string literal with its `{expr}` parts filled in.
    mutating func string(_ parts: [StringPart]) throws(Diagnostic) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let t): out += t
            case .expr(let e):
                out += try constant(e, "an interpolated value").description
                // "{s}{s}" in a loop doubles a string each time.
                if out.utf8.count > ElaborationLimits.maxStringLength {
                    throw error("compile-time string longer than \(ElaborationLimits.maxStringLength) bytes", at: e.location)
                }
            }
        }
        return out
    }
}
