import Foundation
import Support
import TestSupport
import Testing
@testable import Trainer

/// Data-parallel training across "machines" for real: two Linux network namespaces on this host,
/// each with its own hostname and address, joined by a veth pair and nothing else (no route leaves
/// them). mpirun starts in the first; Open MPI starts its daemon in the second through a launch
/// agent that does what ssh would, and the ranks talk over TCP on the pair's subnet only. Needs
/// root, iproute2, unshare and Open MPI; skipped elsewhere, saying which is missing.
@Suite(.serialized, .enabled(if: NamespaceLab.unavailableReason == nil,
                              Comment(rawValue: NamespaceLab.unavailableReason ?? "")))
struct DistributedNamespaceTests {
    /// One rank per namespace against a single process (the tolerances of the loopback test), and
    /// the gradients went over the veth pair.
    @Test func ranksInTwoNamespacesMatchASingleProcess() throws {
        let lab = try NamespaceLab()
        defer { lab.close() }
        let root = try temporaryDirectory("netns-dp")
        let single = try MPIRun.eptc(DistributedTrainingTests.bert(root + "/single"), logs: root + "/single")
        try #require(single.status == 0, "\(single.stderr)")
        let sentBefore = try lab.bytesSent(byMachine: 1)
        let r = try lab.mpirun(DistributedTrainingTests.bert(root + "/two") + ["--distributed"], logs: root + "/two")
        try #require(r.status == 0, "\(r.stderr)\n\(r.stdout)")
        // Open MPI placed one rank on each machine.
        #expect(r.stdout.contains("data-parallel: 2 ranks (1 on this machine"), "\(r.stdout)")
        let run = try RunRecord(root + "/two")
        #expect(run.losses.count == 8)
        // Each step all-reduces the trainable gradients; whatever the algorithm, rank 1 sends at
        // least half of them (4-byte floats), and its only way out is the veth.
        let trainable = run.state.filter { DistributedTrainingTests.isFirstMoment($0.key) }.reduce(0) { $0 + $1.value.count }
        let sent = try lab.bytesSent(byMachine: 1) - sentBefore
        print("2 namespaces: rank 1 sent \(sent) bytes over the veth (\(trainable) trainable values, 8 steps), \(r.seconds) s")
        #expect(trainable > 0 && sent >= 8 * trainable * 4 / 2, "rank 1 sent \(sent) bytes for \(trainable) values")
        DistributedTrainingTests.expectClose(run, try RunRecord(root + "/single"), "2 namespaces (BERT)", largestRate: 3e-2)
    }

    /// The rank in the second namespace is killed after the first checkpoint: the job stops
    /// within seconds (two minutes allowed, as on loopback), naming the lost rank and its machine, and
    /// one process resumes it to the end.
    @Test func losingAMachineStopsTheJobAndOneProcessFinishesIt() throws {
        let lab = try NamespaceLab()
        defer { lab.close() }
        let root = try temporaryDirectory("netns-kill")
        let steps = 200
        let folder = root + "/victim"
        let started = Date()
        let job = try lab.startMPIRun(DistributedTrainingTests.bert(folder, steps: steps, evalEvery: 20) + ["--distributed"],
                                      logs: folder)
        let victim = lab.killRank(1, onMachine: 1, of: job, once: folder + "/last.safetensors",
                                  deadline: started.addingTimeInterval(NamespaceLab.timeout))
        let killedAt = Date()
        let ended = MPIRun.finish(job, logs: folder, started: started, timeout: NamespaceLab.timeout + 60)
        try #require(victim != nil, "the job ended before rank 1 could be killed: \(ended.stdout)\n\(ended.stderr)")
        let said = ended.stdout + ended.stderr
        print("netns rank loss: stopped \(ended.seconds - killedAt.timeIntervalSince(started)) s after the kill: "
              + (said.split(separator: "\n").first { $0.contains("rank 1") } ?? "no line names rank 1"))
        #expect(ended.status != 0)
        #expect(ended.seconds - killedAt.timeIntervalSince(started) < 120, "the job took too long to stop")
        #expect(said.contains("process rank 1") && said.contains("on node \(lab.hostnames[1])") && said.contains("signal 9"),
                "the message does not name the lost rank and its machine: \(said)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/summary.json"))

        let resumed = try MPIRun.eptc(["run", "--resume", folder], logs: root + "/resumed")
        try #require(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("resume: step "), "\(resumed.stdout)")
        let logged = RunLog.records(at: folder + "/log.jsonl").compactMap { r -> Int? in
            r["loss"] != nil ? r["step"]?.intValue : nil
        }
        #expect(logged == Array(1...steps), "steps logged: \(logged.count)")
        #expect(FileManager.default.fileExists(atPath: folder + "/summary.json"))
    }

    /// What a failed test leaves running in a namespace ends with the lab, and nothing it made remains.
    @Test func closingTheLabRemovesEverythingItMade() throws {
        let lab = try NamespaceLab()
        defer { lab.close() }
        let ip = try #require(NamespaceLab.ipPath)
        let logs = try temporaryDirectory("netns-close") + "/sleeper"
        let started = Date()
        let sleeper = try MPIRun.start(ip, ["netns", "exec", lab.namespaces[1], "sleep", "600"], logs: logs)
        while lab.processes(in: lab.namespaces[1]).isEmpty && sleeper.isRunning && Date() < started.addingTimeInterval(30) {
            usleep(10_000)
        }
        try #require(!lab.processes(in: lab.namespaces[1]).isEmpty, "the sleeper never ran in \(lab.namespaces[1])")
        lab.close()
        let ended = MPIRun.finish(sleeper, logs: logs, started: started, timeout: 30)
        #expect(ended.signaled, "the process left in the namespace was not ended")
        let listed = try MPIRun.run(ip, ["netns", "list"], logs: logs + "-list", timeout: 30)
        #expect(!lab.namespaces.contains { listed.stdout.contains($0) }, "\(listed.stdout)")
        #expect(!FileManager.default.fileExists(atPath: lab.folder))
    }
}

