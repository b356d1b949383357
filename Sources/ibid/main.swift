import IbidDump
let d = try DumpLoader.load(path: CommandLine.arguments[1])
for p in d.posts { print(p.id, p.date, p.title, p.truncated) }
for w in d.warnings { print(w) }
print(d.page)
