/// A usage or I/O failure: printed as `error: …` and exit code 2.
public struct CLIError: Error, CustomStringConvertible {
    public let description: String
    public init(_ message: String) { description = message }
}
