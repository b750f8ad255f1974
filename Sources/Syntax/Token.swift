/// Tokens of the graph language. Keywords are identifiers; the parser decides by context.
public enum TokenKind: Hashable, Sendable {
    case identifier(String)
    case integer(Int)
    case float(Double)
    case string([StringSegment])
    case symbol(String)          // punctuation and operators: ( ) { } [ ] , : = -> + - * / < ...
    case endOfFile
}

/// A piece of a string literal: plain text, or `{expr}` whose source is parsed later.
public enum StringSegment: Hashable, Sendable {
    case text(String)
    case interpolation(source: String, location: SourceLocation)
}

public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var location: SourceLocation
    /// The token's source text, for messages ("found '...'").
    public var spelling: String

    public init(_ kind: TokenKind, at location: SourceLocation, spelling: String) {
        self.kind = kind
        self.location = location
        self.spelling = spelling
    }

    public var identifier: String? {
        if case .identifier(let s) = kind { return s }
        return nil
    }

    public func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
    public func isKeyword(_ s: String) -> Bool { kind == .identifier(s) }

    /// How the token reads in "expected X, found Y" messages.
    public var described: String {
        if case .endOfFile = kind { return "end of file" }
        return "'\(spelling)'"
    }
}

/// Words that cannot name values, weights, functions or entries.
public let keywords: Set<String> = [
    "graph", "import", "param", "weight", "fn", "entry", "let", "var", "for", "in", "if", "else",
    "return", "assign", "true", "false", "frozen", "trainable", "state", "init", "group", "from",
    "inf", "nan",
]
