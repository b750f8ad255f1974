import ArgumentParser
import Foundation
import Runtime
import Support
import Trainer

/// `mpirun -np N eptc run … --distributed`: one rank of a data-parallel job (Sources/Trainer/DataParallel).
/// Every rank resolves the same configuration, reads the same data and compiles the same programs
/// for its share of the batch; rank 0 alone prints, reads the run folder and writes it.
///
/// How a job ends: normally, every rank finalizes MPI. An error every rank raises at the same point
/// (UserError.collective: ranks that disagree, a diverged loss) is printed by rank 0 alone and
/// the job ends with rank 0's exit code 1. Any other error is one rank's alone — its peers would wait for it in the
/// next all-reduce forever — so that rank prints it and calls MPI_Abort, which stops the whole job;
/// a rank that dies (killed, crashed) is noticed by mpirun, which stops the others the same way.
extension RunCommand {
    func executeDistributed(_ output: inout CommandOutput) throws {
        let mpi = try MPICollective.start(environment: output.environment)
        // Ranks other than 0 keep quiet unless they fail alone.
        let console = Console(output: mpi.rank == 0 ? output : CommandOutput(environment: output.environment))
        do {
            try trainDistributed(mpi, console: console)
        } catch {
            console.finishProgress()
            let (code, message) = classify(error)
            if (error as? UserError)?.collective == true {
                // Rank 0 prints before MPI_Finalize (which waits for every rank), so the message is
                // out before any rank exits; the others exit 0, so that mpirun waits for rank 0's
                // exit code instead of stopping the job at the first non-zero one.
                if mpi.rank == 0 {
                    output = console.output
                    output.printError(message)
                }
                mpi.finalize()
                if mpi.rank == 0 { throw ExitCode(code) }
                return
            }
            let who = mpi.size > 1 ? "rank \(mpi.rank) (\(ProcessInfo.processInfo.hostName)): " : ""
            FileHandle.standardError.write(Data((who + message + "\n").utf8))
            mpi.abort(code: code)
        }
        if mpi.rank == 0 { output = console.output }
        mpi.finalize()
    }

    private func trainDistributed(_ mpi: MPICollective, console: Console) throws {
        let env = console.output.environment
        let resources = try Resources.locate(env)
        // A resumed run's saved configuration comes from rank 0 (one broadcast): only rank 0 needs
        // the run folder.
        var saved: RunConfiguration?
        if let resume {
            var bytes: [UInt8] = []
            if mpi.rank == 0 {
                let folder = RunFolder(path: resume)
                guard folder.hasRun else { throw UserError("--resume \(resume): no run there (no config.json)") }
                bytes = [UInt8](try trainerCall { try RunConfiguration.load(path: folder.configuration) }.encoded())
            }
            try mpi.broadcast(&bytes, root: 0)
            guard let decoded = try? JSONDecoder().decode(RunConfiguration.self, from: Data(bytes)) else {
                throw UserError("rank \(mpi.rank): rank 0's saved configuration does not decode")
            }
            saved = decoded
        }
        let (configuration, folder) = try resolve(resources: resources, env: env, savedConfiguration: saved,
                                                  readsFolder: mpi.rank == 0)
        // Rank 0 alone writes the folder, so it alone holds the lock.
        let lock = mpi.rank == 0 ? try trainerCall { () throws -> RunFolderLock in
            try folder.prepare()
            let lock = try folder.lock()
            if resume == nil { try folder.checkEmptyForNewRun() }
            return lock
        } : nil
        defer { withExtendedLifetime(lock) {} }
        let threads = threadBudget(requested: configuration.threads, localRanks: mpi.localSize)
        BLASSetup.limitThreads(to: threads)
        let parallel = try trainerCall { try DataParallel(collective: mpi, globalBatchSize: configuration.batchSize) }
        console.line("data-parallel: \(mpi.size) rank\(mpi.size == 1 ? "" : "s") (\(mpi.localSize) on this machine, "
                     + "\(threads) thread\(threads == 1 ? "" : "s") each; \(mpi.libraryVersion)), "
                     + "\(parallel.localBatchSize) of each batch's \(configuration.batchSize) examples per rank")
        var execution = RunExecution(bucketCount: options.bucketCount, noCache: options.noCache, interruptAfter: interruptAfter)
        execution.gemm = options.gemm
        try trainerCall {
            _ = try execution.train(configuration, folder: folder, resources: resources, resuming: resume != nil,
                                    console: console, parallel: parallel)
        }
        console.finishProgress()
    }
}
