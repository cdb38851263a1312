/// File paths held compactly, for a run that keeps the list of its files until the end: each folder
/// once, and each file name's bytes in one shared buffer, so that 10,000 files cost about 20 bytes
/// each rather than a `String` of their whole path (some 100 bytes on the heap, which made the peak
/// memory of `render` grow with the number of files). A path is made again when it is asked for.
public struct PathList: RandomAccessCollection, Sendable {
    /// The folders, each once, with their trailing `/` (empty for a path without one).
    private let folders: [String]
    /// The UTF-8 bytes of every file name, one after another.
    private let nameBytes: [UInt8]
    /// Where each path's name ends in `nameBytes` (it starts where the one before ends).
    private let nameEnds: [UInt32]
    /// Each path's index in `folders`.
    private let folderIndices: [UInt32]

    /// `paths`, in order, each given back exactly as it is here.
    public init(_ paths: [String]) {
        var folders: [String] = [], folderIndex: [Substring: UInt32] = [:]
        var nameBytes: [UInt8] = [], nameEnds: [UInt32] = [], folderIndices: [UInt32] = []
        nameEnds.reserveCapacity(paths.count)
        folderIndices.reserveCapacity(paths.count)
        for path in paths {
            // Split after the last `/`, an ASCII byte: the folder part keeps it.
            let cut = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.startIndex
            let folder = path[..<cut]
            let index: UInt32
            if let known = folderIndex[folder] {
                index = known
            } else {
                index = UInt32(folders.count)
                folders.append(String(folder))
                folderIndex[folder] = index
            }
            folderIndices.append(index)
            nameBytes.append(contentsOf: path.utf8[cut...])
            nameEnds.append(UInt32(nameBytes.count))
        }
        self.folders = folders
        self.nameBytes = nameBytes
        self.nameEnds = nameEnds
        self.folderIndices = folderIndices
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { nameEnds.count }

    /// The path at `position`, as it was given.
    public subscript(position: Int) -> String {
        let start = position == 0 ? 0 : Int(nameEnds[position - 1])
        return folders[Int(folderIndices[position])] + String(decoding: nameBytes[start..<Int(nameEnds[position])], as: UTF8.self)
    }
}
