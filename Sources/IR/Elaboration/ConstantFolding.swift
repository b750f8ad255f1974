import Syntax

/// Arithmetic on compile-time values. Integer overflow and inexact integer division are errors,
/// never traps.
enum ConstantFolding {
    struct Failure: Error { var message: String }

    static func unary(_ op: UnaryOperator, _ v: SymbolValue) throws(Failure) -> SymbolValue {
        switch (op, v) {
        case (.negate, .int(let i)):
            let (r, overflow) = Int(0).subtractingReportingOverflow(i)
            if overflow { throw Failure(message: "integer overflow in -(\(i))") }
            return .int(r)
        case (.negate, .float(let d)): return .float(-d)
        case (.not, .bool(let b)): return .bool(!b)
        default:
            throw Failure(message: "operator '\(op.rawValue)' does not apply to \(v.kindName) \(v)")
        }
    }

    static func binary(_ op: BinaryOperator, _ a: SymbolValue, _ b: SymbolValue) throws(Failure) -> SymbolValue {
        switch op {
        case .and, .or:
            guard case .bool(let x) = a, case .bool(let y) = b else {
                throw Failure(message: "'\(op.rawValue)' needs bools, got \(a.kindName) and \(b.kindName)")
            }
            return .bool(op == .and ? x && y : x || y)
        case .equal, .notEqual:
            if case .bool(let x) = a, case .bool(let y) = b { return .bool((x == y) == (op == .equal)) }
            if case .string(let x) = a, case .string(let y) = b { return .bool((x == y) == (op == .equal)) }
            let same = try compare(a, b, op) { $0 == $1 }
            return .bool(same == (op == .equal))
        case .less: return .bool(try compare(a, b, op) { $0 < $1 })
        case .lessEqual: return .bool(try compare(a, b, op) { $0 <= $1 })
        case .greater: return .bool(try compare(a, b, op) { $0 > $1 })
        case .greaterEqual: return .bool(try compare(a, b, op) { $0 >= $1 })
        case .add, .subtract, .multiply, .divide:
            if case .int(let x) = a, case .int(let y) = b { return .int(try integer(op, x, y)) }
            if op == .add, case .string(let x) = a, case .string(let y) = b {
                // Doubling a string in a loop would otherwise reach gigabytes in 30 steps.
                if x.utf8.count + y.utf8.count > ElaborationLimits.maxStringLength {
                    throw Failure(message: "compile-time string longer than \(ElaborationLimits.maxStringLength) bytes")
                }
                return .string(x + y)
            }
            guard let x = a.asDouble, let y = b.asDouble else {
                throw Failure(message: "'\(op.rawValue)' needs numbers, got \(a.kindName) and \(b.kindName)")
            }
            switch op {
            case .add: return .float(x + y)
            case .subtract: return .float(x - y)
            case .multiply: return .float(x * y)
            default: return .float(x / y)
            }
        }
    }

    private static func compare(_ a: SymbolValue, _ b: SymbolValue, _ op: BinaryOperator,
                                _ test: (Double, Double) -> Bool) throws(Failure) -> Bool {
        if case .int(let x) = a, case .int(let y) = b {
            // Integers compare exactly (through their order), not through a lossy Double.
            let order: Double = x < y ? -1 : (x == y ? 0 : 1)
            return test(order, 0)
        }
        guard let x = a.asDouble, let y = b.asDouble else {
            throw Failure(message: "'\(op.rawValue)' needs numbers, got \(a.kindName) and \(b.kindName)")
        }
        return test(x, y)
    }

    private static func integer(_ op: BinaryOperator, _ x: Int, _ y: Int) throws(Failure) -> Int {
        let result: (Int, Bool)
        switch op {
        case .add: result = x.addingReportingOverflow(y)
        case .subtract: result = x.subtractingReportingOverflow(y)
        case .multiply: result = x.multipliedReportingOverflow(by: y)
        default:
            if y == 0 { throw Failure(message: "division by zero: \(x) / 0") }
            let (q, overflow) = x.dividedReportingOverflow(by: y)
            if overflow { throw Failure(message: "integer overflow in \(x) / \(y)") }
            if q.multipliedReportingOverflow(by: y).partialValue != x {
                throw Failure(message: "integer division \(x) / \(y) is not exact")
            }
            return q
        }
        if result.1 { throw Failure(message: "integer overflow in \(x) \(op.rawValue) \(y)") }
        return result.0
    }

    /// Names that fold when every argument is a compile-time value. `where(c, a, b)` is also the
    /// tensor op; with a compile-time bool `c` and compile-time `a`, `b` it picks one of them
    /// (`param label_dtype: string = where(regression, "f32", "i32")`).
    static let builtins: Set<String> = ["sqrt", "min", "max", "where"]

    static func builtin(_ name: String, _ args: [SymbolValue]) throws(Failure) -> SymbolValue {
        switch name {
        case "where":
            guard args.count == 3, case .bool(let c) = args[0] else {
                throw Failure(message: "where() on compile-time values takes a bool and two values")
            }
            return c ? args[1] : args[2]
        case "sqrt":
            guard args.count == 1, let x = args[0].asDouble else {
                throw Failure(message: "sqrt() takes one number")
            }
            if x < 0 { throw Failure(message: "sqrt of a negative number (\(args[0]))") }
            return .float(x.squareRoot())
        default:
            guard args.count >= 2 else { throw Failure(message: "\(name)() takes at least two numbers") }
            var best = args[0]
            for v in args.dropFirst() {
                let better = try binary(name == "min" ? .less : .greater, v, best)
                if better == .bool(true) { best = v }
            }
            if args.contains(where: { if case .float = $0 { return true } else { return false } }),
               let d = best.asDouble {
                return .float(d)
            }
            if best.asDouble == nil { throw Failure(message: "\(name)() takes numbers, not \(best.kindName)s") }
            return best
        }
    }
}
