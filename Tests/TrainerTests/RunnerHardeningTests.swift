import Driver
import Foundation
import Models
import Runtime
import Support
import TestSupport
import Testing
@testable import Trainer

/// The runner's surfaces against what an outside probe threw at them: every case is refused with
/// a message naming the file (exit 1), or handled as documented; none crashes, hangs or is
/// silently accepted.
@Suite(.serialized) struct RunnerHardeningTests {
    static let data = try! dataSlice("CoLA", train: 32, dev: 8)

    static func arguments(_ out: String, data: String = data) -> [String] {
        ["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "8", "--eval-every", "4",
         "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24", "--threads", "1", "--out", out]
    }

    /// A run folder stopped after step 4 (config.json, log, best and last checkpoints).
    static func stoppedRun(_ name: String) throws -> String {
        let out = try temporaryDirectory(name) + "/run"
        let r = eptc(arguments(out) + ["--interrupt-after", "4"])
        try #require(r.exitCode == 1 && r.stderr.contains("interrupted after step 4"), "\(r.stderr)")
        return out
    }

    static func expectRefused(_ r: CommandResult, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.exitCode == 1, "exit \(r.exitCode): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains(fragment), "\(r.stderr)", sourceLocation: sourceLocation)
    }

    /// Rewrites the position recorded in a checkpoint (its tensors unchanged).
    static func setPosition(_ path: String, _ edit: (inout TrainingPosition) -> Void) throws {
        let file = try SafeTensorsFile(path: path)
        var position = try JSONDecoder().decode(TrainingPosition.self, from: Data(file.metadata["eptc.position", default: ""].utf8))
        edit(&position)
        var metadata = file.metadata
        metadata["eptc.position"] = String(decoding: try JSONEncoder().encode(position), as: UTF8.self)
        let tensors = try file.names.map { (name: $0, tensor: try file.tensor($0)) }
        try SafeTensorsWriter.write(tensors, metadata: metadata, to: path)
    }

    // MARK: Checkpoints and the run folder's identity

    @Test func impossibleCheckpointPositionsAreRefused() throws {
        let out = try Self.stoppedRun("position")
        try Self.setPosition(out + "/last.safetensors") { $0.step = -5 }
        Self.expectRefused(eptc(["run", "--resume", out]), "last.safetensors: eptc.position step is -5")
        try Self.setPosition(out + "/last.safetensors") { $0.step = 4; $0.batch = 99_999 }
        Self.expectRefused(eptc(["run", "--resume", out]), "eptc.position batch 99999 is past the end of an epoch")
    }

    /// Counts no run reaches: refused as impossible, never a trap when the loop adds one to them.
    @Test func overflowingCheckpointPositionsAreRefused() throws {
        let out = try Self.stoppedRun("position-max")
        try Self.setPosition(out + "/last.safetensors") { $0.step = .max }
        Self.expectRefused(eptc(["run", "--resume", out]), "last.safetensors: eptc.position step is \(Int.max)")
        try Self.setPosition(out + "/last.safetensors") { $0.step = 4; $0.examplesSeen = .max }
        Self.expectRefused(eptc(["run", "--resume", out]), "eptc.position examplesSeen is \(Int.max)")
    }

    /// config.json edited to another task: the checkpoint says which run it came from.
    @Test func checkpointOfAnotherTaskIsRefused() throws {
        let out = try Self.stoppedRun("identity")
        let config = try String(contentsOfFile: out + "/config.json", encoding: .utf8)
        #expect(config.contains("\"task\" : \"cola\""))
        let data = try dataSlice("SST-2", train: 32, dev: 8)
        try config.replacingOccurrences(of: "\"task\" : \"cola\"", with: "\"task\" : \"sst2\"")
            .replacingOccurrences(of: Self.data, with: data)
            .write(toFile: out + "/config.json", atomically: true, encoding: .utf8)
        let resumed = eptc(["run", "--resume", out])
        Self.expectRefused(resumed, "was written by a run with another task: cola, but config.json says sst2")
        Self.expectRefused(eptc(["eval", "--run", out]), "was written by a run with another task: cola")
    }

