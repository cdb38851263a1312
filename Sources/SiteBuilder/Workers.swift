import Dispatch
import Foundation

/// The build's worker threads: jobs taken in order from a shared cursor, results kept in input order,
/// so the output never depends on which thread finished first.
enum Workers {
    /// `work` applied to each element on `threads` threads; results in input order.
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], threads: Int,
                                                       _ work: @Sendable (Input) throws -> Output) -> [Result<Output, any Error>] {
        values(inputs, threads: threads) { input in Result { try work(input) } }
    }

    /// `work`, which cannot fail, applied to each element on `threads` threads; results in input order.
    static func values<Input: Sendable, Output: Sendable>(_ inputs: [Input], threads: Int, _ work: @Sendable (Input) -> Output) -> [Output] {
        let results = ResultSlots<Output>(count: inputs.count)
        let cursor = ResultSlots<Int>(count: 0)
        DispatchQueue.concurrentPerform(iterations: min(threads, max(1, inputs.count))) { _ in
            while let index = cursor.next(below: inputs.count) {
                results.set(index, work(inputs[index]))
            }
        }
        return results.values()
    }
}

/// Fixed slots that threads fill; also hands out indices in order.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var cursor = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }
    func values() -> [Value] { lock.withLock { slots.map { $0! } } }
    func next(below limit: Int) -> Int? {
        lock.withLock {
            guard cursor < limit else { return nil }
            defer { cursor += 1 }
            return cursor
        }
    }
}
