/// Recursive-descent parser for graph files. Stops at the first error with a diagnostic; nesting
/// deeper than `maxDepth` is an error rather than a stack overflow.
///
/// Every later stage (elaboration, folding, even the syntax tree's own destructor) walks an
/// expression recursively, so the parser also bounds an expression's *height*: brackets plus the
/// operators of a chain like `a + b + c` (a chain of n operators is a left-leaning tree n deep).
public struct Parser {
    public static let maxDepth = 64
    public static let maxExpressionHeight = 256

    private let source: SourceText
    private let tokens: [Token]
    private var position = 0
    private var depth = 0
    /// Brackets and chained operators enclosing the current point (bounded by `maxExpressionHeight`).
    private var height = 0

    /// Lexes and parses one file.
    public static func parse(bytes: [UInt8], path: String) throws(Diagnostic) -> SourceFile {
        let (source, tokens) = try Lexer.tokenize(bytes: bytes, path: path)
        var parser = Parser(source: source, tokens: tokens)
        return SourceFile(source: source, items: try parser.file())
    }

    public static func parse(_ text: String, path: String) throws(Diagnostic) -> SourceFile {
        try parse(bytes: Array(text.utf8), path: path)
    }

    private init(source: SourceText, tokens: [Token], depth: Int = 0, height: Int = 0) {
        self.source = source
        self.tokens = tokens
        self.depth = depth
        self.height = height
    }

    // MARK: Token helpers

