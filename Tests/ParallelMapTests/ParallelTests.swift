import Foundation
import ParallelMap
import XCTest

final class ParallelTests: XCTestCase {
    /// Work of uneven length, so that later elements often finish before earlier ones.
    private static func uneven(_ value: Int) -> Int {
        usleep(useconds_t((value * 7919) % 5 * 200))
        return value * value
    }

    func testMapKeepsInputOrderWhateverFinishesFirst() {
        let values = Array(0..<200)
        XCTAssertEqual(Parallel.map(values, threads: 4, Self.uneven), values.map { $0 * $0 })
    }

    func testMapGivesEachThreadItsOwnContext() {
        final class Context: @unchecked Sendable { var used = 0 }
        let contexts = Parallel.map(Array(0..<100), threads: 3, makeContext: { Context() }) { _, context -> ObjectIdentifier in
            context.used += 1
            return ObjectIdentifier(context)
        }
        XCTAssertLessThanOrEqual(Set(contexts).count, 3)
    }

    func testStreamHandsOnEveryResultOnceInInputOrderOneAtATime() {
        let values = Array(0..<300)
        var delivered: [Int] = []
        var inside = 0, overlapping = false
        Parallel.stream(values, threads: 4, makeContext: {}, { value, _ in Self.uneven(value) }) { result in
            inside += 1
            if inside > 1 { overlapping = true }
            usleep(50)
            delivered.append(result)
            inside -= 1
        }
        XCTAssertFalse(overlapping, "deliver ran on two threads at once")
        XCTAssertEqual(delivered, values.map { $0 * $0 })
    }

    func testEmptyInputDoesNothing() {
        XCTAssertEqual(Parallel.map([Int](), threads: 2) { $0 }, [])
        var calls = 0
        Parallel.stream([Int](), threads: 2, makeContext: {}, { value, _ in value }) { _ in calls += 1 }
        XCTAssertEqual(calls, 0)
    }
}
