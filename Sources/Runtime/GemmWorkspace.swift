import Foundation

/// Scratch memory of the generated GEMM (Sources/Codegen/GemmKernels.swift): B packed once per
/// call, read by every parallel iteration. One grow-only, 64-byte aligned buffer per calling
/// thread: the entry's thread asks for it before the pack and compute kernels and passes it to
/// them, so two engines running on two threads never share one, and a program's GEMMs (which run
/// one after another) reuse the same pages instead of faulting in fresh ones each call.
///
/// The fused attention kernels (Sources/Codegen/AttentionKernels.swift) use it too, from inside
/// each parallel chunk: every thread asks for its own buffer as a (sequence, head) block's scratch,
/// so the blocks a thread runs reuse the same cache-hot bytes. No GEMM is running then, and the
/// buffer only grows, so after the first step nothing is allocated.
enum GemmWorkspace {
    final class Buffer {
        var pointer: UnsafeMutableRawPointer?
        var bytes = 0
        deinit { pointer?.deallocate() }

        func reserve(_ wanted: Int) -> UnsafeMutableRawPointer? {
            if wanted > bytes {
                pointer?.deallocate()
                // Grow by half again, so a program whose GEMMs ask for rising sizes reallocates rarely.
                bytes = max(wanted, bytes + bytes / 2)
                pointer = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
            }
            return pointer
        }
    }

    /// The thread's buffer, freed when the thread exits.
    static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            guard let raw else { return }
            Unmanaged<Buffer>.fromOpaque(raw).release()
        }
        return key
    }()

    static func current() -> Buffer {
        if let raw = pthread_getspecific(key) { return Unmanaged<Buffer>.fromOpaque(raw).takeUnretainedValue() }
        let buffer = Buffer()
        pthread_setspecific(key, Unmanaged.passRetained(buffer).toOpaque())
        return buffer
    }
}

/// The C entry point compiled code calls: at least `bytes` bytes of this thread's GEMM workspace
/// (valid until the thread's next call).
@_cdecl("eptc_gemm_workspace")
public func eptcGemmWorkspace(_ bytes: Int64) -> UnsafeMutableRawPointer? {
    GemmWorkspace.current().reserve(Int(max(bytes, 64)))
}

extension RuntimeSymbols {
    public static var gemmWorkspace: UInt64 {
        let f: @convention(c) (Int64) -> UnsafeMutableRawPointer? = eptcGemmWorkspace
        return UInt64(UInt(bitPattern: unsafeBitCast(f, to: Int.self)))
    }
}
