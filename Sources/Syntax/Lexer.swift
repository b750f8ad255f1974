/// Turns graph source into tokens. Errors are diagnostics at the offending character; the lexer
/// never traps on any input (invalid UTF-8, huge numbers, stray characters).
public struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let source: SourceText
    private var index = 0
    private var line: Int
    private var column: Int

    /// Lexes a whole file. `bytes` must be UTF-8; the first invalid byte is an error.
    public static func tokenize(bytes: [UInt8], path: String) throws(Diagnostic) -> (SourceText, [Token]) {
        let scalars = try decodeUTF8(bytes, path: path)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let source = SourceText(path: path, text: text)
        var lexer = Lexer(scalars: scalars, source: source, line: 1, column: 1)
        return (source, try lexer.all())
    }

    /// Lexes a fragment (a string interpolation) that starts at `location` in `source`.
    public static func tokenize(fragment: String, at location: SourceLocation,
                                in source: SourceText) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(scalars: Array(fragment.unicodeScalars), source: source,
                          line: location.line, column: location.column)
        return try lexer.all()
    }

    private init(scalars: [Unicode.Scalar], source: SourceText, line: Int, column: Int) {
        self.scalars = scalars
        self.source = source
        self.line = line
        self.column = column
    }

    private var here: SourceLocation { SourceLocation(file: source.path, line: line, column: column) }
    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        guard let c = peek() else { return }
        index += 1
        if c == "\n" { line += 1; column = 1 } else { column += 1 }
    }

    private func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        source.diagnostic(message, at: location)
    }

    private mutating func all() throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        while true {
            skipTrivia()
            guard let c = peek() else { break }
            let start = here
            let startIndex = index
            let kind: TokenKind
            if isIdentifierStart(c) {
                while let d = peek(), isIdentifierStart(d) || isDigit(d) { advance() }
                let word = String(String.UnicodeScalarView(scalars[startIndex..<index]))
                switch word {
                case "inf": kind = .float(.infinity)
                case "nan": kind = .float(.nan)
                default: kind = .identifier(word)
                }
            } else if isDigit(c) {
                kind = try number(start: start)
            } else if c == "\"" {
                kind = .string(try string(start: start))
            } else {
                kind = .symbol(try symbol(start: start))
            }
            let spelling = String(String.UnicodeScalarView(scalars[startIndex..<index]))
            tokens.append(Token(kind, at: start, spelling: spelling))
        }
        tokens.append(Token(.endOfFile, at: here, spelling: ""))
        return tokens
    }

    private mutating func skipTrivia() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                advance()
            } else if c == "/" && peek(1) == "/" {
                while let d = peek(), d != "\n" { advance() }
            } else {
                return
            }
        }
    }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }
    private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    /// `123`, `1.5`, `1e-6`, `2.5E+3`. `0..n` is a range, so a `.` only starts a fraction when a
    /// digit follows it.
    private mutating func number(start: SourceLocation) throws(Diagnostic) -> TokenKind {
        let startIndex = index
        var isFloat = false
        while let d = peek(), isDigit(d) { advance() }
        if peek() == ".", let d = peek(1), isDigit(d) {
            isFloat = true
            advance()
            while let d = peek(), isDigit(d) { advance() }
        }
        if peek() == "e" || peek() == "E" {
            isFloat = true
            advance()
            if peek() == "+" || peek() == "-" { advance() }
            guard let d = peek(), isDigit(d) else {
                throw error("bad number literal '\(text(from: startIndex))': exponent has no digits", at: start)
            }
            while let d = peek(), isDigit(d) { advance() }
        }
        if let c = peek(), isIdentifierStart(c) || isDigit(c) || c == "." && peek(1).map(isDigit) == true {
            while let c = peek(), isIdentifierStart(c) || isDigit(c) || c == "." { advance() }
            throw error("bad number literal '\(text(from: startIndex))'", at: start)
        }
        let spelled = text(from: startIndex)
        if isFloat {
            guard let v = Double(spelled), v.isFinite else {
                throw error("bad number literal '\(spelled)': out of range for a float", at: start)
            }
            return .float(v)
        }
        guard let v = Int(spelled) else {
            throw error("bad number literal '\(spelled)': integer out of range", at: start)
        }
        return .integer(v)
    }

    private func text(from startIndex: Int) -> String {
        String(String.UnicodeScalarView(scalars[startIndex..<index]))
    }

    /// A one-line string with escapes `\" \\ \n \t \{ \}` and interpolations `{expr}`.
    private mutating func string(start: SourceLocation) throws(Diagnostic) -> [StringSegment] {
        advance()  // opening quote
        var segments: [StringSegment] = []
        var current = ""
        while true {
            guard let c = peek(), c != "\n" else { throw error("unterminated string literal", at: start) }
            if c == "\"" { advance(); break }
            if c == "\\" {
                let escapeAt = here
                advance()
                guard let e = peek(), e != "\n" else { throw error("unterminated string literal", at: start) }
                switch e {
                case "\"", "\\", "{", "}": current.unicodeScalars.append(e)
                case "n": current += "\n"
                case "t": current += "\t"
                default: throw error("unknown escape '\\\(e)' in string literal", at: escapeAt)
                }
                advance()
            } else if c == "{" {
                let braceAt = here
                advance()
                let exprAt = here
                var inner = ""
                while let d = peek(), d != "}" {
                    if d == "\n" || d == "\"" || d == "{" {
                        throw error("unterminated interpolation in string literal", at: braceAt)
                    }
                    inner.unicodeScalars.append(d)
                    advance()
                }
                guard peek() == "}" else { throw error("unterminated string literal", at: start) }
                advance()
                if !current.isEmpty { segments.append(.text(current)); current = "" }
                segments.append(.interpolation(source: inner, location: exprAt))
            } else if c == "}" {
                throw error("unmatched '}' in string literal (write \\} for a brace)", at: here)
            } else {
                current.unicodeScalars.append(c)
                advance()
            }
        }
        if !current.isEmpty || segments.isEmpty { segments.append(.text(current)) }
        return segments
    }

    private static let twoCharSymbols: Set<String> = ["->", "..", "==", "!=", "<=", ">=", "&&", "||"]
    private static let oneCharSymbols: Set<Unicode.Scalar> = [
        "(", ")", "{", "}", "[", "]", ",", ":", "=", "+", "-", "*", "/", "<", ">", "!", ".",
    ]

    private mutating func symbol(start: SourceLocation) throws(Diagnostic) -> String {
        guard let c = peek() else { throw error("unexpected end of file", at: start) }
        if let d = peek(1) {
            var pair = ""
            pair.unicodeScalars.append(c)
            pair.unicodeScalars.append(d)
            if Self.twoCharSymbols.contains(pair) { advance(); advance(); return pair }
        }
        if Self.oneCharSymbols.contains(c) { advance(); return String(Character(c)) }
        let shown = c.properties.isWhitespace || c.value < 0x20 || c.value == 0x7f
            ? "U+" + String(c.value, radix: 16, uppercase: true) : String(Character(c))
        throw error("unexpected character '\(shown)'", at: start)
    }
}

/// Decodes UTF-8, reporting the first invalid byte with its line and column.
private func decodeUTF8(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(bytes.count)
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var line = 1, column = 1, offset = 0
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let s):
            scalars.append(s)
            offset += UTF8.width(s)
            if s == "\n" { line += 1; column = 1 } else { column += 1 }
        case .emptyInput:
            return scalars
        case .error:
            let byte = offset < bytes.count ? bytes[offset] : 0
            let hex = String(byte, radix: 16, uppercase: true)
            let location = SourceLocation(file: path, line: line, column: column)
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let source = SourceText(path: path, text: text)
            throw source.diagnostic("invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex)", at: location)
        }
    }
}
