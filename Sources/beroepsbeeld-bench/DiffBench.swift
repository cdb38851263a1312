import ArgumentParser
import Foundation
import ProfileDiff
import ProfileModel

/// Diff throughput on generated version pairs, and the time of one very large pair.
struct DiffBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Diff generated pairs of profile versions.")

    @Option(help: "How many pairs to diff.")
    var count = 10_000

    @Option(help: "Items per part in the large pair.")
    var large = 500

    func run() throws {
        // Half the pairs carry stable ids, half must be matched on text alone.
        var corpus = DiffCorpus(seed: 1)
        let pairs = (0..<count).map { corpus.pair(perPart: 3 + $0 % 3, ids: $0 % 2 == 0) }
        let items = pairs.reduce(0) { $0 + $1.0.parts.reduce(0) { $0 + $1.allItems.count } }
        var changes = 0
        let (seconds, wall) = Self.time {
            for (old, new) in pairs { changes += ProfileDiffer.diff(old, new).items.count }
        }
        print("diff: \(count) pairs (\(items / max(count, 1)) items per old profile) in \(String(format: "%.3f", seconds)) s CPU (\(String(format: "%.3f", wall)) s wall) "
              + "= \(Int(Double(count) / seconds)) pairs/s on one core; \(changes) item changes (goal: 10,000 in < 2 s)")

        var largeCorpus = DiffCorpus(seed: 2)
        let (old, new) = largeCorpus.pair(perPart: large, ids: false)
        var times: [(cpu: Double, wall: Double)] = []
        var result = ProfileDiffer.diff(old, new)
        for _ in 0..<5 { times.append(Self.time { result = ProfileDiffer.diff(old, new) }) }
        let kinds = Dictionary(grouping: result.items.flatMap(\.kinds), by: { $0 }).mapValues(\.count)
        print("diff: one pair with \(large) items per part (\(old.parts.reduce(0) { $0 + $1.allItems.count }) items, no ids): "
              + "median \(String(format: "%.1f", CLIBench.median(times.map(\.cpu)) * 1000)) ms CPU "
              + "(\(String(format: "%.1f", CLIBench.median(times.map(\.wall)) * 1000)) ms wall) of 5, overall shift \(String(format: "%.2f", result.shift)); "
              + ItemChangeKind.allCases.map { "\(kinds[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ") + " (goal: < 100 ms)")
        var worstCorpus = DiffCorpus(seed: 3)
        let (worstOld, worstNew) = worstCorpus.rewrittenPair(count: large)
        let worst = Self.time { _ = ProfileDiffer.diff(worstOld, worstNew) }
        print("diff: worst case, \(large) items in one part all rewritten from 20 words: \(String(format: "%.1f", worst.cpu * 1000)) ms CPU "
              + "(no goal; real profiles are far less alike)")
        print("diff: peak RSS \(PeakMemory.megabytes()) MB")
    }

    /// The CPU time `body` takes on this thread and the wall-clock time, in seconds. The CPU time is
    /// the cost on one core, unaffected by other processes competing for the machine.
    static func time(_ body: () -> Void) -> (cpu: Double, wall: Double) {
        func cpu() -> Double {
            var spec = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
            return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
        }
        let (cpuStart, wallStart) = (cpu(), DispatchTime.now().uptimeNanoseconds)
        body()
        return (cpu() - cpuStart, Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9)
    }
}
