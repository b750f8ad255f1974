import Foundation
import TestSupport
import Testing
@testable import Trainer

/// A data-parallel job that loses a rank stops (mpirun ends every rank) instead of hanging, and the
/// run resumes from its last checkpoint with the same or another number of ranks; ranks that
/// disagree refuse to start. Skipped, saying so, where mpirun is not installed.
@Suite(.serialized, .enabled(if: MPIRun.mpirun != nil, Comment(rawValue: MPIRun.skipMessage)))
struct DistributedFaultTests {
    @Test func aKilledRankStopsTheJobAndTheRunResumes() throws {
        let root = try temporaryDirectory("dp-kill")
        let steps = 400
        // Dropout on: a job resumed on the same ranks still continues exactly.
        func args(_ out: String) -> [String] {
            DistributedTrainingTests.bert(out, steps: steps, evalEvery: 20, dropout: "0.1") + ["--distributed"]
        }
        let reference = try MPIRun.eptc(ranks: 2, args(root + "/reference"), logs: root + "/reference")
        try #require(reference.status == 0, "\(reference.stderr)")

        let mpirun = try #require(MPIRun.mpirun)
        let started = Date()
        let job = try MPIRun.start(mpirun, MPIRun.mpirunArguments([(2, args(root + "/victim"))]), logs: root + "/victim")
        // Generous: on a shared machine the ranks may wait minutes for a core before the first checkpoint.
        let deadline = started.addingTimeInterval(900)
        var victim: pid_t?
        while job.isRunning && Date() < deadline {
            if FileManager.default.fileExists(atPath: root + "/victim/last.safetensors"),
               let pid = MPIRun.rankProcess(of: job.processIdentifier, rank: 1) {
                victim = pid
                kill(pid, SIGKILL)
                break
            }
            usleep(2_000)
        }
        let killedAt = Date()
        let ended = MPIRun.finish(job, logs: root + "/victim", started: started, timeout: 1200)
        try #require(victim != nil, "the job ended before rank 1 could be killed: \(ended.stdout)")
        // Open MPI notices the dead rank and stops the job: a non-zero exit within seconds, saying why.
        #expect(ended.status != 0)
        let waited = ended.seconds - killedAt.timeIntervalSince(started)
        #expect(waited < 120, "the job took \(waited) s to stop after rank 1 was killed")
        #expect(ended.stderr.contains("signal 9") || ended.stderr.contains("Killed"), "\(ended.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root + "/victim/summary.json"))
        try FileManager.default.copyItem(atPath: root + "/victim", toPath: root + "/victim-single")

        // The same two ranks continue exactly where an uninterrupted job goes.
        let resumed = try MPIRun.eptc(ranks: 2, ["run", "--resume", root + "/victim", "--distributed"],
                                      logs: root + "/resumed")
        try #require(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("resume: step "))
        let expected = try RunRecord(root + "/reference")
        let continued = try RunRecord(root + "/victim")
        #expect(continued.losses == expected.losses)
        #expect(continued.state == expected.state)

        // One process continues the same run from the same global data position.
        let single = try MPIRun.eptc(["run", "--resume", root + "/victim-single"], logs: root + "/single")
        try #require(single.status == 0, "\(single.stderr)")
        let logged = RunLog.records(at: root + "/victim-single/log.jsonl").compactMap { r -> Int? in
            r["loss"] != nil ? r["step"]?.intValue : nil
        }
        #expect(logged == Array(1...steps), "steps logged: \(logged.count)")
        let summary = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: URL(
            fileURLWithPath: root + "/victim-single/summary.json")))
        #expect(summary.steps == steps && summary.examplesSeen == steps * 8)
    }

    @Test func ranksThatDisagreeRefuseToStart() throws {
        let root = try temporaryDirectory("dp-disagree")
        let mpirun = try #require(MPIRun.mpirun)
        func args(_ batch: String) -> [String] {
            DistributedTrainingTests.bert(root + "/run", steps: 2, evalEvery: 2) + ["--batch-size", batch, "--distributed"]
        }
        let r = try MPIRun.run(mpirun, MPIRun.mpirunArguments([(1, args("8")), (1, args("4"))]), logs: root + "/job")
        #expect(r.status != 0)
        #expect(r.stderr.contains("the ranks disagree, so none starts"), "\(r.stderr)")
        #expect(r.stderr.contains("configuration batch-size: 8 → 4"), "\(r.stderr)")
        #expect(r.stderr.contains("graph for length bucket"))
        #expect(!FileManager.default.fileExists(atPath: root + "/run/config.json"))
    }

    /// What every rank meets at the same point ends the job normally, printed once (by rank 0).
    @Test func refusalsEveryRankMeetsEndTheJobWithOneMessage() throws {
        let root = try temporaryDirectory("dp-refuse")
        let small = try MPIRun.eptc(ranks: 3, DistributedTrainingTests.bert(root + "/small", steps: 2, evalEvery: 2)
                                        + ["--batch-size", "2", "--distributed"], logs: root + "/small")
        #expect(small.status == 1)
        #expect(small.stderr.components(separatedBy: "needs a batch of at least 3 examples").count == 2, "\(small.stderr)")

        // The encoder's regression loss has no ignored rows: 8 rows on 3 ranks is refused.
        let data = try dataSlice("STS-B", train: 40, dev: 16, files: ("train.tsv", "original-sts-dev.tsv"), header: true)
        let stsb = try MPIRun.eptc(ranks: 3, ["run", "--task", "stsb", "--model", TinyModels.bert, "--data-dir", data,
                                              "--max-steps", "2", "--batch-size", "8", "--set", "prompt_len=4",
                                              "--max-length", "24", "--threads", "1", "--distributed", "--out", root + "/stsb"],
                                   logs: root + "/stsb")
        #expect(stsb.status == 1)
        #expect(stsb.stderr.contains("regression task") && stsb.stderr.contains("(8 by 3)"), "\(stsb.stderr)")
    }
}