    private var current: Token { tokens[min(position, tokens.count - 1)] }
    private func lookahead(_ n: Int) -> Token { tokens[min(position + n, tokens.count - 1)] }
    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        source.diagnostic(message, at: location)
    }

    private mutating func expect(_ symbol: String, _ context: String) throws(Diagnostic) -> Token {
        let token = current
        guard token.isSymbol(symbol) else {
            throw error("expected '\(symbol)' \(context), found \(token.described)", at: token.location)
        }
        advance()
        return token
    }

    private mutating func accept(_ symbol: String) -> Bool {
        if current.isSymbol(symbol) { advance(); return true }
        return false
    }

    private mutating func acceptKeyword(_ word: String) -> Bool {
        if current.isKeyword(word) { advance(); return true }
        return false
    }

    /// A name that is not a keyword.
    private mutating func name(_ what: String) throws(Diagnostic) -> Binding {
        let token = current
        guard let word = token.identifier else {
            throw error("expected \(what), found \(token.described)", at: token.location)
        }
        if keywords.contains(word) {
            throw error("expected \(what), found keyword '\(word)'", at: token.location)
        }
        advance()
        return Binding(name: word, location: token.location)
    }

    private mutating func enter(_ location: SourceLocation) throws(Diagnostic) {
        depth += 1
        if depth > Parser.maxDepth {
            throw error("nesting too deep (more than \(Parser.maxDepth) levels)", at: location)
        }
        try deepen(location)
    }

    private mutating func leave() {
        depth -= 1
        height -= 1
    }

    /// One more level of expression tree: a bracket or an operator of a chain.
    private mutating func deepen(_ location: SourceLocation) throws(Diagnostic) {
        height += 1
        if height > Parser.maxExpressionHeight {
            throw error("expression too deep (more than \(Parser.maxExpressionHeight) chained operators and brackets); "
                        + "split it into several 'let's", at: location)
        }
    }

    // MARK: Items

    private mutating func file() throws(Diagnostic) -> [Item] {
        if tokens.count == 1 {
            throw error("empty graph file: expected 'graph NAME', declarations or entries",
                        at: current.location)
        }
        var items: [Item] = []
        while current.kind != .endOfFile {
            items.append(try item())
        }
        return items
    }

    private mutating func item() throws(Diagnostic) -> Item {
        let token = current
        switch token.identifier {
        case "graph":
            advance()
            return .graphName(try name("a graph name").name, token.location)
        case "import":
            advance()
            let pathToken = current
            guard case .string(let segments) = pathToken.kind else {
                throw error("expected a file name string after 'import', found \(pathToken.described)",
                            at: pathToken.location)
            }
            var path = ""
            for segment in segments {
                guard case .text(let t) = segment else {
                    throw error("import paths cannot interpolate", at: pathToken.location)
                }
                path += t
            }
            advance()
            return .importFile(path, pathToken.location)
        case "param": return .param(try param())
        case "weight": return .weight(try weight())
        case "fn": return .function(try function())
        case "entry": return .entry(try entry())
        case "set":
            advance()
            let target = try name("a param name after 'set'")
            _ = try expect("=", "after 'set \(target.name)'")
            return .setParam(target.name, try expression(), token.location)
        case "trainable":
            advance()
            let patternToken = current
            var pattern = ""
            for part in try stringLiteral("a checkpoint-name pattern string after 'trainable'") {
                guard case .text(let t) = part else {
                    throw error("'trainable' patterns cannot interpolate", at: patternToken.location)
                }
                pattern += t
            }
            guard acceptKeyword("group") else {
                throw error("expected 'group NAME' after the 'trainable' pattern, found \(current.described)",
                            at: current.location)
            }
            return .trainableWeights(pattern: pattern, group: try name("a group name").name, token.location)
        default:
            throw error("expected 'graph', 'import', 'param', 'weight', 'fn', 'entry', 'set' or 'trainable', found \(token.described)",
                        at: token.location)
        }
    }

    private mutating func scalarKind() throws(Diagnostic) -> ScalarKind? {
        guard let word = current.identifier, let kind = ScalarKind(rawValue: word) else { return nil }
        advance()
        return kind
    }

    private mutating func param() throws(Diagnostic) -> ParamDecl {
        let start = current.location
        advance()
        let n = try name("a param name")
        _ = try expect(":", "after the param name")
        guard let kind = try scalarKind() else {
            throw error("expected 'int', 'float', 'bool' or 'string' as the param's type, found \(current.described)",
                        at: current.location)
        }
        var value: Expr?
        if accept("=") { value = try expression() }
        return ParamDecl(name: n.name, kind: kind, defaultValue: value, location: start)
    }

    private mutating func weight() throws(Diagnostic) -> WeightDecl {
        let start = current.location
        advance()
        let n = try name("a weight name")
        var checkpoint: [StringPart]?
        var fromEquals = false
        if accept("=") {
            checkpoint = try stringLiteral("a checkpoint name string")
            fromEquals = true
        }
        _ = try expect(":", "before the weight's type")
        let type = try typeExpr()
        let roleToken = current
        guard let role = roleToken.identifier, ["frozen", "trainable", "state"].contains(role) else {
            throw error("expected 'frozen', 'trainable' or 'state' after the weight's type, found \(roleToken.described)",
                        at: roleToken.location)
        }
        advance()
        var decl = WeightDecl(binding: n.name, checkpoint: checkpoint, checkpointFromEquals: fromEquals, type: type,
                              role: role, initializer: nil, group: nil, location: start)
        while true {
            let clause = current
            if acceptKeyword("init") {
                if decl.initializer != nil { throw error("weight has two initializers", at: clause.location) }
                let initName = try name("an initializer (zeros, ones, constant, normal, uniform)")
                var arguments: [NamedArgument] = []
                if current.isSymbol("(") {
                    let (positional, named) = try callArguments()
                    if let first = positional.first {
                        throw error("initializer arguments must be named, like normal(mean=0.0, std=0.02)",
                                    at: first.location)
                    }
                    arguments = named
                }
                decl.initializer = InitializerExpr(name: initName.name, arguments: arguments,
                                                   location: initName.location)
            } else if acceptKeyword("group") {
                if decl.group != nil { throw error("weight has two groups", at: clause.location) }
                decl.group = try name("a group name").name
            } else if acceptKeyword("from") {
                if decl.checkpoint != nil {
                    throw error("weight already has a checkpoint name", at: clause.location)
                }
                decl.checkpoint = try stringLiteral("a checkpoint name string after 'from'")
            } else {
                return decl
            }
        }
    }

    private mutating func stringLiteral(_ what: String) throws(Diagnostic) -> [StringPart] {
        let token = current
        guard case .string(let segments) = token.kind else {
            throw error("expected \(what), found \(token.described)", at: token.location)
        }
        advance()
        var parts: [StringPart] = []
        for segment in segments {
            switch segment {
            case .text(let t): parts.append(.text(t))
            case .interpolation(let text, let location):
                let inner = try Lexer.tokenize(fragment: text, at: location, in: source)
                var sub = Parser(source: source, tokens: inner, depth: depth, height: height)
                if inner.count == 1 { throw error("empty interpolation '{}' in string", at: location) }
                let e = try sub.expression()
                if sub.current.kind != .endOfFile {
                    throw error("unexpected \(sub.current.described) in string interpolation", at: sub.current.location)
                }
                parts.append(.expr(e))
            }
        }
        return parts
    }

    private mutating func typeExpr() throws(Diagnostic) -> TypeExpr {
        let token = current
        // The dtype is f32, f64, i32 or the name of a compile-time string naming one (checked
        // when the type is elaborated): `labels: label_dtype[B]`.
        guard let dtype = token.identifier else {
            throw error("expected a tensor type like f32[B, D], found \(token.described)", at: token.location)
        }
        advance()
        _ = try expect("[", "after the dtype (a scalar is written \(dtype)[])")
        var dims: [Expr] = []
        if !accept("]") {
            repeat { dims.append(try expression()) } while accept(",")
            _ = try expect("]", "to close the shape")
        }
        return TypeExpr(dtype: dtype, dims: dims, location: token.location)
    }

    private mutating func parameters(compileTimeAllowed: Bool) throws(Diagnostic) -> [FunctionParameter] {
        _ = try expect("(", "to open the parameter list")
        var list: [FunctionParameter] = []
        if accept(")") { return list }
        repeat {
            let n = try name("a parameter name")
            _ = try expect(":", "after the parameter name")
            if compileTimeAllowed, let kind = try scalarKind() {
                list.append(FunctionParameter(name: n.name, type: .scalar(kind), location: n.location))
            } else {
                list.append(FunctionParameter(name: n.name, type: .tensor(try typeExpr()), location: n.location))
            }
        } while accept(",")
        _ = try expect(")", "to close the parameter list")
        return list
    }

    private mutating func function() throws(Diagnostic) -> FunctionDecl {
        let start = current.location
        advance()
        let n = try name("a function name")
        let params = try parameters(compileTimeAllowed: true)
        var results: [TypeExpr] = []
        if accept("->") {
            if accept("(") {
                repeat { results.append(try typeExpr()) } while accept(",")
                _ = try expect(")", "to close the result types")
            } else {
                results.append(try typeExpr())
            }
        }
        let body = try block()
        return FunctionDecl(name: n.name, parameters: params, results: results, body: body, location: start)
    }

    private mutating func entry() throws(Diagnostic) -> EntryDecl {
        let start = current.location
        advance()
        let n = try name("an entry name")
        let params = try parameters(compileTimeAllowed: false)
        guard accept("->") else {
            throw error("entry '\(n.name)' has no outputs: expected '-> (name: type, ...)', found \(current.described)",
                        at: current.location)
        }
        let open = try expect("(", "before the entry's named results")
        var names: [String] = []
        var types: [TypeExpr] = []
        if current.isSymbol(")") {
            throw error("entry '\(n.name)' has no outputs", at: open.location)
        }
        repeat {
            names.append(try name("a result name").name)
            _ = try expect(":", "after the result name")
            types.append(try typeExpr())
        } while accept(",")
        _ = try expect(")", "to close the entry's results")
        let body = try block()
        return EntryDecl(name: n.name, parameters: params, resultNames: names, resultTypes: types, body: body,
                         location: start)
    }

    // MARK: Statements

    private mutating func block() throws(Diagnostic) -> [Stmt] {
        let open = try expect("{", "to open a block")
        try enter(open.location)
        defer { leave() }
        var body: [Stmt] = []
        while !current.isSymbol("}") {
            if current.kind == .endOfFile {
                throw error("unterminated block: '{' is never closed", at: open.location)
            }
            body.append(try statement())
        }
        advance()
        return body
    }

    private mutating func statement() throws(Diagnostic) -> Stmt {
        let token = current
        let at = token.location
        switch token.identifier {
        case "let", "var":
            advance()
            var names = [try name("a value name")]
            while accept(",") { names.append(try name("a value name")) }
            var type: TypeExpr?
            if accept(":") {
                if names.count > 1 { throw error("a type annotation needs a single name", at: current.location) }
                type = try typeExpr()
            }
            _ = try expect("=", "after the name")
            let value = try expression()
            return Stmt(kind: .define(names, type: type, value: value, mutable: token.identifier == "var"),
                        location: at)
        case "assign":
            advance()
            let target = try name("a weight name")
            _ = try expect("=", "after the weight name")
            return Stmt(kind: .assignWeight(target, try expression()), location: at)
        case "weight":
            return Stmt(kind: .weight(try weight()), location: at)
        case "for":
            advance()
            let variable = try name("a loop variable")
            guard acceptKeyword("in") else {
                throw error("expected 'in' after the loop variable, found \(current.described)", at: current.location)
            }
            let lower = try expression()
            _ = try expect("..", "in the loop range (for i in 0..n)")
            let upper = try expression()
            return Stmt(kind: .forLoop(variable, lower: lower, upper: upper, body: try block()), location: at)
        case "if":
            return try ifStatement()
        case "return":
            advance()
            var values: [Expr] = []
            if !current.isSymbol("}") {
                repeat { values.append(try expression()) } while accept(",")
            }
            return Stmt(kind: .returns(values), location: at)
        default:
            if token.identifier != nil, lookahead(1).isSymbol("=") {
                let target = try name("a variable name")
                advance()
                return Stmt(kind: .reassign(target, try expression()), location: at)
            }
            throw error("expected a statement (let, var, assign, weight, for, if, return), found \(token.described)",
                        at: at)
        }
    }

    private mutating func ifStatement() throws(Diagnostic) -> Stmt {
        let at = current.location
        advance()
        try enter(at)
        defer { leave() }
        let condition = try expression()
        let then = try block()
        var otherwise: [Stmt]?
        if acceptKeyword("else") {
            otherwise = current.isKeyword("if") ? [try ifStatement()] : try block()
        }
        return Stmt(kind: .ifElse(condition, then: then, otherwise: otherwise), location: at)
    }

    // MARK: Expressions

    private static let precedence: [String: Int] = [
        "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3, "+": 4, "-": 4, "*": 5, "/": 5,
    ]

    mutating func expression() throws(Diagnostic) -> Expr {
        try binary(minPrecedence: 1)
    }

    /// Precedence climbing: one stack frame per nesting level, not per precedence level.
    private mutating func binary(minPrecedence: Int) throws(Diagnostic) -> Expr {
        var lhs = try unary()
        var chained = 0
        defer { height -= chained }
        while case .symbol(let s) = current.kind, let p = Parser.precedence[s], p >= minPrecedence,
              let op = BinaryOperator(rawValue: s) {
            let at = current.location
            advance()
            // Each operator of a chain deepens the (left-leaning) tree by one, so it stays counted
            // until the whole chain is parsed.
            try deepen(at)
            chained += 1
            let rhs = try binary(minPrecedence: p + 1)
            lhs = Expr(.binary(op, lhs, rhs), at: at)
        }
        return lhs
    }

    private mutating func unary() throws(Diagnostic) -> Expr {
        let token = current
        if token.isSymbol("-") || token.isSymbol("!") {
            advance()
            try enter(token.location)
            defer { leave() }
            let operand = try unary()
            return Expr(.unary(token.isSymbol("-") ? .negate : .not, operand), at: token.location)
        }
        return try primary()
    }

    private mutating func primary() throws(Diagnostic) -> Expr {
        let token = current
        let at = token.location
        switch token.kind {
        case .integer(let v): advance(); return Expr(.integer(v), at: at)
        case .float(let v): advance(); return Expr(.float(v), at: at)
        case .string: return Expr(.string(try stringLiteral("a string")), at: at)
        case .identifier(let word):
            if word == "true" || word == "false" { advance(); return Expr(.bool(word == "true"), at: at) }
            // `fused` is a keyword only here: followed by a pattern name and '(' (a name followed
            // by another name is never an expression otherwise), so `fused` still names values.
            if word == "fused", let pattern = lookahead(1).identifier, lookahead(2).isSymbol("(") {
                return try region(pattern, at: at)
            }
            let n = try name("an expression")
            if current.isSymbol("(") {
                let (positional, named) = try callArguments()
                return Expr(.call(n.name, arguments: positional, attributes: named), at: at)
            }
            return Expr(.name(n.name), at: at)
        case .symbol("("):
            advance()
            try enter(at)
            defer { leave() }
            let inner = try expression()
            _ = try expect(")", "to close the parenthesis")
            return inner
        case .symbol("["):
            advance()
            try enter(at)
            defer { leave() }
            var elements: [Expr] = []
            if !accept("]") {
                repeat { elements.append(try expression()) } while accept(",")
                _ = try expect("]", "to close the list")
            }
            return Expr(.list(elements), at: at)
        default:
            throw error("expected an expression, found \(token.described)", at: at)
        }
    }

    /// `fused PATTERN(a, b) { body }`; the body is a block ending in `return`.
    private mutating func region(_ pattern: String, at: SourceLocation) throws(Diagnostic) -> Expr {
        advance()
        advance()
        if keywords.contains(pattern) {
            throw error("expected a region pattern name after 'fused', found keyword '\(pattern)'", at: at)
        }
        let (arguments, named) = try callArguments()
        if let first = named.first {
            throw error("a fused region takes value names, not named arguments", at: first.location)
        }
        guard current.isSymbol("{") else {
            throw error("expected '{' to open the body of fused region '\(pattern)', found \(current.described)",
                        at: current.location)
        }
        try enter(at)
        defer { leave() }
        return Expr(.region(pattern, arguments: arguments, body: try block()), at: at)
    }

    /// `(a, b, key=value)`: positional arguments first, then named ones.
    private mutating func callArguments() throws(Diagnostic) -> ([Expr], [NamedArgument]) {
        let open = try expect("(", "to open the argument list")
        try enter(open.location)
        defer { leave() }
        var positional: [Expr] = []
        var named: [NamedArgument] = []
        if accept(")") { return ([], []) }
        repeat {
            if let key = current.identifier, lookahead(1).isSymbol("=") {
                let at = current.location
                advance()
                advance()
                if named.contains(where: { $0.name == key }) {
                    throw error("attribute '\(key)' given twice", at: at)
                }
                named.append(NamedArgument(name: key, value: try expression(), location: at))
            } else {
                if let last = named.last {
                    throw error("positional argument after named argument '\(last.name)'", at: current.location)
                }
                positional.append(try expression())
            }
        } while accept(",")
        _ = try expect(")", "to close the argument list")
        return (positional, named)
    }
}
