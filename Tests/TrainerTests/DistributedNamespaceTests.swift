import Foundation
import TestSupport
import Testing
@testable import Trainer

/// Data-parallel training across "machines" for real: two Linux network namespaces on this host,
/// each with its own address, joined by a veth pair and nothing else (no route leaves them).
/// mpirun starts in the first; Open MPI reaches the second through a launch agent that runs its
/// daemon under `ip netns exec`, and the ranks talk over TCP on the pair's subnet only
/// (`btl tcp,self`, `*_if_include` the subnet). Needs root, iproute2 and Open MPI; skipped, saying
/// which is missing, elsewhere.
@Suite(.serialized, .enabled(if: NamespaceLab.unavailableReason == nil,
                              Comment(rawValue: NamespaceLab.unavailableReason ?? "")))
struct DistributedNamespaceTests {
    /// Two ranks, one per namespace, against a single process (the tolerances of the loopback test).
    @Test func ranksInTwoNamespacesMatchASingleProcess() throws {
        let lab = try NamespaceLab()
        defer { lab.close() }
        let root = try temporaryDirectory("netns-dp")
        let single = try MPIRun.eptc(DistributedTrainingTests.bert(root + "/single"), logs: root + "/single")
        try #require(single.status == 0, "\(single.stderr)")
        let r = try MPIRun.run(lab.ip, lab.mpirun(DistributedTrainingTests.bert(root + "/two") + ["--distributed"]),
                               logs: root + "/two", timeout: 600)
        try #require(r.status == 0, "\(r.stderr)\n\(r.stdout)")
        #expect(r.stdout.contains("data-parallel: 2 ranks"), "\(r.stdout)")
        let run = try RunRecord(root + "/two")
        #expect(run.losses.count == 8)
        DistributedTrainingTests.expectClose(run, try RunRecord(root + "/single"), "2 namespaces (BERT)", largestRate: 3e-2)
    }

    /// The rank in the second namespace is killed after the first checkpoint: the job stops,
    /// naming the lost rank, and one process resumes the run to its end.
    @Test func losingAMachineStopsTheJobAndOneProcessFinishesIt() throws {
        let lab = try NamespaceLab()
        defer { lab.close() }
        let root = try temporaryDirectory("netns-kill")
        let steps = 200
        let arguments = DistributedTrainingTests.bert(root + "/victim", steps: steps, evalEvery: 20) + ["--distributed"]
        let started = Date()
        let job = try MPIRun.start(lab.ip, lab.mpirun(arguments), logs: root + "/victim")
        var victim: pid_t?
        let deadline = started.addingTimeInterval(600)
        while job.isRunning && Date() < deadline {
            if FileManager.default.fileExists(atPath: root + "/victim/last.safetensors"), let pid = lab.rankProcess(1) {
                victim = pid
                kill(pid, SIGKILL)
                break
            }
            usleep(2_000)
        }
        let ended = MPIRun.finish(job, logs: root + "/victim", started: started, timeout: 900)
        try #require(victim != nil, "the job ended before rank 1 could be killed: \(ended.stdout)\n\(ended.stderr)")
        #expect(ended.status != 0)
        let said = ended.stdout + ended.stderr
        #expect(said.contains("rank 1") && said.contains("10.77"), "the message does not name the lost rank: \(said)")
        #expect(!FileManager.default.fileExists(atPath: root + "/victim/summary.json"))

        let resumed = try MPIRun.eptc(["run", "--resume", root + "/victim"], logs: root + "/resumed")
        try #require(resumed.status == 0, "\(resumed.stderr)")
        let logged = RunLog.records(at: root + "/victim/log.jsonl").compactMap { r -> Int? in
            r["loss"] != nil ? (r["step"] as? NSNumber)?.intValue : nil
        }
        #expect(logged == Array(1...steps), "steps logged: \(logged.count)")
    }
}

/// Two network namespaces `<prefix>-a` and `<prefix>-b` joined by a veth pair on
/// 10.77.<n>.0/24 (.1 and .2), and the launch agent that maps each address to its namespace.
/// Everything it creates is removed by `close()` (deleting a namespace deletes its veth end).
final class NamespaceLab {
    let ip: String
    let namespaces: [String]
    let addresses: [String]
    let subnet: String
    let agent: String
    /// Marks this lab's processes, to find a rank by its environment.
    let job = UUID().uuidString

