import Foundation
import Trainer

/// How a long command talks while it works. In a real process (`output.live`) lines go out as they
/// come; on a terminal the progress line is redrawn in place on stderr, otherwise a plain progress
/// line is printed every `plainInterval` seconds. In tests (buffered output) progress is dropped.
/// A class: the trainer's callback and the command write through the same one.
final class Console {
    private(set) var output: CommandOutput
    private var progressShown = false
    private var lastPlain = Date.distantPast
    let plainInterval: TimeInterval = 15
    let terminal: Bool

    init(output: CommandOutput) {
        self.output = output
        terminal = output.live && isatty(STDERR_FILENO) != 0
    }

    func line(_ text: String) {
        finishProgress()
        output.print(text)
    }

    func progress(_ text: String) {
        if terminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
            progressShown = true
        } else if output.live, Date().timeIntervalSince(lastPlain) >= plainInterval {
            output.print("  " + text)
            lastPlain = Date()
        }
    }

    func finishProgress() {
        if progressShown {
            FileHandle.standardError.write(Data("\n".utf8))
            progressShown = false
        }
    }

    func reporter() -> (TrainerEvent) -> Void {
        { [self] event in
            switch event {
            case .line(let s): line(s)
            case .progress(let s): progress(s)
            }
        }
    }
}