/// Two "machines": network namespaces `eptc-<pid>-<random>-a` and `-b`, each with a veth end
/// (10.77.0.1/24 and 10.77.0.2/24, created inside them, so nothing appears on the host's own
/// network) and, for the processes started in it, its own hostname (`eptc-machine-a`, `-b`, set
/// in a private UTS namespace). `close()` ends every process left in them and deletes them, which
/// deletes the veth pair; the agent script lives in a folder it removes too.
final class NamespaceLab {
    /// ip lives in sbin, which a non-login PATH may lack.
    static let ipPath = MPIRun.executable("ip") ?? ["/usr/sbin/ip", "/sbin/ip"].first(where: isExecutable)
    static let unsharePath = MPIRun.executable("unshare") ?? ["/usr/bin/unshare"].first(where: isExecutable)
    private static func isExecutable(_ path: String) -> Bool { FileManager.default.isExecutableFile(atPath: path) }
    static let subnet = "10.77.0.0/24"
    /// The bound on every run's wait; the tests take seconds.
    static let timeout = 300.0

    let namespaces: [String]
    let hostnames = ["eptc-machine-a", "eptc-machine-b"]
    let addresses = ["10.77.0.1", "10.77.0.2"]
    let veths = ["eptc0", "eptc1"]
    let folder: String
    private let ip: String
    private let unshare: String
    private var closed = false

    /// Why these tests cannot run here, or nil: they need root, `ip`, `unshare`, `mpirun`, and
    /// the kernel (or container) must allow building a lab.
    static let unavailableReason: String? = {
        guard getuid() == 0 else { return "network namespaces need root" }
        guard ipPath != nil else { return "iproute2 (ip) is not installed" }
        guard unsharePath != nil else { return "unshare (util-linux) is not installed" }
        guard MPIRun.mpirun != nil else { return MPIRun.skipMessage }
        do {
            let lab = try NamespaceLab()
            defer { lab.close() }
            _ = try lab.command(["netns", "exec", lab.namespaces[1]] + lab.onMachine(1, ["true"]))
        } catch {
            return "two network namespaces cannot be built here: \(error)"
        }
        return nil
    }()

    init() throws {
        guard let ip = Self.ipPath, let unshare = Self.unsharePath else {
            throw UserError("ip or unshare is not installed")
        }
        self.ip = ip
        self.unshare = unshare
        let prefix = "eptc-\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
        namespaces = [prefix + "-a", prefix + "-b"]
        folder = try temporaryDirectory("netns-lab")
        do {
            try build()
            try writeAgent()
        } catch {
            close()
            throw error
        }
    }

    /// `ip -n NS …` runs one ip command inside NS. The veth pair is created in the first
    /// namespace with its peer placed straight into the second.
    private func build() throws {
        for ns in namespaces { try command(["netns", "add", ns]) }
        try command(["-n", namespaces[0], "link", "add", veths[0], "type", "veth",
                     "peer", "name", veths[1], "netns", namespaces[1]])
        for k in 0..<2 {
            try command(["-n", namespaces[k], "addr", "add", addresses[k] + "/24", "dev", veths[k]])
            try command(["-n", namespaces[k], "link", "set", veths[k], "up"])
            try command(["-n", namespaces[k], "link", "set", "lo", "up"])
        }
    }

