/// Turns graph source into tokens. Errors are diagnostics at the offending character; the lexer
/// never traps on any input (invalid UTF-8, huge numbers, stray characters).
public struct Lexer {
    // Bytes, not scalars: the input is valid UTF-8 by the time it gets here, every token but a
    // string is ASCII, and byte slices decode to token text cheaply.
    private let bytes: [UInt8]
    private let source: SourceText
    private var index = 0
    private var line: Int
    private var column: Int

    /// Lexes a whole file. `bytes` must be UTF-8; the first invalid byte is an error.
    public static func tokenize(bytes: [UInt8], path: String) throws(Diagnostic) -> (SourceText, [Token]) {
        // A UTF-8 byte-order mark (some Windows editors write one) is accepted and skipped.
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw invalidUTF8(bytes, path: path)
        }
        let source = SourceText(path: path, text: text)
        var lexer = Lexer(bytes: bytes, source: source, line: 1, column: 1)
        return (source, try lexer.all())
    }

    /// Lexes a fragment (a string interpolation) that starts at `location` in `source`.
    public static func tokenize(fragment: String, at location: SourceLocation,
                                in source: SourceText) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(bytes: Array(fragment.utf8), source: source,
                          line: location.line, column: location.column)
        return try lexer.all()
    }

    private init(bytes: [UInt8], source: SourceText, line: Int, column: Int) {
        self.bytes = bytes
        self.source = source
        self.line = line
        self.column = column
    }

    private var here: SourceLocation { SourceLocation(file: source.path, line: line, column: column) }
    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    /// Columns count scalars, so UTF-8 continuation bytes do not move the column.
    private mutating func advance() {
        guard index < bytes.count else { return }
        let c = bytes[index]
        index += 1
        if c == 0x0A { line += 1; column = 1 } else if c & 0xC0 != 0x80 { column += 1 }
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
                let word = text(from: startIndex)
                switch word {
                case "inf": kind = .float(.infinity)
                case "nan": kind = .float(.nan)
                default: kind = .identifier(word)
                }
            } else if isDigit(c) {
                kind = try number(start: start)
            } else if c == UInt8(ascii: "\"") {
                kind = .string(try string(start: start))
            } else {
                kind = .symbol(try symbol(start: start))
            }
            let spelling = text(from: startIndex)
            tokens.append(Token(kind, at: start, spelling: spelling))
        }
        tokens.append(Token(.endOfFile, at: here, spelling: ""))
        return tokens
    }

    private mutating func skipTrivia() {
        while let c = peek() {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                advance()
            } else if c == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "/") {
                while let d = peek(), d != 0x0A { advance() }
            } else {
                return
            }
        }
    }

    private func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
    }
    private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private func isByte(_ c: UInt8?, _ ascii: Unicode.Scalar) -> Bool { c == UInt8(ascii: ascii) }

    /// `123`, `1.5`, `1e-6`, `2.5E+3`. `0..n` is a range, so a `.` only starts a fraction when a
    /// digit follows it.
    private mutating func number(start: SourceLocation) throws(Diagnostic) -> TokenKind {
        let startIndex = index
        var isFloat = false
        while let d = peek(), isDigit(d) { advance() }
        if isByte(peek(), "."), let d = peek(1), isDigit(d) {
            isFloat = true
            advance()
            while let d = peek(), isDigit(d) { advance() }
        }
        if isByte(peek(), "e") || isByte(peek(), "E") {
            isFloat = true
            advance()
            if isByte(peek(), "+") || isByte(peek(), "-") { advance() }
            guard let d = peek(), isDigit(d) else {
                throw error("bad number literal '\(text(from: startIndex))': exponent has no digits", at: start)
            }
            while let d = peek(), isDigit(d) { advance() }
        }
        if let c = peek(), isIdentifierStart(c) || isDigit(c) || isByte(c, ".") && peek(1).map(isDigit) == true {
            while let c = peek(), isIdentifierStart(c) || isDigit(c) || isByte(c, ".") { advance() }
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
        String(decoding: bytes[startIndex..<index], as: UTF8.self)
    }

    /// A one-line string with escapes `\" \\ \n \t \{ \}` and interpolations `{expr}`.
    private mutating func string(start: SourceLocation) throws(Diagnostic) -> [StringSegment] {
        advance()  // opening quote
        var segments: [StringSegment] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { segments.append(.text(String(decoding: current, as: UTF8.self))) }
            current = []
        }
        while true {
            guard let c = peek(), c != 0x0A else { throw error("unterminated string literal", at: start) }
            if isByte(c, "\"") { advance(); break }
            if isByte(c, "\\") {
                let escapeAt = here
                advance()
                guard let e = peek(), e != 0x0A else { throw error("unterminated string literal", at: start) }
                switch Unicode.Scalar(e) {
                case "\"", "\\", "{", "}": current.append(e)
                case "n": current.append(0x0A)
                case "t": current.append(0x09)
                default:
                    throw error("unknown escape '\\\(String(decoding: [e], as: UTF8.self))' in string literal",
                                at: escapeAt)
                }
                advance()
            } else if isByte(c, "{") {
                let braceAt = here
                advance()
                let exprAt = here
                let innerStart = index
                while let d = peek(), !isByte(d, "}") {
                    if d == 0x0A || isByte(d, "\"") || isByte(d, "{") {
                        throw error("unterminated interpolation in string literal", at: braceAt)
                    }
                    advance()
                }
                guard isByte(peek(), "}") else { throw error("unterminated string literal", at: start) }
                let inner = text(from: innerStart)
                advance()
                flush()
                segments.append(.interpolation(source: inner, location: exprAt))
            } else if isByte(c, "}") {
                throw error("unmatched '}' in string literal (write \\} for a brace)", at: here)
            } else {
                current.append(c)
                advance()
            }
        }
        if !current.isEmpty || segments.isEmpty { segments.append(.text(String(decoding: current, as: UTF8.self))) }
        return segments
    }

    private static let twoCharSymbols: Set<String> = ["->", "..", "==", "!=", "<=", ">=", "&&", "||"]
    private static let oneCharSymbols: Set<UInt8> = Set("(){}[],:=+-*/<>!.".utf8)

    private mutating func symbol(start: SourceLocation) throws(Diagnostic) -> String {
        guard let c = peek() else { throw error("unexpected end of file", at: start) }
        if let d = peek(1), c < 0x80, d < 0x80 {
            let pair = String(decoding: [c, d], as: UTF8.self)
            if Self.twoCharSymbols.contains(pair) { advance(); advance(); return pair }
        }
        if Self.oneCharSymbols.contains(c) { advance(); return String(decoding: [c], as: UTF8.self) }
        // Show the whole character (it may span several bytes), or its code for invisible ones.
        var end = index + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first ?? "?"
        let shown = scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7f
            ? "U+" + String(scalar.value, radix: 16, uppercase: true) : String(Character(scalar))
        throw error("unexpected character '\(shown)'", at: start)
    }
}

/// The diagnostic for the first invalid UTF-8 byte, with its line and column.
private func invalidUTF8(_ bytes: [UInt8], path: String) -> Diagnostic {
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
            return Diagnostic("invalid UTF-8", at: SourceLocation(file: path, line: line, column: column))
        case .error:
            let byte = offset < bytes.count ? bytes[offset] : 0
            let hex = String(byte, radix: 16, uppercase: true)
            let location = SourceLocation(file: path, line: line, column: column)
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let source = SourceText(path: path, text: text)
            return source.diagnostic("invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex)", at: location)
        }
    }
}
