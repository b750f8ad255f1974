import Foundation
import Testing
@testable import Tasks

enum Paths {
    /// The repository root (data/ is not a test resource: it is the shipped data itself).
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
    static var shippedData: String { repository.appendingPathComponent("data").path }

    /// The copied `Fixtures` resource folder.
    static var fixtures: URL {
        get throws { try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures resource missing") }
    }
}

/// A fresh temporary folder, removed when `body` returns.
func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tasks-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// Writes `bytes` to `folder/relative`, creating folders.
@discardableResult
func write(_ bytes: [UInt8], _ folder: String, _ relative: String) throws -> String {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url.path
}

@discardableResult
func write(_ text: String, _ folder: String, _ relative: String) throws -> String {
    try write(Array(text.utf8), folder, relative)
}

/// Runs `body`, expecting exactly `expected` to be thrown.
func expectError(_ expected: TaskError, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected \(expected), nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as TaskError {
        #expect(error == expected, sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected TaskError, got \(error)", sourceLocation: sourceLocation)
    }
}

func task(_ name: String) throws -> TaskDefinition { try TaskRegistry.named(name) }
