import Dispatch
import Foundation

/// Work spread over threads with its results in input order: the one mechanism behind every parallel loop
/// of the project (checking and rendering files, preparing an import, building a site, the pair search,
/// the PNG encoder's bands). Each thread takes the next element from a shared cursor, so uneven work
/// evens out, and each result is handed on in its element's place, so the output never depends on which
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
        map(elements, threads: threads, makeWorkerContext: { _ in makeContext() }, body)
    }

    /// `body` applied to every element on `threads` threads, each thread with its own context made once by
    /// `makeWorkerContext` from the thread's number (0 ..< threads, each number once): for something a
    /// caller keeps one of per thread, such as the Pango contexts of a poster drawn in strips. Results in
    /// input order.
    public static func map<Element: Sendable, Context, Result: Sendable>(
        _ elements: [Element], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        makeWorkerContext: @Sendable (Int) -> Context, _ body: @Sendable (Element, Context) -> Result
    ) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(elements.count)
        stream(elements, threads: threads, makeWorkerContext: makeWorkerContext, body) { results.append($0) }
        return results
    }

    /// `body` applied to every element on `threads` threads, each result handed to `deliver` in input
    /// order as soon as the results before it are (see the overload with a context).
    public static func stream<Element: Sendable, Result: Sendable>(
        _ elements: [Element], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ body: @Sendable (Element) -> Result, deliver: (Result) -> Void
    ) {
        stream(elements, threads: threads, makeContext: {}, { element, _ in body(element) }, deliver: deliver)
    }

    /// `body` applied to every element on `threads` threads, each thread with its own context, and each
    /// result handed to `deliver` in input order as soon as the results before it are: a run over many
    /// files prints as it goes and holds only the few results that finished early, not all of them.
    /// `deliver` is called on the worker threads, one call at a time.
    public static func stream<Element: Sendable, Context, Result: Sendable>(
        _ elements: [Element], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        makeContext: @Sendable () -> Context, _ body: @Sendable (Element, Context) -> Result, deliver: (Result) -> Void
    ) {
        stream(elements, threads: threads, makeWorkerContext: { _ in makeContext() }, body, deliver: deliver)
    }

    private static func stream<Element: Sendable, Context, Result: Sendable>(
        _ elements: [Element], threads: Int, makeWorkerContext: @Sendable (Int) -> Context,
        _ body: @Sendable (Element, Context) -> Result, deliver: (Result) -> Void
    ) {
        withoutActuallyEscaping(deliver) { deliver in
            let slots = Slots<Result>(count: elements.count, deliver: deliver)
            // concurrentPerform numbers its iterations 0 ..< n, one per thread here: the worker's number.
            DispatchQueue.concurrentPerform(iterations: max(1, min(threads, elements.count))) { worker in
                let context = makeWorkerContext(worker)
                while let index = slots.next() { slots.store(body(elements[index], context), at: index) }
            }
        }
    }

    /// The cursor, the results that finished before those ahead of them, and the hand-over in order.
    private final class Slots<Result>: @unchecked Sendable {
        private let lock = NSLock()
        private let count: Int
        private var cursor = 0
        private var waiting: [Int: Result] = [:]
        /// The next element to hand on, and whether a thread is handing on results now.
        private var handedOn = 0
        private var handing = false
        private let deliver: (Result) -> Void

        init(count: Int, deliver: @escaping (Result) -> Void) {
            self.count = count
            self.deliver = deliver
        }

        func next() -> Int? {
            lock.withLock {
                guard cursor < count else { return nil }
                defer { cursor += 1 }
                return cursor
            }
        }

        /// Keeps `value`, then hands on every result that is now next in order. One thread hands on
        /// at a time; it looks again after each result, so a result stored meanwhile is never left behind.
        func store(_ value: Result, at index: Int) {
            lock.withLock { waiting[index] = value }
            while let value = take() {
                deliver(value)
                lock.withLock { handing = false }
            }
        }

        /// The next result in order, if it is there and no other thread is handing on.
        private func take() -> Result? {
            lock.withLock {
                guard !handing, let value = waiting.removeValue(forKey: handedOn) else { return nil }
                handedOn += 1
                handing = true
                return value
            }
        }
    }
}