    /// A value no flag allows, edited into config.json: named with its field, not found deep in the trainer.
    @Test func outOfRangeConfigValueIsNamed() throws {
        let out = try Self.stoppedRun("config-range")
        let config = try String(contentsOfFile: out + "/config.json", encoding: .utf8)
        try config.replacingOccurrences(of: "\"batchSize\" : 8", with: "\"batchSize\" : 0")
            .write(toFile: out + "/config.json", atomically: true, encoding: .utf8)
        Self.expectRefused(eptc(["eval", "--run", out]), "config.json: batchSize is 0; expected a whole number from 1")
        try "{\"task\": 3}".write(toFile: out + "/config.json", atomically: true, encoding: .utf8)
        Self.expectRefused(eptc(["run", "--resume", out]), "config.json: not a run configuration (field 'task': expected String)")
    }

    /// A loss that diverges before the first checkpoint names none.
    @Test func divergedLossBeforeAnyCheckpointSaysSo() throws {
        let out = try temporaryDirectory("diverged") + "/run"
        let rates = ["prompt", "head", "lowrank"].flatMap { ["--lr", "\($0)=1e30"] }
        let r = eptc(Self.arguments(out) + rates + ["--eval-every", "100"])
        Self.expectRefused(r, "No checkpoint was written yet")
        #expect(!r.stderr.contains("last.safetensors"), "\(r.stderr)")
    }

    @Test func resumeIntoAnotherFolderIsRefused() throws {
        let out = try Self.stoppedRun("resume-out")
        Self.expectRefused(eptc(["run", "--resume", out, "--out", out + "-elsewhere"]), "--out \(out)-elsewhere names another")
    }

    /// A moved data folder: an error, not the shipped data instead.
    @Test func missingRecordedDataIsAnError() throws {
        let data = try dataSlice("CoLA", train: 32, dev: 8)
        let out = try temporaryDirectory("moved") + "/run"
        let r = eptc(Self.arguments(out, data: data) + ["--interrupt-after", "4"])
        try #require(r.exitCode == 1, "\(r.stderr)")
        try FileManager.default.moveItem(atPath: data, toPath: data + "-moved")
        Self.expectRefused(eptc(["run", "--resume", out]), "\(data): the data folder does not exist")
        Self.expectRefused(eptc(["eval", "--run", out]), "\(data): the data folder does not exist")
    }

    /// A split the run read from its data folder, emptied or gone from it since: an error, not
    /// the shipped split in its place (the whole folder moved is `missingRecordedDataIsAnError`).
    @Test func splitGoneFromTheRecordedDataFolderIsAnError() throws {
        let data = try dataSlice("CoLA", train: 32, dev: 8)
        let out = try temporaryDirectory("split-gone") + "/run"
        let r = eptc(Self.arguments(out, data: data) + ["--interrupt-after", "4"])
        try #require(r.exitCode == 1, "\(r.stderr)")
        let dev = data + "/CoLA/dev.tsv"
        let devRows = try String(contentsOfFile: dev, encoding: .utf8)
        // Emptied: refused by eval as by run, naming the file.
        try "".write(toFile: dev, atomically: true, encoding: .utf8)
        Self.expectRefused(eptc(["eval", "--run", out]), "CoLA/dev.tsv: the dev split has no rows: nothing to evaluate")
        try FileManager.default.removeItem(atPath: dev)
        let expected = "read its dev split from its data folder, but \(data) no longer holds it"
        Self.expectRefused(eptc(["run", "--resume", out]), expected)
        Self.expectRefused(eptc(["eval", "--run", out]), expected)
        // The training split gone: said as such, not only as other data (a fingerprint).
        try devRows.write(toFile: dev, atomically: true, encoding: .utf8)
        try FileManager.default.moveItem(atPath: data + "/CoLA/train.tsv", toPath: data + "/train.tsv.moved")
        Self.expectRefused(eptc(["run", "--resume", out]), "read its train split from its data folder, but \(data) no longer holds it")
    }

    // MARK: Data

    @Test func badDataFoldersAreNamed() throws {
        let root = try temporaryDirectory("data-dirs")
        Self.expectRefused(eptc(Self.arguments(root + "/r1", data: root + "/nowhere")), "the data folder does not exist")
        try "x".write(toFile: root + "/file", atomically: true, encoding: .utf8)
        Self.expectRefused(eptc(Self.arguments(root + "/r2", data: root + "/file")), "the data folder is a file, not a folder")
        // A folder, and a link loop, where train.tsv should be: read (and refused), not skipped.
        let folder = root + "/folder/CoLA/train.tsv", loop = root + "/loop/CoLA"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        Self.expectRefused(eptc(Self.arguments(root + "/r3", data: root + "/folder")), "train.tsv: cannot read: a folder")
        try FileManager.default.createDirectory(atPath: loop, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: loop + "/train.tsv", withDestinationPath: loop + "/train.tsv")
        Self.expectRefused(eptc(Self.arguments(root + "/r4", data: root + "/loop")), "train.tsv: cannot read")
        // A link loop as the data folder itself.
        try FileManager.default.createSymbolicLink(atPath: root + "/self", withDestinationPath: root + "/self")
        Self.expectRefused(eptc(Self.arguments(root + "/r5", data: root + "/self")), "self: the data folder is a link that leads nowhere")
    }

