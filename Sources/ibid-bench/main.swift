import IbidDump
import Glibc
let sample = try DumpLoader.load(path: "Resources/fpc-author-page.txt")
let bytes = Array(sample.storage.buffer)
var t0 = timespec(); clock_gettime(CLOCK_MONOTONIC, &t0)
var total = 0
var cut = 0
while cut <= bytes.count { total += (try? DumpLoader.load(DumpBytes(copying: bytes[0..<cut]), path: "x").posts.count) ?? 0; cut += 997 }
var t1 = timespec(); clock_gettime(CLOCK_MONOTONIC, &t1)
print(total, Double(t1.tv_sec - t0.tv_sec) + Double(t1.tv_nsec - t0.tv_nsec) / 1e9)
