"""Check that a speed change leaves the extractor's output byte for byte as it was.

    python scripts/extract_identity.py dump BEFORE.json     # from the checkout's root, before
    python scripts/extract_identity.py dump AFTER.json      # … and after the change
    python scripts/extract_identity.py diff BEFORE.json AFTER.json

Corpus: 1,500 generated articles, every dev gold text, the demo articles and 500 texts of
shuffled dev words. `diff` prints the first differences and exits 1 when any text differs.
"""
import sys, json, glob, os, random, datetime as dt
from dataclasses import asdict

def corpus():
    root = os.getcwd()
    sys.path.insert(0, root); sys.path.insert(0, os.path.join(root, "benchmarks"))
    from gen_articles import generate_articles
    from app.commands.extract import read_for_extraction
    texts = list(generate_articles(1500))
    for p in sorted(glob.glob("tests/gold/dev/*")):
        if p.endswith(".gold.json"):
            continue
        texts.append(read_for_extraction(p).text)
    for p in sorted(glob.glob("resources/demo/**/*.txt", recursive=True)):
        texts.append(open(p, encoding="utf-8", errors="replace").read())
    rnd = random.Random(7)
    words = " ".join(texts[1500:1600]).split()
    for _ in range(500):
        n = rnd.randint(5, 400)
        i = rnd.randrange(max(1, len(words) - n))
        w = words[i:i + n]
        rnd.shuffle(w) if rnd.random() < 0.3 else None
        texts.append(" ".join(w))
    return texts

def dump(out):
    texts = corpus()
    from app.extract import extract_figures
    pub = dt.date(2024, 3, 14)
    res = []
    for t in texts:
        figs = extract_figures(t, pub)
        res.append([{k: (v.value if hasattr(v, "value") else (v.isoformat() if hasattr(v, "isoformat") else v))
                     for k, v in asdict(f).items()} for f in figs])
    json.dump(res, open(out, "w"), default=str, sort_keys=True)
    print(len(texts), "texts", sum(map(len, res)), "figures")

def diff(a, b):
    A, B = json.load(open(a)), json.load(open(b))
    bad = [i for i, (x, y) in enumerate(zip(A, B)) if x != y]
    print("texts", len(A), len(B), "differing", len(bad))
    for i in bad[:5]:
        for fa, fb in zip(A[i], B[i]):
            if fa != fb:
                print(i, {k: (fa.get(k), fb.get(k)) for k in set(fa) | set(fb) if fa.get(k) != fb.get(k)})
                break
        if len(A[i]) != len(B[i]):
            print(i, "count", len(A[i]), len(B[i]))
    sys.exit(1 if bad or len(A) != len(B) else 0)

if __name__ == "__main__":
    dump(sys.argv[2]) if sys.argv[1] == "dump" else diff(sys.argv[2], sys.argv[3])