    /// Why these tests cannot run here, or nil: they need root, `ip`, `mpirun`, and a namespace.
    static let unavailableReason: String? = {
        guard getuid() == 0 else { return "network namespaces need root" }
        guard let ip = MPIRun.executable("ip") ?? ["/usr/sbin/ip", "/sbin/ip"].first(where: FileManager.default.isExecutableFile)
        else { return "iproute2 (ip) is not installed" }
        guard MPIRun.mpirun != nil else { return MPIRun.skipMessage }
        let probe = "eptc-probe-\(getpid())"
        guard NamespaceLab.shell(ip, ["netns", "add", probe]) else { return "ip netns add is refused here" }
        _ = NamespaceLab.shell(ip, ["netns", "del", probe])
        return nil
    }()

    init() throws {
        ip = MPIRun.executable("ip") ?? "/usr/sbin/ip"
        let n = Int(getpid() % 200) + 20
        let prefix = "eptc\(getpid())"
        namespaces = [prefix + "a", prefix + "b"]
        addresses = ["10.77.\(n).1", "10.77.\(n).2"]
        subnet = "10.77.\(n).0/24"
        agent = NSTemporaryDirectory() + "eptc-netns-agent-\(prefix).sh"
        let veth = ["ev\(getpid() % 100_000)a", "ev\(getpid() % 100_000)b"]
        var commands: [[String]] = [["netns", "add", namespaces[0]], ["netns", "add", namespaces[1]]]
        commands.append(["link", "add", veth[0], "type", "veth", "peer", "name", veth[1]])
        for k in 0..<2 {
            commands.append(["link", "set", veth[k], "netns", namespaces[k]])
            commands.append(["-n", namespaces[k], "addr", "add", addresses[k] + "/24", "dev", veth[k]])
            commands.append(["-n", namespaces[k], "link", "set", veth[k], "up"])
            commands.append(["-n", namespaces[k], "link", "set", "lo", "up"])
        }
        for command in commands where !Self.shell(ip, command) {
            close()
            throw TrainerError("cannot set up the namespaces: ip \(command.joined(separator: " ")) failed")
        }
        // Open MPI runs `AGENT HOST COMMAND…` to start its daemon on HOST.
        let script = """
            #!/bin/sh
            host=$1; shift
            case "$host" in
              \(addresses[0])) ns=\(namespaces[0]) ;;
              \(addresses[1])) ns=\(namespaces[1]) ;;
              *) echo "netns agent: unknown host $host" >&2; exit 1 ;;
            esac
            exec \(ip) netns exec "$ns" /bin/sh -c "$*"

            """
        try script.write(toFile: agent, atomically: true, encoding: .utf8)
        chmod(agent, 0o755)
    }

    /// `ip netns exec A mpirun … eptc ARGUMENTS`: one rank per namespace, TCP on the subnet only.
    func mpirun(_ arguments: [String]) -> [String] {
        ["netns", "exec", namespaces[0], MPIRun.mpirun ?? "mpirun", "--oversubscribe",
         "-host", addresses.map { $0 + ":1" }.joined(separator: ","), "-np", "2",
         "--mca", "plm_rsh_agent", agent, "--mca", "btl", "tcp,self",
         "--mca", "btl_tcp_if_include", subnet, "--mca", "oob_tcp_if_include", subnet,
         "-x", "EPTC_NETNS_JOB=\(job)", eptcExecutable.path] + arguments
    }

    /// The pid of this lab's `rank`, wherever it runs (remote ranks are not children of mpirun).
    func rankProcess(_ rank: Int) -> pid_t? {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        for entry in entries {
            guard let pid = pid_t(entry), let environ = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { continue }
            let vars = Set(environ.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
            if vars.contains("EPTC_NETNS_JOB=\(job)") && vars.contains("OMPI_COMM_WORLD_RANK=\(rank)") { return pid }
        }
        return nil
    }

    func close() {
        for ns in namespaces { _ = Self.shell(ip, ["netns", "del", ns]) }
        try? FileManager.default.removeItem(atPath: agent)
    }

    @discardableResult
    static func shell(_ executable: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
