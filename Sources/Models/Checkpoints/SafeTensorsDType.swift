import IR

/// The safetensors dtypes this reader understands. Others (BOOL, U8, F8_*, …) are refused by name.
public enum SafeTensorsDType: String, Sendable, CaseIterable {
    case f32 = "F32", f16 = "F16", bf16 = "BF16", f64 = "F64", i32 = "I32", i64 = "I64"

    public var byteSize: Int {
        switch self {
        case .f16, .bf16: return 2
        case .f32, .i32: return 4
        case .f64, .i64: return 8
        }
    }

    /// The runtime dtype a tensor of this kind is read as: floats widen or narrow to f32,
    /// integers to i32 (I64 with a range check).
    public var runtimeType: DType { isFloat ? .f32 : .i32 }
    public var isFloat: Bool { self != .i32 && self != .i64 }
}

/// Element conversions from raw little-endian bytes. Loads are unaligned-safe because a file's
/// data offsets need not respect the element alignment.
enum ElementDecoding {
    static func floats(_ bytes: UnsafeRawBufferPointer, _ dtype: SafeTensorsDType, count: Int) -> [Float] {
        var out = [Float](repeating: 0, count: count)
        out.withUnsafeMutableBufferPointer { dst in
            switch dtype {
            case .f32:
                for i in 0..<count { dst[i] = Float(bitPattern: UInt32(littleEndian: load(bytes, i * 4))) }
            case .f64:
                for i in 0..<count { dst[i] = Float(Double(bitPattern: UInt64(littleEndian: load(bytes, i * 8)))) }
            case .f16:
                for i in 0..<count { dst[i] = halfToFloat(UInt16(littleEndian: load(bytes, i * 2))) }
            case .bf16:
                // bfloat16 is the top half of an f32: widening is exact.
                for i in 0..<count { dst[i] = Float(bitPattern: UInt32(UInt16(littleEndian: load(bytes, i * 2))) << 16) }
            case .i32:
                for i in 0..<count { dst[i] = Float(Int32(littleEndian: load(bytes, i * 4))) }
            case .i64:
                for i in 0..<count { dst[i] = Float(Int64(littleEndian: load(bytes, i * 8))) }
            }
        }
        return out
    }

    /// Integer tensors as Int32; fails at the first I64 value outside Int32's range.
    static func ints(_ bytes: UnsafeRawBufferPointer, _ dtype: SafeTensorsDType, count: Int) -> Result<[Int32], OutOfRange> {
        var out = [Int32](repeating: 0, count: count)
        for i in 0..<count {
            let wide: Int64
            switch dtype {
            case .i32: wide = Int64(Int32(littleEndian: load(bytes, i * 4)))
            case .i64: wide = Int64(littleEndian: load(bytes, i * 8))
            default: preconditionFailure("ints(_:_:count:) is only called for integer dtypes")
            }
            guard let narrow = Int32(exactly: wide) else { return .failure(OutOfRange(index: i, value: Double(wide))) }
            out[i] = narrow
        }
        return .success(out)
    }

    struct OutOfRange: Error { let index: Int; let value: Double }

    @inline(__always)
    static func load<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> T {
        bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
    }

    /// IEEE 754 binary16 → binary32, exact (subnormals, infinities and NaN included).
    static func halfToFloat(_ h: UInt16) -> Float {
        let sign = UInt32(h >> 15) << 31
        let exponent = UInt32((h >> 10) & 0x1F)
        let mantissa = UInt32(h & 0x3FF)
        if exponent == 0 {
            // Zero or subnormal: value = mantissa · 2^-24.
            let magnitude = Float(mantissa) * Float(sign: .plus, exponent: -24, significand: 1)
            return sign != 0 ? -magnitude : magnitude
        }
        if exponent == 0x1F { return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13)) }
        return Float(bitPattern: sign | ((exponent + 112) << 23) | (mantissa << 13))
    }
}
