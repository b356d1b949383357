#if canImport(Glibc)
import Glibc
#endif

/// A detached POSIX thread, for work that runs beside the reader: the progressive scan, the
/// warm-up, the search index build, reaping a child process. Written on pthreads because nothing
/// below the executable imports Foundation.
public enum BackgroundThread {
    final class Box: @unchecked Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    /// Runs `body` on a new thread; on the calling thread when no thread can be made.
    public static func detach(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, box)
        if started == 0 { pthread_detach(thread) } else { Unmanaged<Box>.fromOpaque(box).release(); body() }
    }
}
