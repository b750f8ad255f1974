import Foundation
import Models
#if canImport(Glibc)
import Glibc
import Support
#endif

/// Writes a file the user names (`--output`, `-o`, dumps) through eptc's one writer
/// (`OutputFile`: regular files replaced atomically, links followed, pipes and devices written
/// through, folders refused); a failure is the user's (exit 1), naming the path.
func writeOutput(_ text: String, to path: String) throws {
    try writeOutput(Array(text.utf8), to: path)
}

func writeOutput<Bytes: Collection<UInt8>>(_ bytes: Bytes, to path: String) throws {
    do {
        try OutputFile.write(bytes, to: path)
    } catch let failure as OutputFile.Failure {
        throw UserError(failure.description)
    }
}

/// Whether two paths name the same file (after links and other spellings): device and inode.
func sameFile(_ a: String, _ b: String) -> Bool {
    var x = stat(), y = stat()
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino
}

/// Refuses an `--output` that is one of the files the command reads (its input, the run's
/// configuration, checkpoints or log): writing it would replace what it was computed from.
func checkOutput(_ output: String, against inputs: [(path: String, role: String)]) throws {
    for input in inputs where sameFile(output, input.path) {
        throw UserError("--output \(output) is \(input.role) (\(input.path)): writing the predictions would replace it")
    }
}
