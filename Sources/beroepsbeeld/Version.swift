/// The tool's version, the one place it is written: `beroepsbeeld --version` prints it, and the man
/// page (`make man`) is generated from the command that carries it.
enum ToolVersion {
    static let current = "0.9.0"
}
