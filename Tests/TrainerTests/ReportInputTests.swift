import Driver
import Foundation
import TestSupport
import Testing

/// `eptc report DIR` over damaged sweep files: every damaged file is named, never shown as a run
/// that is merely "not finished"; a baseline must be one of the sweep's configurations.
@Suite struct ReportInputTests {
    /// A sweep folder by hand: one run folder `cola/ept/seed-1` whose summary.json is `summary`.
    static func sweep(summary: String, plan: String? = nil) throws -> String {
        let root = try temporaryDirectory("report")
        let run = root + "/cola/ept/seed-1"
        try FileManager.default.createDirectory(atPath: run, withIntermediateDirectories: true)
        try summary.write(toFile: run + "/summary.json", atomically: true, encoding: .utf8)
        if let plan { try plan.write(toFile: root + "/sweep.json", atomically: true, encoding: .utf8) }
        return root
    }

    @Test(arguments: ["{\"steps\": 12, \"bestMet", "{\"steps\": NaN}"])
    func damagedSummaryIsAFailedRunNamed(_ summary: String) throws {
        let root = try Self.sweep(summary: summary)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = eptc(["report", root])
        #expect(r.exitCode == 0, "\(r.stderr)")
        let report = try String(contentsOfFile: root + "/report.md", encoding: .utf8)
        #expect(report.contains("1 failed"), "\(report)")
        #expect(report.contains("cola/ept/seed-1/summary.json: not a run summary"), "\(report)")
    }

    @Test func truncatedSweepPlanIsNamed() throws {
        let root = try Self.sweep(summary: "{}", plan: "{\"runs\": [")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = eptc(["report", root])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("sweep.json: not a sweep plan"), "\(r.stderr)")
    }

    @Test func unknownBaselineIsRefused() throws {
        let root = try Self.sweep(summary: "{}")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = eptc(["report", root, "--baseline", "nosuch"])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("--baseline nosuch: no such configuration in \(root) (it has ept)"), "\(r.stderr)")
    }
}
