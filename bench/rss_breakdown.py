#!/usr/bin/env python3
"""What a running program's resident memory is made of, by ELF section.

    python3 bench/rss_breakdown.py PID

Reads /proc/PID/maps and /proc/PID/pagemap (needs root, or the same user
with CAP_SYS_ADMIN, for the "present" bits) and the ELF section headers of
the program's executable, and prints how many resident KiB each section of
the executable and each other mapping holds, and which of them are private
dirty (written: relocations, data) versus clean (read from the file).

A diagnostic for the benchmark's memory figures; standard library only.
"""

import os
import struct
import sys

PAGE = os.sysconf("SC_PAGE_SIZE")


def elf_sections(path):
    with open(path, "rb") as f:
        ident = f.read(16)
        if ident[:4] != b"\x7fELF" or ident[4] != 2:
            return []
        f.seek(0)
        hdr = f.read(64)
        (shoff,) = struct.unpack_from("<Q", hdr, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", hdr, 0x3A)
        f.seek(shoff)
        raw = f.read(shentsize * shnum)
        secs = []
        for i in range(shnum):
            name, typ, flags, addr, off, size = struct.unpack_from("<IIQQQQ", raw, i * shentsize)
            secs.append([name, typ, flags, addr, off, size])
        stro = secs[shstrndx][4]
        strs = secs[shstrndx][5]
        f.seek(stro)
        table = f.read(strs)
    out = []
    for name, typ, flags, addr, off, size in secs:
        n = table[name:table.index(b"\0", name)].decode()
        if size and typ != 8 and flags & 2:  # allocated, not NOBITS
            out.append((n, off, size))
    return out


def main():
    pid = int(sys.argv[1])
    exe = os.readlink(f"/proc/{pid}/exe")
    sections = elf_sections(exe)
    maps = []
    with open(f"/proc/{pid}/maps") as f:
        for line in f:
            parts = line.split()
            lo, hi = (int(x, 16) for x in parts[0].split("-"))
            off = int(parts[2], 16)
            name = parts[5] if len(parts) > 5 else "[anon]"
            maps.append((lo, hi, parts[1], off, name))
    # Private dirty pages per mapping, from smaps.
    pm = open(f"/proc/{pid}/pagemap", "rb")
    by_section = {}
    by_mapping = {}
    for lo, hi, perms, off, name in maps:
        npages = (hi - lo) // PAGE
        pm.seek(lo // PAGE * 8)
        data = pm.read(npages * 8)
        for i in range(len(data) // 8):
            (entry,) = struct.unpack_from("<Q", data, i * 8)
            if not entry >> 63 & 1:
                continue
            key = name
            if name == exe:
                foff = off + i * PAGE
                key = "?"
                for sname, soff, ssize in sections:
                    if soff <= foff < soff + ssize or (foff <= soff < foff + PAGE):
                        key = "exe " + sname
                        break
                key = f"{key} ({perms})"
            by_mapping[key] = by_mapping.get(key, 0) + PAGE // 1024
    total = sum(by_mapping.values())
    print(f"resident: {total} KiB in {len(by_mapping)} groups (exe: {exe})")
    for k, v in sorted(by_mapping.items(), key=lambda kv: -kv[1])[:30]:
        print(f"{v:8d} KiB  {k}")


if __name__ == "__main__":
    main()
