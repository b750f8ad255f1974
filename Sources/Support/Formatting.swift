import Foundation

// How eptc writes numbers and durations for people: one spelling of each, whichever command prints it.

/// 1234567 → "1,234,567".
public func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
        out.append(ch)
    }
    return (n < 0 ? "-" : "") + out
}

/// Bytes with a decimal unit: 532 B, 12.3 kB, 4.56 MB, 1.23 GB.
public func formatBytes(_ n: Int) -> String {
    let v = Double(n)
    if v >= 1e9 { return String(format: "%.2f GB", v / 1e9) }
    if v >= 1e6 { return String(format: "%.2f MB", v / 1e6) }
    if v >= 1e3 { return String(format: "%.1f kB", v / 1e3) }
    return "\(n) B"
}

/// Seconds with a unit that keeps three significant digits readable: 1.23 s, 45.6 ms, 789 µs.
public func formatSeconds(_ s: Double) -> String {
    if s >= 1 { return String(format: "%.2f s", s) }
    if s >= 1e-3 { return String(format: "%.1f ms", s * 1e3) }
    return String(format: "%.0f µs", s * 1e6)
}

/// A wall-clock span, rounded to the second: "1h05m", "4m10s", "45s".
public func durationText(_ seconds: Double) -> String {
    let t = Int(seconds.rounded())
    if t >= 3600 { return "\(t / 3600)h" + String(format: "%02dm", t % 3600 / 60) }
    return t >= 60 ? "\(t / 60)m" + String(format: "%02ds", t % 60) : "\(t)s"
}
