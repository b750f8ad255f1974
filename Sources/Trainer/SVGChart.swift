import Foundation

/// What eptc's charts share — a run's `curves.svg` (`LossPlot`) and a sweep report's plots
/// (Experiments/SweepPlots.swift): plain SVG text, no dependency, readable in any browser.
public enum SVGChart {
    /// A coordinate, to a tenth of a pixel.
    public static func number(_ v: Double) -> String { String(format: "%.1f", v) }

    /// An axis tick's label: three significant digits, whole numbers from 100 up.
    public static func tick(_ v: Double) -> String { String(format: abs(v) >= 100 ? "%.0f" : "%.3g", v) }

    public static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The document's start: its size, a white background, the title centred on `titleX` and the
    /// plot's frame (left, top, width, height).
    public static func start(width: Double, height: Double, title: String, titleX: Double,
                             frame: (left: Double, top: Double, width: Double, height: Double)) -> String {
        let f = number
        return """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" font-family="sans-serif" font-size="12">
        <rect width="100%" height="100%" fill="white"/>
        <text x="\(f(titleX))" y="20" text-anchor="middle" font-size="14">\(escape(title))</text>
        <rect x="\(f(frame.left))" y="\(f(frame.top))" width="\(f(frame.width))" height="\(f(frame.height))" fill="none" stroke="#999"/>

        """
    }
}
