import Foundation

/// A one-line progress bar on standard error, for terminals only.
public final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0

    public init(total: Int) { self.total = total }

    /// Counts one more element done and redraws the bar.
    public func step() {
        lock.withLock {
            done += 1
            let width = 30, filled = width * done / total
            Terminal.printError("\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total)")
        }
    }

    /// Prints `text` on standard error in the bar's place; the next step draws the bar again below it.
    public func show(_ text: String) {
        guard !text.isEmpty else { return }
        lock.withLock { Terminal.printError("\r\u{1B}[K" + text) }
    }

    /// Clears the bar's line.
    public func finish() { Terminal.printError("\r\u{1B}[K") }
}
