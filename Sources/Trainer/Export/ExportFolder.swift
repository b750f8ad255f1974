import Foundation
import Support
import Models
#if canImport(Glibc)
import Glibc
#endif

/// An export folder appears whole or not at all: its files are written into a temporary folder
/// beside it (`OUT.tmp-XXXX`), flushed, and the folder is renamed into place. An existing OUT is
/// replaced only when it is an earlier export (it holds eptc_export.json); any other non-empty
/// folder, or a file, is refused. Temporaries a killed export left behind are removed first.
public enum ExportFolder {
    public static func write(to out: String, manifest: JSONValue, _ fill: (String) throws -> Void) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: out).standardizedFileURL.path
        try checkReplaceable(target)
        removeLeftovers(of: target)
        let temporary = target + ".tmp-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        do {
            try fm.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        } catch {
            throw UserError("cannot create the export folder beside '\(out)': \(describeWriteError(error))")
        }
        do {
            try fill(temporary)
            try writeJSON(manifest, to: temporary + "/" + PEFTFormat.manifest)
            syncFolder(temporary)
            try putInPlace(temporary, at: target)
        } catch {
            try? fm.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Refuses a file, or a non-empty folder that is not an earlier export.
    static func checkReplaceable(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw UserError("-o \(path): a file is there, not a folder") }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        guard names.isEmpty || names.contains(PEFTFormat.manifest) else {
            let shown = names.sorted().prefix(5).joined(separator: ", ") + (names.count > 5 ? ", …" : "")
            throw UserError("-o \(path): the folder is not empty (\(shown)) and holds no earlier eptc export "
                               + "(no \(PEFTFormat.manifest)); choose another folder")
        }
    }

    /// The temporary becomes `target`; an earlier export there is moved aside first and removed after.
    static func putInPlace(_ temporary: String, at target: String) throws {
        let fm = FileManager.default
        var aside: String?
        if fm.fileExists(atPath: target) {
            let old = target + ".old-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
            guard rename(target, old) == 0 else { throw UserError("cannot replace '\(target)': \(String(cString: strerror(errno)).lowercased())") }
            aside = old
        }
        guard rename(temporary, target) == 0 else {
            let why = String(cString: strerror(errno)).lowercased()
            if let aside { _ = rename(aside, target) }
            throw UserError("cannot move the export into '\(target)': \(why)")
        }
        if let aside { try? fm.removeItem(atPath: aside) }
        syncFolder(URL(fileURLWithPath: target).deletingLastPathComponent().path)
    }

    /// `OUT.tmp-*` and `OUT.old-*` folders of an export that was killed half-way.
    static func removeLeftovers(of target: String) {
        let url = URL(fileURLWithPath: target)
        let parent = url.deletingLastPathComponent().path, base = url.lastPathComponent
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        where name.hasPrefix(base + ".tmp-") || name.hasPrefix(base + ".old-") {
            try? FileManager.default.removeItem(atPath: parent + "/" + name)
        }
    }

    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
    }
}
