# Non-ASCII text: positions count code points; \w, \d, \s and IGNORECASE are Unicode-aware.
import re

text = "café naïve 日本語 x"
for m in re.finditer(r"\w+", text):
    print(m.span(), m.group())
print(re.search(r"日本", text).span(), re.search(r"(?<=é) n", text).span())
print(re.sub(r"[àâäéèêëïîôöùûüç]", "?", text))
print(re.split(r"\s", text))
print(re.findall(r".", "é😀a"), re.search(r"😀+", "a😀😀b").span())
print(re.findall(r"(?i)straße", "STRASSE Straße STRAßE"))
print(re.findall(r"(?i)[α-ω]+", "ΑΒΓ αβγ"), re.findall(r"(?i)ω", "Ωω"))
print(re.findall(r"\d+", "٣٤ 12"), re.findall(r"\s+", "a\u3000b\u00a0c"))
print(re.compile(r"é").search("aéaé", 2).span(), re.compile(r"\w").findall("日本語x", 1, 3))
print(re.match(r"(?P<名>\w+)", "名前").groupdict())
print(re.escape("日本.語"))