    @Test func emptyDevFileIsRefused() throws {
        let data = try dataSlice("CoLA", train: 32, dev: 0)
        let root = try temporaryDirectory("empty-dev")
        Self.expectRefused(eptc(Self.arguments(root + "/run", data: data)), "CoLA/dev.tsv: the dev split has no rows")
    }

    /// A multi-megabyte row: refused with its size (or skipped), read in linear time.
    @Test func hugeRowIsABadRow() throws {
        let data = try dataSlice("CoLA", train: 32, dev: 8)
        let file = data + "/CoLA/train.tsv"
        let huge = "gj04\t1\t\t" + String(repeating: "the cat sat ", count: 200_000) + "\n"
        try (try String(contentsOfFile: file, encoding: .utf8) + huge).write(toFile: file, atomically: true, encoding: .utf8)
        let root = try temporaryDirectory("huge-row")
        Self.expectRefused(eptc(Self.arguments(root + "/a", data: data)), "train.tsv:33: 2400008 bytes, more than the 1 MiB a row may have")
        let skipped = eptc(Self.arguments(root + "/b", data: data) + ["--skip-bad-rows", "--max-steps", "1"])
        #expect(skipped.exitCode == 0, "\(skipped.stderr)")
        #expect(skipped.stdout.contains("train: skipped 1 malformed row"), "\(skipped.stdout)")
    }

    // MARK: Files eptc reads and writes

    @Test func pipeWhereAWeightsFileShouldBeIsRefused() throws {
        let out = try Self.stoppedRun("fifo")
        try FileManager.default.removeItem(atPath: out + "/last.safetensors")
        #expect(mkfifo(out + "/last.safetensors", 0o644) == 0)
        Self.expectRefused(eptc(["run", "--resume", out]), "last.safetensors: a pipe, not a regular file")
        try FileManager.default.removeItem(atPath: out + "/best.safetensors")
        #expect(mkfifo(out + "/best.safetensors", 0o644) == 0)
        Self.expectRefused(eptc(["eval", "--run", out]), "best.safetensors: a pipe, not a regular file")
    }

