import Foundation
import IR
import Syntax

/// The repository root, found from this file's path so tests run from any directory.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()