    /// Open MPI runs `AGENT HOST COMMAND…` to start its daemon on HOST, as it would run ssh: the
    /// command arrives as words for a shell. HOST is one of our hostnames, never anything else.
    private func writeAgent() throws {
        let cases = (0..<2).map { "  \(hostnames[$0])) ns=\(namespaces[$0]) ;;" }.joined(separator: "\n")
        let script = """
            #!/bin/sh
            host=$1; shift
            case "$host" in
            \(cases)
              *) echo "netns agent: unknown host $host" >&2; exit 1 ;;
            esac
            exec \(ip) netns exec "$ns" \(unshare) --uts /bin/sh -c "hostname $host && $*"

            """
        try script.write(toFile: agent, atomically: true, encoding: .utf8)
        guard chmod(agent, 0o755) == 0 else { throw UserError("cannot make \(agent) executable") }
    }

    var agent: String { folder + "/agent.sh" }

    /// `unshare --uts sh -c 'hostname NAME && exec "$@"' NAME COMMAND…`: COMMAND with machine's
    /// hostname, its arguments passed through as they are.
    func onMachine(_ machine: Int, _ command: [String]) -> [String] {
        [unshare, "--uts", "/bin/sh", "-c", "hostname \"$0\" && exec \"$@\"", hostnames[machine]] + command
    }

    /// `ip netns exec A … mpirun … eptc ARGUMENTS`: one rank per machine, the second's daemon
    /// started through the agent, TCP on the subnet only (the out-of-band channel too).
    func mpirunArguments(_ arguments: [String]) -> [String] {
        ["netns", "exec", namespaces[0]] + onMachine(0, [
            MPIRun.mpirun ?? "mpirun", "--oversubscribe", "-np", "2",
            "-host", hostnames.map { $0 + ":1" }.joined(separator: ","),
            "--mca", "plm_rsh_agent", agent, "--mca", "btl", "tcp,self",
            "--mca", "btl_tcp_if_include", Self.subnet, "--mca", "oob_tcp_if_include", Self.subnet,
            eptcExecutable.path] + arguments)
    }

    func startMPIRun(_ arguments: [String], logs: String) throws -> Process {
        try MPIRun.start(ip, mpirunArguments(arguments), logs: logs)
    }

    func mpirun(_ arguments: [String], logs: String) throws -> MPIRun.Result {
        try MPIRun.run(ip, mpirunArguments(arguments), logs: logs, timeout: Self.timeout)
    }

    /// Once `checkpoint` exists, SIGKILLs the eptc of `rank` found among the processes of
    /// `machine`'s namespace (so it ran there); nil if `job` ended or the deadline passed first.
    func killRank(_ rank: Int, onMachine machine: Int, of job: Process, once checkpoint: String, deadline: Date) -> pid_t? {
        let isRank = { (pid: pid_t) in Self.environment(of: pid).contains("OMPI_COMM_WORLD_RANK=\(rank)") }
        while job.isRunning && Date() < deadline {
            if FileManager.default.fileExists(atPath: checkpoint),
               let pid = processes(in: namespaces[machine]).first(where: isRank) {
                kill(pid, SIGKILL)
                return pid
            }
            usleep(2_000)
        }
        return nil
    }

    /// Bytes sent by `machine`'s veth end so far.
    func bytesSent(byMachine machine: Int) throws -> Int {
        let json = try command(["-n", namespaces[machine], "-s", "-j", "link", "show", "dev", veths[machine]])
        let links = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        let stats = links?.first?["stats64"] as? [String: Any]
        guard let bytes = (stats?["tx"] as? [String: Any])?["bytes"] as? NSNumber else {
            throw UserError("no byte count for \(veths[machine]) in: \(json)")
        }
        return bytes.intValue
    }

    /// Ends every process still in the namespaces (a rank or daemon a failed test left: deleting a
    /// namespace does not end them), then deletes the namespaces (and so the veth pair). Once only.
    func close() {
        guard !closed else { return }
        closed = true
        for ns in namespaces {
            for pid in processes(in: ns) { kill(pid, SIGKILL) }
            _ = try? command(["netns", "del", ns])
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    func processes(in namespace: String) -> [pid_t] {
        guard let listed = try? command(["netns", "pids", namespace]) else { return [] }
        return listed.split(whereSeparator: \.isWhitespace).compactMap { pid_t($0) }
    }

    private static func environment(of pid: pid_t) -> [String] {
        guard let environ = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return [] }
        return environ.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `ip ARGUMENTS…`, bounded to 30 s: its output, or an error with what ip said.
    @discardableResult
    func command(_ arguments: [String]) throws -> String {
        let r = try MPIRun.run(ip, arguments, logs: folder + "/ip", timeout: 30)
        guard r.status == 0 else {
            let said = r.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            throw UserError("ip \(arguments.joined(separator: " ")) failed: \(said)")
        }
        return r.stdout
    }
}
