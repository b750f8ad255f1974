/// The syntax tree of a graph file, before elaboration. Every node keeps its source location.

public enum UnaryOperator: String, Hashable, Sendable { case negate = "-", not = "!" }

public enum BinaryOperator: String, Hashable, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "==", notEqual = "!="
    case and = "&&", or = "||"
}

public struct NamedArgument: Hashable, Sendable {
    public var name: String
    public var value: Expr
    public var location: SourceLocation
}

public indirect enum ExprKind: Hashable, Sendable {
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case string([StringPart])
    case name(String)
    case list([Expr])
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    /// `f(a, b, key=value)`: an op, a function, or a compile-time builtin (sqrt, min, max).
    case call(String, arguments: [Expr], attributes: [NamedArgument])
    /// `fused PATTERN(a, b) { ... return y }`: a fused region over the named values; the body
    /// sees only those values (under the same names) and compile-time params.
    case region(String, arguments: [Expr], body: [Stmt])
}

public struct Expr: Hashable, Sendable {
    public var kind: ExprKind
    public var location: SourceLocation
    public init(_ kind: ExprKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// A piece of a string literal after parsing: text, or an interpolated expression.
public enum StringPart: Hashable, Sendable {
    case text(String)
    case expr(Expr)
}

/// `f32[B, s + L, D]`.
public struct TypeExpr: Hashable, Sendable {
    public var dtype: String
    public var dims: [Expr]
    public var location: SourceLocation
}

/// `int`, `float`, `bool`, `string` for params and compile-time function arguments.
public enum ScalarKind: String, Hashable, Sendable { case int, float, bool, string }

public enum ValueTypeExpr: Hashable, Sendable {
    case tensor(TypeExpr)
    case scalar(ScalarKind)
}

public struct ParamDecl: Hashable, Sendable {
    public var name: String
    public var kind: ScalarKind
    public var defaultValue: Expr?
    public var location: SourceLocation
}

/// `init normal(mean=0.0, std=0.02)`.
public struct InitializerExpr: Hashable, Sendable {
    public var name: String
    public var arguments: [NamedArgument]
    public var location: SourceLocation
}

/// `weight NAME: TYPE ROLE [init I] [group G] [from "ckpt"]` or
/// `weight NAME = "ckpt.{i}": TYPE ROLE [init I] [group G]` (the IR name comes from the checkpoint name).
public struct WeightDecl: Hashable, Sendable {
    public var binding: String
    public var checkpoint: [StringPart]?
    public var checkpointFromEquals: Bool
    public var type: TypeExpr
    public var role: String
    public var initializer: InitializerExpr?
    public var group: String?
    public var location: SourceLocation
}

public struct FunctionParameter: Hashable, Sendable {
    public var name: String
    public var type: ValueTypeExpr
    public var location: SourceLocation
}

public struct FunctionDecl: Hashable, Sendable {
    public var name: String
    public var parameters: [FunctionParameter]
    public var results: [TypeExpr]
    public var body: [Stmt]
    public var location: SourceLocation
}

public struct EntryDecl: Hashable, Sendable {
    public var name: String
    public var parameters: [FunctionParameter]
    /// Named results; the parser guarantees at least one.
    public var results: [(name: String, type: TypeExpr)] { zip(resultNames, resultTypes).map { ($0, $1) } }
    public var resultNames: [String]
    public var resultTypes: [TypeExpr]
    public var body: [Stmt]
    public var location: SourceLocation
}

public struct Binding: Hashable, Sendable {
    public var name: String
    public var location: SourceLocation
}

public indirect enum StmtKind: Hashable, Sendable {
    /// `let a = e`, `let a: T = e`, `let a, b = f(...)`, `var h = e`.
    case define([Binding], type: TypeExpr?, value: Expr, mutable: Bool)
    /// `h = e` for a `var`.
    case reassign(Binding, Expr)
    /// `assign w = e` for a state or trainable weight.
    case assignWeight(Binding, Expr)
    case weight(WeightDecl)
    case forLoop(Binding, lower: Expr, upper: Expr, body: [Stmt])
    case ifElse(Expr, then: [Stmt], otherwise: [Stmt]?)
    case returns([Expr])
}

public struct Stmt: Hashable, Sendable {
    public var kind: StmtKind
    public var location: SourceLocation
}

public enum Item: Hashable, Sendable {
    case graphName(String, SourceLocation)
    case importFile(String, SourceLocation)
    case param(ParamDecl)
    case weight(WeightDecl)
    case function(FunctionDecl)
    case entry(EntryDecl)
    /// `set NAME = EXPR`: binds a param declared in this file or one it imports (weaker than
    /// `--set`, stronger than a config file and the param's default).
    case setParam(String, Expr, SourceLocation)
    /// `trainable "GLOB" group NAME`: every frozen weight whose checkpoint name matches the glob
    /// (`*` matches any run of characters) becomes trainable, starting from the checkpoint.
    case trainableWeights(pattern: String, group: String, SourceLocation)
}

public struct SourceFile: Sendable {
    public var source: SourceText
    public var items: [Item]
}
