/// cairo names an SVG's page group after a process-wide surface counter (`id="surface415"`), so
/// the same drawing gets a different id on a second render in one process. Renumbering the ids in
/// order of first appearance makes the bytes depend on the drawing alone.
enum SVGSurfaceIDs {
    static func renumber(_ svg: [UInt8]) -> [UInt8] {
        let prefix = Array("surface".utf8)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(svg.count)
        var copied = 0, index = 0
        let last = svg.count - prefix.count
        while index < last {
            guard svg[index] == prefix[0], svg[index..<(index + prefix.count)].elementsEqual(prefix) else {
                index += 1
                continue
            }
            var end = index + prefix.count
            while end < svg.count, (0x30...0x39).contains(svg[end]) { end += 1 }
            guard end > index + prefix.count else {
                index += 1
                continue
            }
            let digits = svg[(index + prefix.count)..<end]
            let number = numbers[digits] ?? (numbers.count + 1)
            numbers[digits] = number
            out += svg[copied..<index]
            out += prefix + Array(String(number).utf8)
            copied = end
            index = end
        }
        out += svg[copied...]
        return out
    }
}
