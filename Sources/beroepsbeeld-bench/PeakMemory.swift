import Foundation

/// The process's peak resident set size, read from /proc/self/status (VmHWM).
enum PeakMemory {
    static func megabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ")[1]) else { return -1 }
        return kilobytes / 1024
    }
}
