#if canImport(Glibc)
import Glibc
#endif

/// Which file an index was built from, and whether it is still that file: device, inode, size,
/// modification time (to the nanosecond) and a hash of its first and last 64 KB. Any of them
/// different, and the index is stale. The hash catches a file rewritten in place within the
/// mtime's resolution or with its mtime restored (`touch -r`, `cp -p`), which the others miss
/// when its length is unchanged.
public struct SearchIndexIdentity: Equatable, Sendable {
    public let device: UInt64
    public let inode: UInt64
    public let size: Int64
    public let mtimeSeconds: Int64
    public let mtimeNanoseconds: Int64
    public let hash: UInt64

    public init(device: UInt64, inode: UInt64, size: Int64, mtimeSeconds: Int64, mtimeNanoseconds: Int64, hash: UInt64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.mtimeSeconds = mtimeSeconds
        self.mtimeNanoseconds = mtimeNanoseconds
        self.hash = hash
    }

    /// The bytes hashed at each end.
    static let block = 65_536

    /// The identity of the regular file at `path`; nil when it is not one (standard input, a pipe,
    /// a missing file), which has no index.
    public static func of(path: String) -> SearchIndexIdentity? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int64(info.st_size)
        var hash = FNV1a()
        // A small file is hashed whole; a large one at its two ends.
        let ranges: [(offset: Int64, count: Int)] = size > Int64(2 * block)
            ? [(Int64(0), block), (size - Int64(block), block)]
            : [(Int64(0), Int(size))]
        var buffer = [UInt8](repeating: 0, count: max(1, ranges.map(\.count).max() ?? 0))
        for range in ranges {
            var got = 0
            while got < range.count {
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, range.count - got, off_t(range.offset) + off_t(got)) }
                if n <= 0 { return nil }
                got += n
            }
            hash.add(buffer[0..<range.count])
        }
        return SearchIndexIdentity(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: size,
            mtimeSeconds: Int64(info.st_mtim.tv_sec), mtimeNanoseconds: Int64(info.st_mtim.tv_nsec), hash: hash.value
        )
    }

    /// The index file's name for this file: one per device and inode, so a file rewritten in
    /// place finds (and replaces) its stale index rather than leaving it behind.
    public var fileName: String { "search-\(device)-\(inode).sqlite" }

    /// The identity as the index's metadata stores it, one line.
    var stamp: String { "\(device) \(inode) \(size) \(mtimeSeconds).\(mtimeNanoseconds) \(hash)" }
}

/// 64-bit FNV-1a: a file's two end blocks told apart cheaply (not a defence against anyone).
struct FNV1a {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: ArraySlice<UInt8>) {
        for b in bytes {
            value ^= UInt64(b)
            value &*= 0x0000_0100_0000_01B3
        }
    }
}
