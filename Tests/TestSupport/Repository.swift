import Foundation

// What every test target needs of its surroundings: where the checkout is and a scratch folder.

/// The repository checkout the tests run in (graphs/, data/, Tests/…/Fixtures), found from this
/// file's path so tests run from any directory.
public let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// A fresh folder under the system temporary directory (`eptc-test-<name>-<UUID>`); callers remove it.
public func temporaryDirectory(_ name: String) throws -> String {
    let path = NSTemporaryDirectory() + "eptc-test-\(name)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
