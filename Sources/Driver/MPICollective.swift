import CMPI
import Foundation
import Runtime
import Support
import Trainer

/// `Collective` on Open MPI's MPI_COMM_WORLD, for `eptc run --distributed` under `mpirun`.
/// The library is dlopened here, on the first --distributed run, and never otherwise (CMPI).
final class MPICollective: Collective {
    let rank: Int
    let size: Int
    /// Ranks on this machine (Open MPI's OMPI_COMM_WORLD_LOCAL_SIZE; 1 when unset).
    let localSize: Int
    let libraryVersion: String

    private init(rank: Int, size: Int, localSize: Int, libraryVersion: String) {
        self.rank = rank
        self.size = size
        self.localSize = localSize
        self.libraryVersion = libraryVersion
    }

    /// Loads libmpi and joins the job (MPI_Init_thread). A process started without `mpirun` is a
    /// job of one rank.
    static func start(environment: [String: String]) throws -> MPICollective {
        var error = [CChar](repeating: 0, count: 512)
        guard eptc_mpi_load(environment["EPTC_MPI_LIBRARY"], &error, error.count) == 0 else {
            throw UserError("--distributed: cannot load Open MPI (\(String(cString: error))). Install it (Debian and "
                            + "Ubuntu: apt-get install openmpi-bin; `make deps` does) or set EPTC_MPI_LIBRARY to the "
                            + "path of its libmpi.so.40, and start eptc with mpirun -np N")
        }
        var rank: Int32 = 0, size: Int32 = 0
        let rc = eptc_mpi_init(&rank, &size)
        guard rc == 0 else { throw UserError("--distributed: MPI_Init_thread failed: \(errorText(rc))") }
        var version = [CChar](repeating: 0, count: 512)
        _ = eptc_mpi_library_version(&version, version.count)
        let local = environment["OMPI_COMM_WORLD_LOCAL_SIZE"].flatMap { Int($0) } ?? 1
        let text = String(cString: version).split(separator: ",").first.map(String.init) ?? "Open MPI"
        return MPICollective(rank: Int(rank), size: Int(size), localSize: max(1, local), libraryVersion: text)
    }

    func allReduceSum(_ values: inout [Float]) throws {
        guard !values.isEmpty else { return }
        let rc = values.withUnsafeMutableBufferPointer { eptc_mpi_allreduce_sum_float($0.baseAddress, Int64($0.count)) }
        try check(rc, "MPI_Allreduce")
    }

    func allReduceSum(_ values: inout [Double]) throws {
        guard !values.isEmpty else { return }
        let rc = values.withUnsafeMutableBufferPointer { eptc_mpi_allreduce_sum_double($0.baseAddress, Int64($0.count)) }
        try check(rc, "MPI_Allreduce")
    }

    func allReduceMax(_ values: inout [UInt64]) throws {
        guard !values.isEmpty else { return }
        let rc = values.withUnsafeMutableBufferPointer { eptc_mpi_allreduce_max_u64($0.baseAddress, Int64($0.count)) }
        try check(rc, "MPI_Allreduce")
    }

    /// The length first (8 bytes), then the bytes: receivers size their buffer from it.
    func broadcast(_ bytes: inout [UInt8], root: Int) throws {
        var length = UInt64(bytes.count)
        try check(eptc_mpi_bcast_bytes(&length, 8, Int32(root)), "MPI_Bcast")
        if rank != root { bytes = [UInt8](repeating: 0, count: Int(length)) }
        guard length > 0 else { return }
        let rc = bytes.withUnsafeMutableBytes { eptc_mpi_bcast_bytes($0.baseAddress, Int64($0.count), Int32(root)) }
        try check(rc, "MPI_Bcast")
    }

    /// The normal end of a job: every rank calls it.
    func finalize() { _ = eptc_mpi_finalize() }

    /// Stops every rank of the job (one rank failed alone; the others would wait for it forever).
    func abort(code: Int32) -> Never {
        eptc_mpi_abort(code)
        fatalError("MPI_Abort returned")
    }

    private func check(_ rc: Int32, _ call: String) throws {
        guard rc != 0 else { return }
        throw UserError("rank \(rank): \(call) failed: \(Self.errorText(rc))")
    }

    static func errorText(_ rc: Int32) -> String {
        var text = [CChar](repeating: 0, count: 512)
        eptc_mpi_error_string(rc, &text, text.count)
        return String(cString: text)
    }
}

/// Threads for one process: the user's `--threads`, else the cores this process may run on (its
/// affinity mask: mpirun binds each rank to a core or a socket) shared evenly with the other
/// ranks on the machine.
func threadBudget(requested: Int, localRanks: Int) -> Int {
    if requested > 0 { return requested }
    let online = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    return max(1, min(ThreadPool.affinityCPUCount() ?? online, online / max(1, localRanks)))
}
