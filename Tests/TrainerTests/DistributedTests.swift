import Driver
import Foundation
import IR
import TestSupport
import Testing
@testable import Trainer

/// The pieces of data-parallel training that need no MPI: shards, label counts, fingerprints.
@Suite struct DataParallelPartsTests {
    @Test func shardsCoverTheBatchDisjointAndBalanced() {
        for rows in [1, 5, 8, 32, 33] {
            for size in 1...min(rows, 6) {
                let shards = (0..<size).map { DataParallel.shard(rows: rows, rank: $0, size: size) }
                #expect(shards.first?.lowerBound == 0 && shards.last?.upperBound == rows)
                #expect(zip(shards, shards.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
                let counts = shards.map(\.count)
                #expect(counts.max()! - counts.min()! <= 1 && counts.min()! >= 1, "\(rows) rows on \(size) ranks: \(counts)")
            }
        }
    }

    @Test func labelCountsAreWhatTheLossDividesBy() throws {
        let t5 = EncodedExample(index: 0, ids: [5, 6], typeIDs: [], target: [9, 7, 1], label: .index(1), group: nil)
        let bert = EncodedExample(index: 1, ids: [5, 6], typeIDs: [0, 0], target: [], label: .index(0), group: nil)
        let unlabelled = EncodedExample(index: 2, ids: [5], typeIDs: [0], target: [], label: nil, group: nil)
        #expect(BatchInputs.labelCount(TensorType(.i32, [4, 5]), t5) == 3)
        #expect(BatchInputs.labelCount(TensorType(.i32, [4, 2]), t5) == 2)     // cut at the target length
        #expect(BatchInputs.labelCount(TensorType(.i32, [4]), bert) == 1)
        #expect(BatchInputs.labelCount(TensorType(.i32, [4]), unlabelled) == 0)
        #expect(BatchInputs.labelCount(TensorType(.f32, [4]), bert) == 1)

        // A shard's filler rows are ignored (-100) in the labels the loss sees.
        let entry = Entry(name: "loss_grad", parameters: [EntryParameter(name: "labels", type: TensorType(.i32, [3, 4]))])
        let inputs = try BatchInputs.make(entry, examples: [t5, t5], batch: Batch(bucket: 0, rows: [0, 1, 1], padding: 1),
                                          length: 4, padID: 0, ignoredRows: 1)
        #expect(inputs["labels"]?.ints == [9, 7, 1, -100, 9, 7, 1, -100, -100, -100, -100, -100])
    }

    @Test func fingerprintsNameEachDifference() {
        var a = RunConfiguration(task: "cola", method: "ept", model: "/m", backbone: .bert, graph: "/g")
        a.batchSize = 8
        var b = a
        b.batchSize = 4
        b.patience = 3
        b.threads = 7                      // machines may differ in threads
        let item = RankFingerprint.Item.init(name:value:)
        let zero = RankFingerprint(host: "h0", configuration: a, items: [item("graph for length bucket 8", "aa"), item("eptc build", "x")])
        let one = RankFingerprint(host: "h1", configuration: b, items: [item("graph for length bucket 8", "bb"), item("eptc build", "x")])
        let lines = zero.differences(of: one, rank: 1)
        #expect(lines == ["rank 1 (h1): configuration batch-size: 8 → 4", "rank 1 (h1): configuration patience: none → 3",
                          "rank 1 (h1): graph for length bucket 8: aa → bb"], "\(lines)")
        #expect(zero.differences(of: zero, rank: 1).isEmpty)
    }
}

/// `--distributed` where MPI cannot run, and what a plain run loads.
@Suite(.serialized) struct DistributedSetupTests {
    @Test func distributedWithoutOpenMPIFailsClearly() throws {
        let data = try dataSlice("CoLA", train: 16, dev: 8)
        var env = ProcessInfo.processInfo.environment
        env["EPTC_CACHE_DIR"] = sharedCache
        env["EPTC_MPI_LIBRARY"] = "/nonexistent/libmpi.so.40"
        let r = runEPTC(["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "2",
                         "--distributed", "--out", try temporaryDirectory("no-mpi") + "/run"], environment: env)
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("cannot load Open MPI") && r.stderr.contains("/nonexistent/libmpi.so.40")
                && r.stderr.contains("mpirun -np N"), "\(r.stderr)")
    }

    @Test func aPlainRunNeverLoadsMPI() throws {
        let data = try dataSlice("CoLA", train: 16, dev: 8)
        let r = eptc(["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "2",
                      "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24",
                      "--out", try temporaryDirectory("plain") + "/run"])
        try #require(r.exitCode == 0, "\(r.stderr)")
        let maps = try String(contentsOfFile: "/proc/self/maps", encoding: .utf8)
        #expect(!maps.contains("libmpi"), "a run without --distributed mapped Open MPI")
    }

    /// eptc declares the Open MPI functions it dlopens itself (no mpi.h needed to build); here they
    /// are compiled against the real header.
    @Test(.enabled(if: MPIRun.mpicc != nil, "mpicc is not installed (apt-get install libopenmpi-dev)"))
    func mpiDeclarationsMatchTheHeader() throws {
        let logs = try temporaryDirectory("abi") + "/mpicc"
        let r = try MPIRun.run(MPIRun.mpicc!, ["-fsyntax-only", "-Wall", "-Werror", "-I", repositoryRoot + "/Sources/CMPI",
                                               repositoryRoot + "/tools/mpi-abi-check.c"], logs: logs, timeout: 120)
        #expect(r.status == 0, "\(r.stderr)")
    }
}
