import Foundation
import Support
import Testing
@testable import Models

enum Fixtures {
    /// The copied `Fixtures` resource folder.
    static var root: URL {
        get throws {
            try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures resource missing")
        }
    }

    static func path(_ relative: String) throws -> String { try root.appendingPathComponent(relative).path }

    static func json(_ relative: String) throws -> JSONValue {
        try JSONValue.load(path: path(relative), kind: .malformedConfig)
    }

    /// The repository root (for data/ and models/, which are not test resources).
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

/// A fresh temporary folder, removed when the test's `body` returns.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("models-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

/// Builds raw safetensors bytes from a header string and a data section, for bad-file tests.
func safetensorsBytes(header: String, data: [UInt8], declaredLength: UInt64? = nil) -> [UInt8] {
    let h = Array(header.utf8)
    let length = declaredLength ?? UInt64(h.count)
    return withUnsafeBytes(of: length.littleEndian) { Array($0) } + h + data
}

/// Expects `body` to throw a CheckpointError of `kind` whose message contains every fragment.
func expectCheckpointError(_ kind: CheckpointError.Kind, _ fragments: [String],
                           sourceLocation: SourceLocation = #_sourceLocation,
                           _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected a \(kind) error, nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as CheckpointError {
        #expect(error.kind == kind, "got \(error.kind): \(error)", sourceLocation: sourceLocation)
        for f in fragments {
            #expect(error.description.contains(f), "message '\(error)' lacks '\(f)'", sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("expected CheckpointError, got \(error)", sourceLocation: sourceLocation)
    }
}
