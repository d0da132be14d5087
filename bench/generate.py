#!/usr/bin/env python3
"""Write a synthetic, seeded complaints register as two CSV files, for `make bench`.

    python3 bench/generate.py N OUTDIR [--seed S]

OUTDIR/complaints.csv is for `cmplt import`: one row per complaint with the lifecycle columns
(received_at, acknowledged_at, responded_at, closed_at, resolution, upheld, outcome, state),
received over the two years before 2026-11-01, every date before the snapshot 2026-10-31T18:00Z.
OUTDIR/ratings.csv holds one rating (score, NPS, effort, attributes) for about a third of the
complaints, each after its complaint closed; bench/run.sh loads it with sqlite3, since
`cmplt import` does not take ratings. The same N and seed always give the same bytes.
Standard library only.
"""

import csv
import math
import os
import random
import sys
from datetime import datetime, timezone

DAY = 86400
HOUR = 3600
START = int(datetime(2024, 11, 1, tzinfo=timezone.utc).timestamp())
SNAPSHOT = int(datetime(2026, 10, 31, 18, tzinfo=timezone.utc).timestamp())  # "now" of the data
SPIKE = int(datetime(2026, 10, 1, tzinfo=timezone.utc).timestamp())  # October 2026: a website problem
RESPONSE_DAYS = {"low": 20, "medium": 10, "high": 5, "critical": 2}  # cmplt's default targets

CHANNELS = [("email", 34), ("phone", 26), ("web", 22), ("letter", 6), ("in-person", 5), ("social", 5), ("other", 2)]
CATEGORIES = [
    ("billing", 24), ("delivery", 19), ("product-quality", 14), ("service", 11), ("website", 8), ("returns", 7),
    ("account", 6), ("pricing", 5), ("warranty", 4), ("privacy", 2),
]
PRODUCTS = [
    "Home broadband", "Fibre 500", "Mobile SIM-only", "Mobile contract", "Landline", "TV basic", "TV sports",
    "Smart speaker", "Router X2", "Mesh kit", "Prepaid top-up", "Business line", "Cloud backup", "Next-day delivery",
    "Standard delivery", "Gift card", "Kettle K1", "Toaster T4", "Vacuum V9", "Loyalty scheme",
]
SEVERITIES = [("low", 40), ("medium", 35), ("high", 20), ("critical", 5)]
UPHELD = [("yes", 40), ("partly", 20), ("no", 40)]
OUTCOMES = [("accepted", 70), ("no-reply", 15), ("final", 8), ("referred", 4), ("withdrawn", 3)]
TAGS = ["vip", "repeat", "social-media", "regulator", "vulnerable", "press", "legal", "accessibility"]
FIRST = "Ana Ben Carla Dan Erin Fay Gus Hana Ivan Jo Kemal Lena Mia Nils Omar Pia Quinn Rosa Sam Tara Uma Vik Wen Yara Zoe".split()
LAST = "Silva Okafor Novak Jensen Rossi Khan Meyer Dubois Tanaka Haddad Costa Berg Walsh Park Moreau Ivanova".split()
STAFF = ["%s.%s" % (f.lower(), l[0].lower()) for f in FIRST[:15] for l in LAST[:2]]
DESIRED = ["A full refund", "A replacement", "An apology", "Compensation for the time lost", "A repair",
           "An explanation", "The fee removed", "The account corrected"]
PROBLEMS = {
    "billing": ["Charged twice for order {n}", "Invoice {n} shows the wrong VAT number", "Direct debit taken early",
                "Late-payment fee charged although paid on time", "Refund for order {n} still missing after {d} days"],
    "delivery": ["Parcel {n} left in the rain", "Courier never came for order {n}", "Delivery {d} days late",
                 "Parcel marked delivered but not received", "Wrong address on delivery note {n}"],
    "product-quality": ["Lid broke after {d} uses", "Device stops working after {d} minutes",
                        "Item {n} arrived damaged", "Battery drains within {d} hours"],
    "service": ["Agent hung up on me", "Waited {d} minutes on the phone", "Promised call-back never came",
                "Staff member was rude in store {n}"],
    "website": ["Checkout fails at the payment step", "Cannot log in since {d} days",
                "Password reset e-mail never arrives", "Order {n} shows twice in my account"],
    "returns": ["Return {n} not acknowledged", "Refund for return {n} is {d} days late",
                "Return label does not print"],
    "account": ["Address change not applied", "Account {n} locked without notice", "Marketing e-mails after opt-out"],
    "pricing": ["Price rose by {d}% without notice", "Promotion code {n} not applied", "Charged more than quoted"],
    "warranty": ["Warranty claim {n} refused", "Repair under warranty took {d} days"],
    "privacy": ["My data was shared without consent", "Subject access request {n} unanswered after {d} days"],
}
DETAILS = ["I have called three times already.", "This is the second time this happens.",
           "Nobody answered my e-mail.", "I expect this to be sorted out this week.",
           "The reference on my statement is {n}.", "My neighbour had the same problem.",
           "I am a customer of {d} years.", "Please reply in writing."]
