import Driver
import Foundation
import TestSupport
import Testing

/// A scratch folder with files written into it; removed by `remove()`.
struct Scratch {
    let path: String

    init(_ name: String) throws { path = try temporaryDirectory(name) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Runs `eptc ARGS` in-process and checks that it is refused: exit code `code` and a first line
/// of stderr that contains `fragment` (the regression tests of the hardening issue).
func expectRefused(_ arguments: [String], code: Int32 = 1, firstLine fragment: String,
                   environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) {
    let r = runEPTC(arguments, environment: environment)
    let first = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    #expect(r.exitCode == code, "exit \(r.exitCode), stderr: \(r.stderr.prefix(2000))", sourceLocation: sourceLocation)
    #expect(first.contains(fragment), "first line: \(first.prefix(2000))", sourceLocation: sourceLocation)
}

/// An entry that returns its input after `body` (statements).
func entryGraph(_ body: String, prelude: String = "") -> String {
    """
    \(prelude)
    entry f(x: f32[2]) -> (y: f32[2]) {
    \(body)
      return x
    }

    """
}
