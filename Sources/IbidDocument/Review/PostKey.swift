import IbidDump

/// Which post a mark belongs to, independent of the file it was read from: the site in the post's
/// `guid` and the post's ID. A re-exported dump of the same site keeps its marks; the same ID from
/// another site does not pick them up.
public struct PostKey: Hashable, Sendable, Comparable {
    /// The guid's host, lower-cased, without `www.` (`fpc.org.uk`); empty when the guid has none.
    public let site: String
    public let post: Int

    public init(site: String, post: Int) {
        self.site = site
        self.post = post
    }

    public init(_ chapter: Chapter) {
        // The post's own ID: a chapter whose ID another file also holds gets a library ID of its own.
        self.init(site: PostKey.site(ofGUID: chapter.url), post: chapter.postID)
    }

    /// `http://fpc.org.uk/?p=6003` → `fpc.org.uk`; `https://WWW.Example.org:8080/x` → `example.org:8080`.
    public static func site(ofGUID guid: String) -> String {
        let chars = Array(guid.trimmingWhitespace)
        var start: Int?
        for i in chars.indices.dropLast(2) where chars[i] == ":" && chars[i + 1] == "/" && chars[i + 2] == "/" {
            start = i + 3
            break
        }
        guard let start else { return "" }
        let rest = chars[start...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        // Credentials never belong in a key (nor in a database).
        let bare = host.split(separator: "@", omittingEmptySubsequences: false).last ?? host
        var site = String(bare).lowercased()
        if site.hasPrefix("www.") { site.removeFirst(4) }
        return site
    }

    public static func < (a: PostKey, b: PostKey) -> Bool { (a.site, a.post) < (b.site, b.post) }
}

extension Library {
    /// How many posts, from the first in dump order, `reviewKey` fingerprints.
    public static let reviewKeyPosts = 64

    /// What review state is filed under for this library as a whole (the last chapter read, marks
    /// of place): a fingerprint of its first posts' keys, so the same posts re-exported or copied
    /// elsewhere resume where they were left, whatever the file is called. Only the first
    /// `reviewKeyPosts` posts in dump order count: a progressive load's first library holds exactly
    /// those (`LibraryScan.firstBatch`), so the reader files its state under the same key before and
    /// after the rest of a large dump arrives.
    public var reviewKey: String {
        var hash = Fingerprint()
        let first = chapters.sorted { ($0.file, $0.post.offset) < ($1.file, $1.post.offset) }.prefix(Library.reviewKeyPosts)
        for key in first.map(PostKey.init).sorted() {
            hash.add(key.site)
            hash.add("\u{1F}\(key.post)\u{1E}")
        }
        return hash.hex
    }
}
