import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file-system error in words: the POSIX reason ("permission denied", "no space left on
/// device") rather than Foundation's "NSCocoaErrorDomain error 512".
public func describeWriteError(_ error: Error) -> String {
    var current: Error? = error
    while let e = current {
        let ns = e as NSError
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))).lowercased() }
        current = ns.userInfo[NSUnderlyingErrorKey] as? Error
    }
    let ns = error as NSError
    if ns.domain == NSCocoaErrorDomain {
        switch ns.code {
        case NSFileWriteNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on device"
        case NSFileWriteVolumeReadOnlyError: return "read-only file system"
        case NSFileNoSuchFileError, NSFileWriteFileExistsError, NSFileWriteInvalidFileNameError:
            return "the folder does not exist or the name is not usable"
        default: return "the file could not be written (\(ns.localizedDescription))"
        }
    }
    return "\(error)"
}
