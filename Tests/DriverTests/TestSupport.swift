import Foundation

/// The repository checkout the tests run in (graphs/, Tests/…/Fixtures).
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// A fresh folder under the system temporary directory; callers remove it.
func temporaryDirectory(_ name: String) throws -> String {
    let path = NSTemporaryDirectory() + "eptc-driver-\(name)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