    /// `--output`: a regular file is replaced atomically, a link's target is replaced and the link
    /// kept, a device is written through (never replaced), a folder and the input are refused.
    @Test func predictionsGoWhereOutputPoints() throws {
        let out = try Self.stoppedRun("output")
        let input = Self.data + "/CoLA/dev.tsv"
        let root = try temporaryDirectory("outputs")
        let target = root + "/target.tsv", link = root + "/link.tsv"
        try "old".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let r = eptc(["predict", "--run", out, "--input", input, "--output", link])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target, "the link was replaced")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("0\t"))
        let null = eptc(["predict", "--run", out, "--input", input, "--output", "/dev/null"])
        #expect(null.exitCode == 0, "\(null.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null is no longer a device")
        Self.expectRefused(eptc(["predict", "--run", out, "--input", input, "--output", "/dev/full"]),
                           "cannot write '/dev/full': no space left on device")
        Self.expectRefused(eptc(["predict", "--run", out, "--input", input, "--output", root]), "it is a folder")
        Self.expectRefused(eptc(["predict", "--run", out, "--input", input, "--output", input]), "is the --input file")
    }

    /// `--output` naming a file the command reads (the run's checkpoint or config, the evaluated
    /// data file), in any spelling: refused before anything is written.
    @Test func outputNamingWhatIsReadIsRefused() throws {
        let out = try Self.stoppedRun("output-inputs")
        let input = Self.data + "/CoLA/dev.tsv"
        let rows = try Data(contentsOf: URL(fileURLWithPath: input))
        let before = try Data(contentsOf: URL(fileURLWithPath: out + "/best.safetensors"))
        Self.expectRefused(eptc(["predict", "--run", out, "--input", input, "--output", out + "/./best.safetensors"]),
                           "is the run's best checkpoint")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/best.safetensors")) == before)
        let link = try temporaryDirectory("output-link") + "/config-link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: out + "/config.json")
        Self.expectRefused(eptc(["eval", "--run", out, "--output", link]), "is the run's config.json")
        Self.expectRefused(eptc(["eval", "--run", out, "--output", input]), "is the dev data file")
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == rows)
    }

    /// A resumed run's log is read like every input: a pipe there is refused, not replaced by an
    /// empty log nor waited on.
    @Test func pipeWhereTheLogShouldBeIsRefused() throws {
        let out = try Self.stoppedRun("fifo-log")
        try FileManager.default.removeItem(atPath: out + "/log.jsonl")
        #expect(mkfifo(out + "/log.jsonl", 0o644) == 0)
        Self.expectRefused(eptc(["run", "--resume", out]), "log.jsonl: cannot read: a pipe, not a regular file")
        var info = stat()
        #expect(lstat(out + "/log.jsonl", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    /// The run folder's own files are read like every input: a pipe is refused, never waited on.
    @Test func pipeWhereConfigShouldBeIsRefused() throws {
        let out = try Self.stoppedRun("fifo-config")
        try FileManager.default.removeItem(atPath: out + "/config.json")
        #expect(mkfifo(out + "/config.json", 0o644) == 0)
        Self.expectRefused(eptc(["eval", "--run", out]), "config.json: cannot read: a pipe, not a regular file")
    }

    /// File-system errors in words, not Foundation's "The operation could not be completed".
    @Test func writeErrorsAreSaidInWords() {
        #expect(describeWriteError(NSError(domain: NSCocoaErrorDomain, code: NSFileWriteVolumeReadOnlyError))
                == "read-only file system")
        let posix = NSError(domain: NSCocoaErrorDomain, code: NSFileWriteUnknownError,
                            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(describeWriteError(posix) == "no space left on device")
    }

    /// Nothing to predict is said, not an empty success.
    @Test func emptyPredictInputIsRefused() throws {
        let out = try Self.stoppedRun("empty-input")
        let root = try temporaryDirectory("empty-input")
        try "".write(toFile: root + "/empty.tsv", atomically: true, encoding: .utf8)
        Self.expectRefused(eptc(["predict", "--run", out, "--input", root + "/empty.tsv"]), "empty.tsv: no rows to predict")
    }

    // MARK: Ownership of a run folder

    @Test func aRunFolderHasOneOwner() throws {
        let out = try Self.stoppedRun("lock")
        var lock: RunFolderLock? = try RunFolder(path: out).lock()
        Self.expectRefused(eptc(["run", "--resume", out]), "is in use by another eptc process (pid \(getpid()))")
        // Readers do not need it.
        #expect(eptc(["eval", "--run", out]).exitCode == 0)
        lock = nil
        _ = lock
        // The lock file left behind (as after kill -9) does not block.
        #expect(FileManager.default.fileExists(atPath: out + "/" + RunFolderLock.fileName))
        let resumed = eptc(["run", "--resume", out])
        #expect(resumed.exitCode == 0, "\(resumed.stderr)")
    }

    /// Two new runs started at once on one folder: the second hears that the folder is in use
    /// (not that it is someone else's), whatever the first has written so far.
    @Test func aNewRunInALockedFolderIsToldItIsInUse() throws {
        let out = try temporaryDirectory("lock-new") + "/run"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let lock = try RunFolder(path: out).lock()
        try "{}\n".write(toFile: out + "/log.jsonl", atomically: true, encoding: .utf8)  // the first run's, so far
        Self.expectRefused(eptc(Self.arguments(out)), "is in use by another eptc process (pid \(getpid()))")
        withExtendedLifetime(lock) {}
    }

    /// A link planted as the lock file is refused, and its target is not touched.
    @Test func aLinkPlantedAsTheLockIsRefused() throws {
        let root = try temporaryDirectory("lock-link")
        let out = root + "/run", victim = root + "/victim.txt"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "keep me".write(toFile: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: out + "/" + RunFolderLock.fileName, withDestinationPath: victim)
        Self.expectRefused(eptc(Self.arguments(out)), "cannot lock the run folder")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    }

    @Test func someoneElsesFolderIsNotARunFolder() throws {
        let out = try temporaryDirectory("foreign")
        try "{}\n".write(toFile: out + "/log.jsonl", atomically: true, encoding: .utf8)
        try "{}".write(toFile: out + "/summary.json", atomically: true, encoding: .utf8)
        Self.expectRefused(eptc(Self.arguments(out)), "is not empty (log.jsonl, summary.json) and holds no eptc run")
        #expect(try String(contentsOfFile: out + "/log.jsonl", encoding: .utf8) == "{}\n")
    }
}
