import Dispatch
import Foundation

/// Work spread over threads with its results in input order: the one mechanism behind every parallel loop
/// of the project (checking and rendering files, preparing an import, building a site, the pair search,
/// the PNG encoder's bands). Each thread takes the next element from a shared cursor, so uneven work
/// evens out, and each result goes to its element's own slot, so the output never depends on which
/// thread finished first. Dispatch offers `concurrentPerform` but no ordered map over it.
public enum Parallel {
    /// `body` applied to every element on `threads` threads (at most one per element), results in input order.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], threads: Int = ProcessInfo.processInfo.activeProcessorCount, _ body: @Sendable (Element) -> Result
    ) -> [Result] {
        map(elements, threads: threads, makeContext: {}) { element, _ in body(element) }
    }

    /// `body` applied to every element on `threads` threads, each thread with its own context made once by
    /// `makeContext` (for posters, a renderer with its own Pango font map); results in input order.
    public static func map<Element: Sendable, Context, Result: Sendable>(
        _ elements: [Element], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        makeContext: @Sendable () -> Context, _ body: @Sendable (Element, Context) -> Result
    ) -> [Result] {
        let slots = Slots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, elements.count))) { _ in
            let context = makeContext()
            while let index = slots.next() { slots.store(body(elements[index], context), at: index) }
        }
        return slots.results()
    }

    /// The cursor and one slot per element.
    private final class Slots<Result>: @unchecked Sendable {
        private let lock = NSLock()
        private var cursor = 0
        private var values: [Result?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func next() -> Int? {
            lock.withLock {
                guard cursor < values.count else { return nil }
                defer { cursor += 1 }
                return cursor
            }
        }

        func store(_ value: Result, at index: Int) { lock.withLock { values[index] = value } }

        func results() -> [Result] { lock.withLock { values.map { $0! } } }
    }
}
