/// cairo names an SVG's page group after a process-wide surface counter (`id="surface415"`), so
/// the same drawing gets a different id on a second render in one process. Renumbering the ids in
/// order of first appearance makes the bytes depend on the drawing alone.
enum SVGSurfaceIDs {
    static func renumber(_ svg: [UInt8]) -> [UInt8] {
        let prefix = Array("surface".utf8)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(svg.count)
        var index = 0
        while index < svg.count {
            if svg[index] == prefix[0], svg[index...].starts(with: prefix) {
                var end = index + prefix.count
                while end < svg.count, (0x30...0x39).contains(svg[end]) { end += 1 }
                if end > index + prefix.count {
                    let digits = svg[(index + prefix.count)..<end]
                    let number = numbers[digits] ?? (numbers.count + 1)
                    numbers[digits] = number
                    out += prefix + Array(String(number).utf8)
                    index = end
                    continue
                }
            }
            out.append(svg[index])
            index += 1
        }
        return out
    }
}
