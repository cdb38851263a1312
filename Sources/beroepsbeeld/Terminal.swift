import Foundation

/// Facts about where output goes.
enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static func wantsColor(_ stream: Int32 = STDOUT_FILENO) -> Bool {
        isatty(stream) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Writes to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
