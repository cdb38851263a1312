import Dispatch
import Foundation

/// Runs jobs on every core, each worker thread with its own context (for posters, a renderer with
/// its own Pango font map).
public enum WorkQueue {
    /// `body` applied to every element, results in input order. Each worker makes its context once
    /// with `makeContext`; `claim` reserves an output name across all workers and says whether it was
    /// still free.
    public static func map<Element: Sendable, Context, T: Sendable>(
        _ elements: [Element], makeContext: @escaping @Sendable () -> Context,
        _ body: @escaping @Sendable (Element, Context, (String) -> Bool) -> T
    ) -> [T] {
        let state = SharedState<T>(count: elements.count)
        let workers = min(elements.count, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: max(workers, 1)) { _ in
            let context = makeContext()
            while let index = state.next() {
                state.store(body(elements[index], context, state.claim), at: index)
            }
        }
        return state.results.map { $0! }
    }

    /// `body` applied to every element on every core, results in input order, for jobs that need no
    /// per-thread context.
    public static func map<Element: Sendable, T: Sendable>(_ elements: [Element], _ body: @escaping @Sendable (Element) -> T) -> [T] {
        map(elements, makeContext: {}) { element, _, _ in body(element) }
    }

    private final class SharedState<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var cursor = 0
        private var names: Set<String> = []
        private(set) var results: [T?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func next() -> Int? {
            lock.withLock {
                guard cursor < results.count else { return nil }
                defer { cursor += 1 }
                return cursor
            }
        }

        func store(_ result: T, at index: Int) { lock.withLock { results[index] = result } }

        func claim(_ name: String) -> Bool { lock.withLock { names.insert(name).inserted } }
    }
}
