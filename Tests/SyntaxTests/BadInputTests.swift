import Foundation
import IR
import Syntax
import Testing

/// Reads files under one folder; paths in diagnostics stay relative (`NAME.graph`).
struct DirectoryLoader: SourceLoader {
    let root: String
    func load(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: root + "/" + path).map { Array($0) }
    }
}

let badFixtureDirectory: String = {
    guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { return "" }
    return url.path + "/bad"
}()

/// Every `bad/NAME.graph` that has a `NAME.expected` (helpers imported by them have none).
func badFixtureNames() -> [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: badFixtureDirectory)) ?? []
    return files.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) }.sorted()
}

@Suite struct BadInputTests {
    @Test func thereAreAtLeastThirtyFixtures() {
        #expect(badFixtureNames().count >= 30)
    }

    /// Each malformed graph gives exactly the expected first diagnostic line, and the full
    /// diagnostic quotes the line with a caret.
    @Test(arguments: badFixtureNames())
    func fixtureGivesExpectedDiagnostic(_ name: String) throws {
        let expected = try String(contentsOfFile: badFixtureDirectory + "/\(name).expected", encoding: .utf8)
            .trimmingCharacters(in: .newlines)
        let elaborator = Elaborator(loader: DirectoryLoader(root: badFixtureDirectory))
        do {
            let graph = try elaborator.elaborate(file: "\(name).graph")
            Issue.record("\(name) elaborated to a graph with \(graph.entries.count) entries; expected: \(expected)")
        } catch {
            let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines[0] == expected, "\(name)")
            if error.location != nil && error.sourceLine != nil {
                #expect(lines.count == 3 && lines[2].hasSuffix("^"), "\(name): no caret line")
            }
        }
    }
}
