#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte searches delegated to the C library, whose vectorised `memchr`/`memmem`
/// are what keep the loader near `grep` speed on large dumps.
enum ByteSearch {
    /// The first offset in `from..<to` holding `byte`, or nil.
    @inline(__always)
    static func find(_ byte: UInt8, in bytes: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        guard from < to, let base = bytes.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }

    /// The first offset in `from..<to` where `needle` starts, or nil.
    ///
    /// `memchr` finds candidates for the needle's rarest-looking byte (punctuation or a capital
    /// rather than a space or a lower-case letter); each candidate is then compared in full.
    static func find(_ needle: StaticString, in bytes: UnsafeRawBufferPointer, from: Int, to: Int, anchor: Int? = nil) -> Int? {
        let n = needle.utf8CodeUnitCount
        let lit = needle.utf8Start
        guard n > 0, from + n <= to else { return nil }
        var anchor = anchor ?? 0
        if !(0..<n).contains(anchor) { anchor = 0 }
        for i in 0..<n where anchor == 0 && !(lit[i] == 0x20 || (lit[i] >= 0x61 && lit[i] <= 0x7A)) { anchor = i; break }
        let anchorByte = lit[anchor]
        var cursor = from + anchor
        let last = to - n + anchor
        while cursor <= last, let hit = find(anchorByte, in: bytes, from: cursor, to: last + 1) {
            let start = hit - anchor
            var same = true
            for i in 0..<n where bytes[start + i] != lit[i] { same = false; break }
            if same { return start }
            cursor = hit + 1
        }
        return nil
    }

    /// How often `byte` occurs in `from..<to`.
    static func count(_ byte: UInt8, in bytes: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
        var n = 0
        var cursor = from
        while let hit = find(byte, in: bytes, from: cursor, to: to) {
            n += 1
            cursor = hit + 1
        }
        return n
    }

    /// Whether `bytes[at...]` starts with `literal`.
    @inline(__always)
    static func matches(_ literal: StaticString, in bytes: UnsafeRawBufferPointer, at: Int, end: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard at >= 0, at + n <= end else { return false }
        let lit = literal.utf8Start
        for i in 0..<n where bytes[at + i] != lit[i] { return false }
        return true
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    @inline(__always)
    static func isHorizontalSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
}
