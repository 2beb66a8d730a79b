"""Generates a large content directory for the benchmark's "scale" figures.

The result is synthetic and only for measuring: it is written to a temporary
directory and never shipped. It keeps the shipped work.yaml, the eras and the
exhibition header, and replaces the events and captions with generated ones:

- timeline.yaml: the shipped eras, then N events (default 10,000), oldest
  first, spread evenly from December 1951 to 2024, each with an English and a
  German label, title and one-sentence story (the loader requires every text
  in every language the content uses) and one source;
- exhibition.yaml: the shipped exhibition header, then M captions (default
  2,000), each with both languages.

The texts are short on purpose: the loader refuses a content file over 5 MB,
and 10,000 events with stories of the shipped length would not fit in one
file. Rendering does per-item work on the selected item only, so the length
of the other items' texts does not change the per-key figures.

Standard library only.
"""

import datetime
import os
import shutil

# Short texts: the loader refuses a content file over 5 MB, and 10,000 events
# must fit in one timeline.yaml (about 4 MB with these).
STORY_EN = "Generated event {n} for the benchmark; it states no fact about IOM."
STORY_DE = "Erzeugtes Ereignis {n} für den Benchmark; es nennt keine Tatsache."
# The items the benchmark's key script visits (the first events and captions)
# get texts as long as the shipped ones, so that the detail pane and the
# reading view do the same work as with the shipped content and the per-key
# figures compare like with like.
LONG_EVENTS = 40
LONG_CAPTIONS = 8
LONG_EN = (
    "This is generated text for the benchmark, item number {n}. It stands in "
    "for a curator's story of about the usual length, so that wrapping and "
    "layout do the same work as for a shipped item.\n\n"
    "A second paragraph follows, as most stories have one: it repeats that the "
    "item was generated and states no fact about IOM or Germany. A third "
    "sentence makes it as long as the shipped stories are."
)
LONG_DE = (
    "Dies ist erzeugter Text für den Benchmark, Eintrag Nummer {n}. Er steht "
    "für die Geschichte einer Kuratorin in der üblichen Länge, damit Umbruch "
    "und Layout dieselbe Arbeit leisten wie bei einem mitgelieferten Eintrag.\n\n"
    "Es folgt ein zweiter Absatz, wie ihn die meisten Geschichten haben: Er "
    "wiederholt, dass der Eintrag erzeugt wurde und keine Tatsache über die IOM "
    "oder Deutschland nennt. Ein dritter Satz macht ihn so lang wie die anderen."
)
CAPTION_EN = "Generated caption {n} for the benchmark; it describes no real photo."
CAPTION_DE = "Erzeugte Bildunterschrift {n} für den Benchmark; kein echtes Foto."


def _text(field, en, de):
    """A text in both languages: flow style for one line, blocks otherwise."""
    if "\n" not in en and "\n" not in de:
        return f'    {field}: {{en: "{en}", de: "{de}"}}\n'

    def block(text):
        return "|\n" + "\n".join("        " + line if line else "" for line in text.split("\n")) + "\n"

    return f"    {field}:\n      en: {block(en)}      de: {block(de)}"


def _head(path, marker):
    """The file's text up to (not including) the line `marker`."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.rstrip("\n") == marker:
                return "".join(out)
            out.append(line)
    raise SystemExit(f"{path}: no line {marker!r}; cannot generate scale content")


def era_of(year):
    # The shipped eras: picmme 1951-1952, icem 1952-1980, icm 1980-1989,
    # iom since 1989.
    if year < 1953:
        return "picmme"
    if year < 1980:
        return "icem"
    if year < 1989:
        return "icm"
    return "iom"


def generate(resources, out_dir, events=10000, captions=2000):
    os.makedirs(out_dir, exist_ok=True)
    shutil.copy(os.path.join(resources, "work.yaml"), os.path.join(out_dir, "work.yaml"))
    shutil.copy(os.path.join(resources, "SOURCES.md"), os.path.join(out_dir, "SOURCES.md"))

    start = datetime.date(1951, 12, 6)
    span = (datetime.date(2024, 12, 31) - start).days
    parts = [_head(os.path.join(resources, "timeline.yaml"), "events:"), "events:\n"]
    for i in range(events):
        n = i + 1
        day = start + datetime.timedelta(days=span * i // max(1, events - 1))
        parts.append(
            f"  - id: gen-event-{n:05d}\n"
            f'    date: "{day.isoformat()}"\n'
            f"    era: {era_of(day.year)}\n"
            f'    label: {{en: "Event {n:05d}", de: "Ereignis {n:05d}"}}\n'
            f'    title: {{en: "Generated event {n}", de: "Erzeugtes Ereignis {n}"}}\n'
            + (_text("story", LONG_EN.format(n=n), LONG_DE.format(n=n)) if n <= LONG_EVENTS
               else _text("story", STORY_EN.format(n=n), STORY_DE.format(n=n)))
            + '    sources:\n      - tag: S\n        id: iom-germany-who-we-are\n        text: {en: "generated", de: "erzeugt"}\n'
        )
    with open(os.path.join(out_dir, "timeline.yaml"), "w", encoding="utf-8") as f:
        f.write("".join(parts))

    parts = [_head(os.path.join(resources, "exhibition.yaml"), "captions:"), "captions:\n"]
    for i in range(captions):
        n = i + 1
        year = 1951 + (i * 73) // max(1, captions)
        parts.append(
            f"  - id: gen-caption-{n:04d}\n"
            f'    label: {{en: "Caption {n:04d}", de: "Bild {n:04d}"}}\n'
            f'    title: {{en: "Generated photo {n}", de: "Erzeugtes Foto {n}"}}\n'
            f"    year: {year}\n"
            + (_text("caption", LONG_EN.format(n=n), LONG_DE.format(n=n)) if n <= LONG_CAPTIONS
               else _text("caption", CAPTION_EN.format(n=n), CAPTION_DE.format(n=n)))
            + '    sources:\n      - tag: S\n        id: iom-germany-who-we-are\n        text: {en: "generated", de: "erzeugt"}\n'
        )
    with open(os.path.join(out_dir, "exhibition.yaml"), "w", encoding="utf-8") as f:
        f.write("".join(parts))
    return out_dir


if __name__ == "__main__":
    import sys

    here = os.path.dirname(os.path.abspath(__file__))
    target = sys.argv[1] if len(sys.argv) > 1 else "/tmp/iom-scale-content"
    generate(os.path.join(here, "..", "Resources"), target)
    print(target)
