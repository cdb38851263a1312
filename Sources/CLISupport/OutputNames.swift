import Foundation

/// The output names a run has taken, shared by its worker threads: two profiles that would write the
/// same file are told apart instead of overwriting each other.
public final class OutputNames: @unchecked Sendable {
    private let lock = NSLock()
    private var taken: Set<String> = []

    public init() {}

    /// Takes `name`; false when another profile of this run already took it.
    public func claim(_ name: String) -> Bool { lock.withLock { taken.insert(name).inserted } }
}
