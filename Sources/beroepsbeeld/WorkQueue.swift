import Dispatch
import Foundation
import PosterLayout
import PosterRender

/// Runs poster jobs on every core: one renderer (Pango font map) per worker thread.
enum WorkQueue {
    /// `body` applied to every element, results in input order. `claim` reserves an output name
    /// across all workers and says whether it was still free.
    static func map<T: Sendable>(_ elements: [String], _ body: @escaping @Sendable (String, PosterRenderer, (String) -> Bool) -> T) -> [T] {
        let state = SharedState<T>(count: elements.count)
        let workers = min(elements.count, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: max(workers, 1)) { _ in
            let renderer = PosterRenderer(measurer: PangoTextMeasurer())
            while let index = state.next() {
                state.store(body(elements[index], renderer, state.claim), at: index)
            }
        }
        return state.results.map { $0! }
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
