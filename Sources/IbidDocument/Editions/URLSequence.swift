import Dispatch
import IbidDump
import Synchronization

/// The URLs a post cites, in the order they first appear, as 64-bit hashes: the evidence that two
/// posts are editions of one text (a translation keeps its notes' sources, and their order).
///
/// Read straight from the post's bytes — no recovery, no strings — so grouping a 10,000-post dump
/// costs one `memchr` pass over its content. A URL is `http://` or `https://` up to whitespace,
/// `[`, `]`, `<`, `>` or a quote, with trailing `. , ; : ) ’` taken as punctuation (the notes-run
/// rules of docs/format.md §6, in their byte form); the scheme and host are case-folded, and a
/// trailing `/` is dropped, so `https://www.Rferl.org/a/` and `https://www.rferl.org/a` agree.
struct URLSequence: Sendable, Equatable {
    /// Distinct URL hashes in order of first appearance.
    let hashes: [UInt64]

    init(hashes: [UInt64]) { self.hashes = hashes }

    init(post: Post) {
        guard let content = post.content else {
            self.init(hashes: [])
            return
        }
        self.init(hashes: content.withUnsafeBytes { URLSequence.scan($0) })
    }

    /// Every chapter's sequence, scanned on all cores in chunks (the scan reads every post's bytes:
    /// on a 100 MB dump in two languages it is most of what the editions cost `list`).
    static func all(_ chapters: [Chapter]) -> [URLSequence] {
        let chunk = 64
        let chunks = (chapters.count + chunk - 1) / chunk
        // Reading every post's content maps the whole of a mapped dump back in, so each chunk gives its
        // pages back once scanned (without this, ibid list on a 1 GB dump in two languages peaked at
        // 1.1 GB). Chunks are taken in dump order, not in the chapters' (report) order, which jumps
        // about the file: a chunk is then one stretch of the dump, released whole, instead of 64
        // scattered posts that each leave the pages around their edges mapped.
        let order = chapters.indices.sorted { (chapters[$0].file, chapters[$0].post.offset) < (chapters[$1].file, chapters[$1].post.offset) }
        let results = Mutex<[Int: [URLSequence]]>([:])
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let posts = order[(c * chunk)..<min(chapters.count, (c + 1) * chunk)].map { chapters[$0].post }
            let part = posts.map { URLSequence(post: $0) }
            PageRelease.release(posts)
            results.withLock { $0[c] = part }
        }
        let done = results.withLock { $0 }
        var sequences = [URLSequence](repeating: URLSequence(hashes: []), count: chapters.count)
        for c in 0..<chunks {
            for (k, sequence) in done[c]!.enumerated() { sequences[order[c * chunk + k]] = sequence }
        }
        return sequences
    }

    static func scan(_ b: UnsafeRawBufferPointer) -> [UInt64] {
        var seen = Set<UInt64>()
        var out: [UInt64] = []
        var cursor = 0
        let n = b.count
        // `://` is rare in prose; every URL holds it once.
        while cursor < n, let colon = ByteScan.find(0x3A, in: b, from: cursor, to: n) {
            cursor = colon + 1
            guard colon + 2 < n, b[colon + 1] == 0x2F, b[colon + 2] == 0x2F else { continue }
            let start: Int
            if colon >= 5, lower(b[colon - 5]) == 0x68, lower(b[colon - 4]) == 0x74, lower(b[colon - 3]) == 0x74,
               lower(b[colon - 2]) == 0x70, lower(b[colon - 1]) == 0x73 {
                start = colon - 5
            } else if colon >= 4, lower(b[colon - 4]) == 0x68, lower(b[colon - 3]) == 0x74, lower(b[colon - 2]) == 0x74,
                      lower(b[colon - 1]) == 0x70 {
                start = colon - 4
            } else {
                continue
            }
            var end = colon + 3
            while end < n, !isTerminator(b[end]) {
                // A no-break space (C2 A0) or curly quotes (E2 80 9C/9D/98/99) end a URL too.
                if b[end] == 0xC2, end + 1 < n, b[end + 1] == 0xA0 { break }
                if b[end] == 0xE2, end + 2 < n, b[end + 1] == 0x80, (0x98...0x9D).contains(b[end + 2]) { break }
                end += 1
            }
            while end > colon + 3, isTrailingPunctuation(b[end - 1]) { end -= 1 }
            cursor = max(cursor, end)
            guard end - (colon + 3) >= 4 else { continue }
            let hash = hashURL(b, from: start, to: end, hostFrom: colon + 3)
            if seen.insert(hash).inserted { out.append(hash) }
        }
        return out
    }

    /// FNV-1a over the URL without its scheme (`http` and `https` agree), lower-casing the host.
    static func hashURL(_ b: UnsafeRawBufferPointer, from: Int, to: Int, hostFrom: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inHost = true
        var i = hostFrom
        while i < to {
            var c = b[i]
            if c == 0x2F { inHost = false }
            if inHost { c = lower(c) }
            h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }

    @inline(__always) static func isTerminator(_ c: UInt8) -> Bool {
        c <= 0x20 || c == 0x5B || c == 0x5D || c == 0x3C || c == 0x3E || c == 0x22 || c == 0x27 || c == 0x7F
    }

    @inline(__always) static func isTrailingPunctuation(_ c: UInt8) -> Bool {
        c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x29 || c == 0x21 || c == 0x3F || c == 0x2F
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// `memchr` over a buffer (IbidDump's `ByteSearch` is internal to the loader).
enum ByteScan {
    @inline(__always)
    static func find(_ byte: UInt8, in bytes: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        guard from < to, let base = bytes.baseAddress, let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }
}
