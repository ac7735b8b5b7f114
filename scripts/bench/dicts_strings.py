# Benchmark: dict insert/lookup/update and string building, splitting and joining.
# Measures str hashing and dict probing, str concatenation, str.split / str.join / str methods.


def word_counts(rounds):
    counts = {}
    for round_number in range(rounds):
        parts = []
        for i in range(40):
            parts.append("w" + str((i * 7 + round_number) % 53))
        line = " ".join(parts)
        for word in line.split(" "):
            if word in counts:
                counts[word] += 1
            else:
                counts[word] = 1
        counts.update({"round": round_number})
        key = line[:6].upper().replace("W", "k")
        counts[key] = counts.get(key, 0) + len(line)
    return counts


def checksum(counts):
    total = 0
    for key, value in counts.items():
        total = (total * 31 + len(key) + value) % 1000000007
    joined = ",".join(sorted(counts))
    return total, len(joined), joined.count("k")


print("dicts_strings checksum", checksum(word_counts(48000)))
