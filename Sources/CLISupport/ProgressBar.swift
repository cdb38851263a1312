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

    /// Clears the bar's line.
    public func finish() { Terminal.printError("\r\u{1B}[K") }
}
