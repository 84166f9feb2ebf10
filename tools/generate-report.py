#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large synthetic Briefing report, for benchmarks and for trying the
reader at scale: generate-report.py N_EVENTS OUTPUT [--seed S]."""

import argparse
import json
import random

WORDS = ("air defence drones missile strike region officials reported talks aid package "
         "shells production explosives convent investigators troops border minister "
         "statement according overnight intercepted launched injured civilians rescue "
         "worker police facility artillery munitions sovereign security interests").split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n_events", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    topics = [{"id": f"topic-{i}", "title": f"Topic {i}: {sentence(rng, 3)[:-1]}",
               "description": sentence(rng, 12)} for i in range(40)]
    entities = []
    for i in range(400):
        kind = ("person", "organization", "place")[i % 3]
        entity = {"id": f"entity-{i}", "name": f"{kind.title()} {i}", "kind": kind,
                  "role": sentence(rng, 4)}
        if kind == "place":
            entity["coordinates"] = {"latitude": rng.uniform(-80, 80),
                                     "longitude": rng.uniform(-170, 170)}
        entities.append(entity)
    places = [e["id"] for e in entities if e["kind"] == "place"]
    people = [e["id"] for e in entities if e["kind"] == "person"]

    events = []
    for i in range(args.n_events):
        year = 2000 + rng.randrange(25)
        month = rng.randrange(1, 13)
        day = rng.randrange(1, 29)
        shape = rng.random()
        if shape < 0.7:
            date = f"{year:04}-{month:02}-{day:02}"
        elif shape < 0.8:
            date = f"{year:04}-{month:02}"
        elif shape < 0.9:
            date = f"{year:04}-{month:02}-{day:02}~"
        else:
            date = f"{year:04}-{month:02}-01/{year:04}-{month:02}-{day:02}"
        events.append({
            "id": f"event-{i}",
            "date": date,
            "date_text": rng.choice(["Friday", "late October", "overnight", "recently"]),
            "time_of_day": rng.choice(["late afternoon", "overnight", "14:30"]),
            "place": rng.choice(places),
            "headline": sentence(rng, 9),
            "body": " ".join(sentence(rng, 12) for _ in range(3)),
            "topics": rng.sample([t["id"] for t in topics], 2),
            "actors": rng.sample(people, 2),
            "figures": [{"label": "drones intercepted", "value": 31, "of": 48, "unit": "drones"}],
            "quotes": [{"speaker": rng.choice(people), "text": sentence(rng, 16)}],
            "attribution": {"text": "according to " + sentence(rng, 3)[:-1].lower(),
                            "source": rng.choice(people)},
        })

    turns = [{"speaker": ("entity-0", "entity-3")[i % 2], "text": sentence(rng, 40),
              "topics": [rng.choice(topics)["id"]],
              "events": [f"event-{rng.randrange(args.n_events)}"] if args.n_events else []}
             for i in range(200)]
    report = {
        "format": "briefing", "version": "1.0",
        "title": f"Generated report of {args.n_events} events",
        "subtitle": "Synthetic data for benchmarks", "language": "en",
        "published": "2024-11-01", "summary": sentence(rng, 30),
        "topics": topics, "entities": entities, "events": events,
        "interviews": [{"id": "interview", "title": "A long interview",
                        "participants": [{"entity": "entity-0", "role": "interviewer"},
                                         {"entity": "entity-3", "role": "guest"}],
                        "turns": turns}],
    }
    with open(args.output, "w", encoding="utf-8") as out:
        json.dump(report, out, ensure_ascii=False, indent=None, separators=(",", ":"))


if __name__ == "__main__":
    main()
