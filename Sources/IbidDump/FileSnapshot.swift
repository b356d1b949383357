#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `fstat` says about an input: which file it is (device and inode, so an output that is the
/// input can be refused), and its size and modification time (so a file rewritten, grown or cut
/// while its bytes are still in use is noticed).
public struct FileSnapshot: Sendable, Equatable {
    public let device: UInt64
    public let inode: UInt64
    public let isRegular: Bool
    let size: Int64
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int

    public init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        isRegular = (info.st_mode & S_IFMT) == S_IFREG
        size = Int64(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }

    /// The snapshot of an open descriptor, or nil when `fstat` fails.
    public init?(fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        self.init(info)
    }

    /// Whether `other` is the same file (one inode, whatever name or link reached it).
    public func isSameFile(as other: FileSnapshot) -> Bool {
        device == other.device && inode == other.inode
    }

    /// Whether the contents may differ from when this snapshot was taken.
    func contentsDiffer(from now: FileSnapshot) -> Bool {
        size != now.size || modifiedSeconds != now.modifiedSeconds || modifiedNanoseconds != now.modifiedNanoseconds
    }
}
