import Dispatch
import Foundation

/// A request to stop training at the next step boundary, from SIGINT (Ctrl-C) or SIGTERM: the run
/// finishes the step it is in, writes `last.safetensors`, says how to resume and exits 130 or 143,
/// instead of dying mid-step and losing what it did since the last evaluation. A second SIGINT
/// quits at once (the last checkpoint on disk stays valid: writes are atomic).
public final class StopRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []

    public init() {}

    /// The signal that asked for the stop, if one did.
    public var signal: Int32? { lock.withLock { received } }

    /// Records a stop request (what the signal handlers call; tests call it directly). Returns
    /// false when one was already pending.
    @discardableResult
    public func request(_ signal: Int32) -> Bool {
        lock.withLock {
            guard received == nil else { return false }
            received = signal
            return true
        }
    }

    /// Takes over SIGINT and SIGTERM for this process (a real `eptc run`; in-process test runs keep
    /// the default behaviour). `notice` is told once, when the first signal arrives.
    public func installSignalHandlers(notice: @escaping @Sendable (String) -> Void) {
        for sig in [SIGINT, SIGTERM] {
            Foundation.signal(sig, SIG_IGN)  // delivered to the dispatch source instead
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in
                guard let self else { return }
                if !self.request(sig) {
                    if sig == SIGINT { _exit(128 + SIGINT) }  // the second Ctrl-C: at once
                    return
                }
                notice("\n\(Self.name(sig)): stopping after this step and writing a checkpoint"
                       + (sig == SIGINT ? " (Ctrl-C again to quit at once)" : ""))
            }
            source.resume()
            sources.append(source)
        }
    }

    static func name(_ signal: Int32) -> String {
        switch signal {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        default: return "signal \(signal)"
        }
    }
}

/// Training stopped on request (`StopRequest`) after a checkpoint of the step it reached. The
/// command line exits with 128 + the signal's number, as a shell reports a process it stopped.
public struct TrainingInterrupted: Error, CustomStringConvertible {
    public var signal: Int32
    public var step: Int
    public var checkpoint: String
    public var folder: String

    public var exitCode: Int32 { 128 + signal }
    public var description: String {
        "interrupted by \(StopRequest.name(signal)) after step \(step); checkpoint \(checkpoint); "
            + "continue with: eptc run --resume \(folder)"
    }
}