RESOLUTIONS = ["Refund of the charge issued", "Replacement sent by next-day delivery", "Apologised; fee removed",
               "Explained the terms; no change", "Credit of {d} EUR applied to the account", "Repair booked",
               "Account corrected and confirmed in writing", "Escalated to the carrier; parcel re-sent",
               "Checked the call recording; the procedure was followed"]
ROOT_CAUSES = ["Payment gateway retried a timed-out charge", "Carrier missed the delivery slot",
               "Supplier batch defect", "Agent did not follow the script", "Release broke the checkout",
               "Manual data entry error", "Unclear terms on the website"]
COMMENTS = ["Quick and fair", "Took far too long", "Friendly staff", "Still not happy", "Thank you",
            "Had to chase twice", "Clear explanation"]


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def stamp(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def next_working_time(t):
    """t, or the next 08:00 UTC on a weekday when t is outside 08:00-18:00 or on a weekend."""
    while (t // DAY + 3) % 7 >= 5 or not 8 <= (t % DAY) // HOUR < 18:
        t = (t // DAY + (1 if (t % DAY) // HOUR >= 8 else 0)) * DAY + 8 * HOUR
    return t


def received_times(rng, n):
    """n receipt times over START..SNAPSHOT: slight seasonality, quiet weekends and nights,
    and twice the usual volume of website complaints in October 2026 (handled by the caller)."""
    times = []
    span = SNAPSHOT - START
    while len(times) < n:
        t = START + int(rng.random() * span)
        day = (t - START) // DAY
        weekday = (t // DAY + 3) % 7  # 0 = Monday
        hour = (t % DAY) // HOUR
        keep = (1 + 0.15 * math.sin(2 * math.pi * day / 365.25)) / 1.15
        keep *= 0.45 if weekday >= 5 else 1.0
        keep *= 1.0 if 8 <= hour < 19 else 0.3
        if rng.random() < keep:
            times.append(t)
    times.sort()
    return times


def main():
    args = sys.argv[1:]
    seed = 20261101
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit("usage: generate.py N OUTDIR [--seed S]")
    n, outdir = int(args[0]), args[1]
    rng = random.Random(seed * 1_000_003 + n)
    os.makedirs(outdir, exist_ok=True)

    header = ["ref", "received_at", "channel", "category", "product", "severity", "state", "complainant", "contact",
              "description", "desired_outcome", "assignee", "tags", "resolution", "upheld", "outcome", "root_cause",
              "acknowledged_at", "responded_at", "closed_at"]
    rating_header = ["id", "ref", "at", "actor", "score", "nps", "effort", "comment", "speed", "courtesy", "clarity"]
    ratings = []
    rate_share = 0.36  # of closed complaints; about a third of all complaints end up rated

    with open(os.path.join(outdir, "complaints.csv.tmp"), "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(header)
        for row, rec in enumerate(received_times(rng, n), start=1):
            ref = "TCK-%07d" % row
            category = weighted(rng, CATEGORIES)
            if rec >= SPIKE and category != "website" and rng.random() < 0.07:
                category = "website"
            severity = weighted(rng, SEVERITIES)
            if category == "website" and rec >= SPIKE and rng.random() < 0.5:
                severity = "high"
            nums = {"n": rng.randint(1000, 99999), "d": rng.randint(2, 30)}
            description = rng.choice(PROBLEMS[category]).format(**nums)
            if rng.random() < 0.7:
                description += ". " + rng.choice(DETAILS).format(**nums)

            # Lifecycle, then cut at the snapshot: what has not happened yet is left out.
            ack = next_working_time(rec) + int(min(rng.lognormvariate(math.log(2 * HOUR), 1.0), 10 * DAY))
            if rng.random() < 0.005:  # lost in the inbox: never acknowledged, long overdue
                ack = SNAPSHOT + 1
            target = RESPONSE_DAYS[severity] * DAY
            stuck = rng.random() < 0.004  # acknowledged but never answered: the overdue backlog
            resp = None if stuck else ack + int(target * min(rng.lognormvariate(math.log(0.45), 0.6), 4.0))
            close = None if resp is None else resp + int(rng.expovariate(1 / (3 * DAY)))
            escalate = resp is not None and SNAPSHOT - resp < 30 * DAY and rng.random() < 0.08
            if escalate:
                close = None

            state = "received"
            if ack <= SNAPSHOT:
                state = "acknowledged"
                elapsed = SNAPSHOT - ack
                if elapsed > 4 * HOUR:
                    state = "assessed"
                if elapsed > 1 * DAY:
                    state = "investigating"
            else:
                ack = None
            if resp is not None and resp <= SNAPSHOT:
                state = "escalated" if escalate else "responded"
            else:
                resp = None
            if close is not None and close <= SNAPSHOT and resp is not None:
                state = "closed"
            else:
                close = None
            assessed = state not in ("received", "acknowledged")
            sev = severity if assessed or rng.random() < 0.4 else ""

            upheld = weighted(rng, UPHELD) if resp is not None else ""
            outcome = weighted(rng, OUTCOMES) if state == "closed" else ""
            tags = ""
            if rng.random() < 0.2:
                tags = ";".join(sorted(set(rng.sample(TAGS, 1 if rng.random() < 0.75 else 2))))
            complainant = "%s %s" % (rng.choice(FIRST), rng.choice(LAST)) if rng.random() < 0.9 else ""
            contact = ""
            if complainant:
                contact = ("%s.%s%d@example.com" % (complainant.split()[0].lower(), complainant.split()[1].lower(),
                                                    rng.randint(1, 999))
                           if rng.random() < 0.7 else "+31 6 %08d" % rng.randint(0, 99999999))
            w.writerow([
                ref, stamp(rec), weighted(rng, CHANNELS), category,
                rng.choice(PRODUCTS) if rng.random() < 0.8 else "", sev, state, complainant, contact, description,
                rng.choice(DESIRED) if rng.random() < 0.3 else "", rng.choice(STAFF) if assessed else "", tags,
                rng.choice(RESOLUTIONS).format(**nums) if resp is not None else "", upheld, outcome,
                rng.choice(ROOT_CAUSES) if state == "closed" and upheld != "no" and rng.random() < 0.5 else "",
                stamp(ack) if ack is not None else "", stamp(resp) if resp is not None else "",
                stamp(close) if close is not None else "",
            ])

            if close is not None and rng.random() < rate_share:
                at = close + int(rng.expovariate(1 / (2 * DAY)))
                if at <= SNAPSHOT:
                    late = (resp - rec) > target
                    score = max(1, min(5, round(rng.gauss(2.6 if late or upheld == "no" else 4.1, 1.0))))
                    nps = max(0, min(10, round(score * 2 + rng.gauss(0, 1.5)))) if rng.random() < 0.8 else ""
                    effort = max(1, min(7, round(score * 1.4 + rng.gauss(0, 1)))) if rng.random() < 0.6 else ""
                    attrs = ["", "", ""]
                    if rng.random() < 0.5:
                        attrs = [max(1, min(5, score + rng.choice((-1, 0, 0, 1)))) if rng.random() < p else ""
                                 for p in (0.9, 0.7, 0.5)]
                    ratings.append([at, ref, "survey", score, nps, effort,
                                    rng.choice(COMMENTS) if rng.random() < 0.25 else ""] + attrs)

    ratings.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(outdir, "ratings.csv.tmp"), "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(rating_header)
        for i, r in enumerate(ratings, start=1):
            w.writerow([i, r[1], r[0]] + r[2:])
    os.replace(os.path.join(outdir, "complaints.csv.tmp"), os.path.join(outdir, "complaints.csv"))
    os.replace(os.path.join(outdir, "ratings.csv.tmp"), os.path.join(outdir, "ratings.csv"))


if __name__ == "__main__":
    main()
