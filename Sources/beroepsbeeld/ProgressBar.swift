import Foundation

/// A one-line progress bar on standard error, for terminals only.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0

    init(total: Int) { self.total = total }

    func step() {
        lock.withLock {
            done += 1
            let width = 30, filled = width * done / total
            Terminal.printError("\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total)")
        }
    }

    func finish() { Terminal.printError("\r\u{1B}[K") }
}
