import Foundation

/// Facts about where output goes.
public enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    public static func wantsColor(_ stream: Int32 = STDOUT_FILENO) -> Bool {
        isatty(stream) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Writes to standard error.
    public static func printError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether standard output is a terminal, where binary output (PNG, PDF) would only garble the
    /// screen: such output is refused there, as curl does.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
