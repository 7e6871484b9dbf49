#!/usr/bin/env python3
"""Writes the sample data set bundled in the driver jar (opened by the URL `jdbc:engagement:` with no path).

Six months (2026-01-01 to 2026-06-30) of the marketing exports of a fictional brand: social posts, CRM contacts,
engagement touches, conversions, paid media spend, an engagement matrix with brand scores, a French-formatted
campaign export and a JSON API response. Described in docs/sample-data.md.

Deterministic: fixed seeds, fixed reference dates, no clock, no environment; running it twice gives
byte-identical files. Python 3 standard library only. Run from the repository root:

    python3 scripts/generate_sample_data.py
"""
import csv
import io
import json
import math
import os
import random
import zlib
from datetime import date, datetime, timedelta

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "driver", "src", "main",
                                    "resources", "com", "engagementjdbc", "sample"))
SEED = 20260101
START = datetime(2026, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)  # inclusive
DAYS = 181  # 2026-01-01 .. 2026-06-30
TS = "%Y-%m-%d %H:%M:%S"


def rng_for(name):
    """One generator per file, so that changing one file's logic leaves the others unchanged."""
    return random.Random(SEED * 1000003 + zlib.crc32(name.encode("ascii")))


# ---------------------------------------------------------------------------------------------------------------
# Calendar: campaigns and seasonality shared by all files
# ---------------------------------------------------------------------------------------------------------------

# name: (first day, last day) inclusive
CAMPAIGNS = {
    "winter_sale": (date(2026, 1, 7), date(2026, 2, 3)),
    "creator_program": (date(2026, 2, 2), date(2026, 6, 30)),
    "hiring_2026": (date(2026, 1, 12), date(2026, 5, 29)),
    "spring_launch": (date(2026, 3, 16), date(2026, 4, 30)),
    "summer_sale": (date(2026, 6, 10), date(2026, 6, 30)),
    "always_on": (date(2026, 1, 1), date(2026, 6, 30)),
}
SALE_CAMPAIGNS = ["winter_sale", "spring_launch", "summer_sale"]

# activity by month: January sales, a quiet February, the April launch, the June summer sale
MONTH_FACTOR = {1: 1.25, 2: 0.80, 3: 0.95, 4: 1.20, 5: 0.95, 6: 1.15}


def active(campaign, day):
    first, last = CAMPAIGNS[campaign]
    return first <= day <= last


def season(day):
    return MONTH_FACTOR[day.month]


def poisson(rng, lam):
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def pick(rng, weights):
    names = list(weights)
    return rng.choices(names, [weights[n] for n in names])[0]


def write_csv(name, header, rows, delimiter=",", bom=False, newline="\n"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))
    return len(rows)


# ---------------------------------------------------------------------------------------------------------------
# posts.csv
# ---------------------------------------------------------------------------------------------------------------

PLATFORMS = {
    # followers on 2026-01-01, daily growth, posts per weekday, weekend factor, share of followers reached,
    # interactions per person reached, clicks per person reached, chance of going viral, post types (weights)
    "facebook": dict(followers=52300, growth=0.00035, per_day=0.82, weekend=0.7, reach=(0.06, 0.22), rate=0.030,
                     click=(0.006, 0.020), viral=0.015,
                     types={"image": 40, "video": 25, "carousel": 15, "text": 20}),
    "instagram": dict(followers=38100, growth=0.00095, per_day=1.00, weekend=1.1, reach=(0.10, 0.30), rate=0.055,
                      click=(0.002, 0.008), viral=0.03,
                      types={"image": 30, "carousel": 25, "reel": 30, "story": 15}),
    "linkedin": dict(followers=14200, growth=0.00080, per_day=0.86, weekend=0.15, reach=(0.08, 0.25), rate=0.042,
                     click=(0.010, 0.030), viral=0.02,
                     types={"text": 40, "image": 35, "video": 15, "carousel": 10}),
    "tiktok": dict(followers=21400, growth=0.00230, per_day=0.91, weekend=1.2, reach=(0.25, 0.90), rate=0.078,
                   click=(0.001, 0.005), viral=0.04, types={"video": 100}),
    "x": dict(followers=9050, growth=0.00008, per_day=0.95, weekend=0.6, reach=(0.05, 0.18), rate=0.016,
              click=(0.005, 0.015), viral=0.02, types={"text": 55, "image": 35, "video": 10}),
}
# UTC hours at which each platform's posts go out (weights)
POST_HOURS = {
    "facebook": {7: 2, 11: 3, 12: 4, 17: 3, 18: 4, 19: 3},
    "instagram": {6: 1, 10: 3, 11: 4, 16: 4, 17: 5, 18: 3},
    "linkedin": {6: 4, 7: 5, 11: 3, 15: 2},
    "tiktok": {15: 2, 17: 4, 18: 5, 19: 4, 20: 2},
    "x": {6: 3, 7: 4, 11: 4, 12: 3, 16: 3},
}
# which campaigns each platform posts for
POST_CAMPAIGNS = {
    "facebook": ["winter_sale", "spring_launch", "summer_sale"],
    "instagram": ["winter_sale", "spring_launch", "summer_sale", "creator_program"],
    "linkedin": ["hiring_2026", "spring_launch"],
    "tiktok": ["winter_sale", "spring_launch", "summer_sale", "creator_program"],
    "x": ["winter_sale", "spring_launch", "summer_sale", "hiring_2026"],
}
CAPTIONS = {
    None: [
        ("Behind the scenes at our Lyon studio", 4),
        ("Tips & tricks #{n}: keep your gear like new", 4),
        ("Which one would you pick, left or right?", 3),
        ("Monday plan: coffee, a long walk, and a good playlist", 2),
        ("Thank you for 1, 2, 3... so many messages this week", 2),
        ("Our team's favourite picks this month", 3),
        ("Customer story: \"I use it every single day\"", 0.5),
        ("New on the blog: 5 ways to plan your week", 3),
        ("Café, croissant et créativité: the Friday routine", 1),
    ],
    "winter_sale": [
        ("Winter sale, up to 40% off", 5),
        ("Last days of the winter sale, don't miss out", 3),
        ("Sale tip: \"buy once, buy well\"", 0.5),
        ("Cosy picks for cold days", 3),
    ],
    "spring_launch": [
        ("Meet the spring collection", 5),
        ("Spring is here, and so is our new range", 4),
        ("Launch day! Tell us what you think", 2),
        ("\"Lighter, brighter, better\": the spring range in 3 words", 0.5),
    ],
    "summer_sale": [
        ("Summer sale starts now, up to 50% off", 5),
        ("Sun, sand and savings", 3),
        ("Pack light, pack smart: our summer edit", 3),
    ],
    "creator_program": [
        ("Creators wanted: apply to our co-creation program", 4),
        ("Meet {name}, one of our creators", 4),
        ("Co-created with you: \"the best feedback we ever had\"", 0.5),
    ],
    "hiring_2026": [
        ("We're hiring: product designer (Lyon, hybrid)", 3),
        ("Join the team, {n} open roles", 4),
        ("Life at the company: a day with the support team", 3),
    ],
}
CREATOR_NAMES = ["Inès", "Jonas", "Mara", "Léo", "Sofia", "Tom", "Aylin", "Noah"]
LINE_BREAK_CAPTION = "Spring is here.\nNew colours, same quality"


def posts(rng):
    followers = {p: float(spec["followers"]) for p, spec in PLATFORMS.items()}
    rows = []
    line_break_done = False
    for offset in range(DAYS):
        day = (START + timedelta(days=offset)).date()
        weekend = day.weekday() >= 5
        bumps = {}
        for platform, spec in PLATFORMS.items():
            followers[platform] *= 1 + spec["growth"] * rng.uniform(0.3, 1.7) * season(day)
            lam = spec["per_day"] * (spec["weekend"] if weekend else 1.0) * season(day)
            for _ in range(poisson(rng, lam)):
                live = [c for c in POST_CAMPAIGNS[platform] if active(c, day)]
                campaign = rng.choice(live) if live and rng.random() < 0.8 else None
                post_type = pick(rng, spec["types"])
                hour = pick(rng, POST_HOURS[platform])
                published = datetime(day.year, day.month, day.day, hour, rng.randrange(0, 60, 5))
                fans = int(followers[platform])

                viral = rng.random() < spec["viral"] * (1.5 if post_type in ("reel", "video") else 1.0)
                reach = fans * rng.uniform(*spec["reach"])
                reach *= {"reel": 1.6, "video": 1.3, "carousel": 1.1, "story": 0.35, "text": 0.8}.get(post_type, 1.0)
                reach *= 1.3 if campaign else 1.0  # campaign posts are boosted
                if viral:
                    reach *= rng.lognormvariate(math.log(5), 0.4)
                reach = max(120, int(reach))
                impressions = int(reach * (rng.uniform(1.02, 1.15) if post_type == "story" else rng.uniform(1.1, 1.7)))
                rate = spec["rate"] * rng.lognormvariate(0, 0.3) * season(day)
                rate *= 1.25 if viral else 1.0
                interactions = reach * min(rate, 0.2)
                likes = int(interactions * rng.uniform(0.72, 0.86))
                comments = int(interactions * rng.uniform(0.03, 0.09))
                share_part = (0.12, 0.22) if platform == "x" else (0.02, 0.10)
                shares = 0 if post_type == "story" else \
                    int(interactions * rng.uniform(*share_part) * (1.6 if viral else 1))
                if platform in ("x", "linkedin"):
                    saves = ""
                elif post_type == "story":
                    saves = 0
                else:
                    saves = int(interactions * rng.uniform(0.02, 0.06) * (2.0 if post_type == "carousel" else 1.0))
                clicks = int(reach * rng.uniform(*spec["click"]) * (1.8 if campaign in SALE_CAMPAIGNS else 1.0))

                templates = CAPTIONS[campaign]
                caption = rng.choices([t for t, _ in templates], [w for _, w in templates])[0]
                caption = caption.format(n=rng.randint(2, 9), name=rng.choice(CREATOR_NAMES))
                if campaign == "spring_launch" and not line_break_done and post_type == "carousel":
                    caption, line_break_done = LINE_BREAK_CAPTION, True
                if platform == "x" and campaign:
                    caption += " #" + "".join(part.capitalize() for part in campaign.split("_"))

                assert reach <= impressions and likes + comments + shares + (saves or 0) + clicks < reach
                rows.append([published, platform, post_type, campaign or "", caption, likes, comments, shares, saves,
                             clicks, impressions, reach, fans])
                if viral:  # a viral post brings followers the next days
                    bumps[platform] = bumps.get(platform, 0) + reach * rng.uniform(0.002, 0.006)
        for platform, extra in bumps.items():
            followers[platform] += extra
    assert line_break_done
    rows.sort(key=lambda r: (r[0], list(PLATFORMS).index(r[1])))
    out = [[f"P{i:06d}", r[1], r[0].strftime("%Y-%m-%dT%H:%M:%SZ")] + r[2:] for i, r in enumerate(rows, 1)]
    write_csv("posts.csv", ["post_id", "platform", "published_at", "post_type", "campaign", "caption", "likes",
                            "comments", "shares", "saves", "clicks", "impressions", "reach", "followers"], out)
    return out


# ---------------------------------------------------------------------------------------------------------------
# contacts.csv, touches.csv, conversions.csv
# ---------------------------------------------------------------------------------------------------------------

COUNTRIES = {"FR": 34, "DE": 12, "ES": 9, "IT": 8, "GB": 10, "US": 13, "CA": 5, "BE": 9}
OPT_IN = {"FR": 0.72, "DE": 0.58, "ES": 0.70, "IT": 0.68, "GB": 0.74, "US": 0.82, "CA": 0.78, "BE": 0.70}
SEGMENTS = {"prospect": 45, "customer": 28, "creator": 12, "candidate": 15}
FIRST_NAMES = ["camille", "louis", "lea", "hugo", "chloe", "lucas", "manon", "jules", "emma", "nathan", "anna", "paul",
               "lena", "felix", "mia", "jonas", "lucia", "mateo", "sofia", "marco", "giulia", "oliver", "amelia",
               "harry", "olivia", "james", "ava", "ethan", "noah", "zoe", "elise", "thomas", "ines", "victor"]
LAST_NAMES = ["martin", "bernard", "dubois", "laurent", "lefevre", "muller", "schmidt", "schneider", "garcia",
              "lopez", "martinez", "rossi", "russo", "bianchi", "smith", "jones", "taylor", "brown", "wilson",
              "johnson", "tremblay", "roy", "peeters", "janssens", "maes", "moreau", "fontaine", "weber"]

CHANNEL_ACTIONS = {
    "email": {"open": 7, "click": 3},
    "instagram": {"like": 6, "comment": 2, "share": 1, "click": 2},
    "facebook": {"like": 6, "comment": 2, "share": 2, "click": 2},
    "linkedin": {"like": 5, "comment": 2, "share": 1, "click": 3},
    "tiktok": {"like": 7, "comment": 2, "share": 2},
    "paid_search": {"click": 1},
    "organic_search": {"visit": 1},
    "webinar": {"attend": 1},
}
# The stage of a journey decides its channels, so that first-touch, last-touch, linear, time-decay and
# position-based attribution credit different channels: social and organic search open journeys, email,
# LinkedIn and webinars nurture them, paid search and email close them.
STAGE_CHANNELS = {
    "open": {"instagram": 30, "tiktok": 22, "facebook": 16, "organic_search": 20, "linkedin": 6, "paid_search": 6},
    "nurture": {"email": 30, "instagram": 14, "facebook": 10, "linkedin": 12, "webinar": 10, "tiktok": 8,
                "organic_search": 10, "paid_search": 6},
    "close": {"paid_search": 34, "email": 30, "organic_search": 12, "webinar": 8, "linkedin": 6, "instagram": 6,
              "facebook": 4},
}
SEGMENT_CHANNEL_BOOST = {
    "candidate": {"linkedin": 5.0, "tiktok": 0.3, "paid_search": 0.3, "webinar": 0.2},
    "creator": {"instagram": 2.5, "tiktok": 3.0, "linkedin": 0.4, "paid_search": 0.3},
    "customer": {"email": 1.6},
    "prospect": {},
}
# how much a channel in the journey raises the chance that the contact converts
CHANNEL_LIFT = {"webinar": 0.30, "paid_search": 0.18, "email": 0.10, "organic_search": 0.05, "linkedin": 0.02,
                "instagram": -0.03, "facebook": -0.06, "tiktok": -0.12}
BASE_CONVERSION = {"customer": 0.30, "prospect": 0.16, "creator": 0.22, "candidate": 0.22}
CONVERSION_TYPE = {"customer": "sale", "prospect": "sale", "creator": "co_creation_signup", "candidate": "cv_received"}
# UTC hours of touches per channel (weights)
TOUCH_HOURS = {
    "email": {6: 3, 7: 5, 8: 4, 11: 3, 12: 3, 17: 2, 19: 3, 20: 2},
    "social": {7: 2, 11: 2, 12: 3, 16: 3, 18: 4, 19: 5, 20: 5, 21: 3},
    "search": {8: 3, 9: 4, 10: 4, 13: 4, 14: 3, 15: 3, 19: 3, 20: 2},
}
ACTION_POINTS = {"open": 1, "like": 1, "visit": 2, "click": 2, "comment": 3, "share": 4, "attend": 6}
PRICES = [24.90, 39.90, 49.90, 59.00, 79.00, 99.00, 149.90, 189.00, 249.00]

# webinar sessions: every other Thursday, 14:00 UTC
WEBINARS = [datetime(2026, 1, 8, 14) + timedelta(days=14 * k) for k in range(13)]


def touch_campaign(rng, channel, segment, day):
    if channel == "organic_search":
        return ""  # organic visits carry no campaign
    if segment == "candidate" and active("hiring_2026", day):
        return "hiring_2026"
    if segment == "creator" and active("creator_program", day):
        return "creator_program"
    sales = [c for c in SALE_CAMPAIGNS if active(c, day)]
    if sales and rng.random() < 0.8:
        return sales[0]
    if active("creator_program", day) and channel in ("instagram", "tiktok") and rng.random() < 0.2:
        return "creator_program"
    return "always_on"


def touch_time(rng, channel, when):
    """Moves a touch to a plausible hour of its day for the channel."""
    if channel == "webinar":
        session = min(WEBINARS, key=lambda w: abs((w - when).total_seconds()))
        return session + timedelta(seconds=rng.randrange(-180, 900))
    profile = "email" if channel == "email" else "search" if channel.endswith("search") else "social"
    hour = pick(rng, TOUCH_HOURS[profile])
    return datetime(when.year, when.month, when.day, hour, rng.randrange(60), rng.randrange(60))


def journey_channels(rng, n, segment, opted_in):
    channels = []
    for i in range(n):
        stage = "open" if i == 0 or (n > 4 and i == 1) else "close" if i == n - 1 else "nurture"
        weights = dict(STAGE_CHANNELS[stage])
        for channel, factor in SEGMENT_CHANNEL_BOOST[segment].items():
            if channel in weights:
                weights[channel] *= factor
        if not opted_in:
            weights.pop("email", None)  # no email without consent
        channels.append(pick(rng, weights))
    return channels


def make_touches(rng, contact, channels, first, last):
    """Spreads the channels between first and last (datetimes), in order; webinars snap to a session."""
    span = (last - first).total_seconds()
    n = len(channels)
    result = []
    for i, channel in enumerate(channels):
        at = first + timedelta(seconds=span * (i / (n - 1) if n > 1 else 1.0))
        if 0 < i < n - 1:
            at += timedelta(seconds=rng.uniform(-0.4, 0.4) * span / n)
        at = touch_time(rng, channel, at)
        if channel == "webinar" and not (first - timedelta(days=1) <= at <= last):
            channel = "email" if contact["opted_in"] else "organic_search"
            at = touch_time(rng, channel, first + timedelta(seconds=span * (i / (n - 1) if n > 1 else 1.0)))
        at = min(at, last)
        result.append([at, channel])
    return result


def journeys(rng):
    # contacts: ids follow the sign-up order, as in a CRM
    signups = sorted(date(2024, 3, 1) + timedelta(days=int(rng.betavariate(1.3, 1.0) * 846)) for _ in range(1000))
    contacts = []
    used_emails = {}
    for cid, signed in enumerate(signups, 1):
        country = pick(rng, COUNTRIES)
        segment = pick(rng, SEGMENTS)
        local = f"{rng.choice(FIRST_NAMES)}.{rng.choice(LAST_NAMES)}"
        used_emails[local] = used_emails.get(local, 0) + 1
        if used_emails[local] > 1:
            local += str(used_emails[local])
        contacts.append(dict(id=cid, email=f"{local}@example.com", country=country, segment=segment,
                             opted_in=rng.random() < OPT_IN[country], signed=signed, touches=[], conversions=[]))

    def window_start(contact):
        return max(START, datetime.combine(contact["signed"], datetime.min.time()) + timedelta(hours=9))

    # journeys: about four contacts in five engage during the half-year
    for contact in contacts:
        if rng.random() > 0.85:
            continue
        # a journey may have begun before 2026: its touches before 2026-01-01 are not in the export
        earliest = datetime.combine(contact["signed"], datetime.min.time()) + timedelta(hours=9)
        room = (END - earliest).days
        if room < 2:
            continue
        n = min(15, max(1, int(rng.triangular(1, 16, 7.5))))
        channels = journey_channels(rng, n, contact["segment"], contact["opted_in"])
        p = BASE_CONVERSION[contact["segment"]] + sum(CHANNEL_LIFT[c] for c in sorted(set(channels))) + 0.01 * n
        converts = rng.random() < min(0.92, p)
        span_days = min(room - 1, n * rng.uniform(1.0, 4.5) + rng.uniform(0, 6))
        # the last touch comes shortly before the conversion: mostly within hours, sometimes days
        gap = timedelta(minutes=rng.randrange(3, 180)) if rng.random() < 0.6 else timedelta(days=rng.uniform(0.3, 12))
        # the journey ends on a day drawn with the seasonality of the month, after its first possible touch
        lo = max(earliest + timedelta(days=span_days) + gap, START + gap + timedelta(days=1)).date()
        days = [lo + timedelta(days=k) for k in range((END.date() - lo).days + 1)]
        if not days:
            continue
        end_day = rng.choices(days, [season(d) ** 3 for d in days])[0]
        end = datetime(end_day.year, end_day.month, end_day.day, pick(rng, TOUCH_HOURS["search"]), rng.randrange(60))
        last = max(earliest, min(end, END) - gap)
        first = max(earliest, last - timedelta(days=span_days))
        touches = [t for t in make_touches(rng, contact, channels, first, last) if t[0] >= START]
        if not touches:
            continue
        contact["touches"] += touches
        if converts:
            at = max(t for t, _ in touches) + gap
            contact["conversions"].append([at, CONVERSION_TYPE[contact["segment"]]])
            # a few contacts buy again, after one to three closing touches
            if contact["segment"] in ("customer", "prospect") and rng.random() < 0.16:
                again = at + timedelta(days=rng.uniform(8, 45))
                extra = rng.randint(1, 3)
                if again < END - timedelta(days=1) and len(contact["touches"]) + extra <= 15:
                    channels = [pick(rng, {"email": 5 if contact["opted_in"] else 0, "paid_search": 3,
                                           "instagram": 1}) for _ in range(extra)]
                    begin = max(at + timedelta(hours=2), again - timedelta(days=rng.uniform(1, 9)))
                    contact["touches"] += [t for t in make_touches(rng, contact, channels, begin,
                                                                   again - timedelta(minutes=rng.randrange(5, 240)))
                                           if t[0] > at]
                    contact["conversions"].append([again, "sale"])
            # some keep engaging after converting (these touches must not be credited to that conversion)
            if rng.random() < 0.2 and len(contact["touches"]) < 15:
                after = at + timedelta(days=rng.uniform(0.5, 10))
                channel = "email" if contact["opted_in"] else "instagram"
                after = touch_time(rng, channel, after)
                if after <= at:
                    after = at + timedelta(hours=rng.uniform(1, 20))
                if after <= END:
                    contact["touches"].append([after, channel])

    # conversions with no touch in the 30 days before them: direct or offline sales
    def untouched(contact, at):
        return not any(at - timedelta(days=30) <= t <= at for t, _ in contact["touches"])

    pool = [c for c in contacts if c["segment"] in ("customer", "prospect") and not c["conversions"]]
    direct = 0
    for contact in rng.sample(pool, len(pool)):
        if direct == 32:
            break
        earliest = window_start(contact)
        if (END - earliest).days < 2:
            continue
        at = earliest + timedelta(days=rng.uniform(0, (END - earliest).days - 1))
        at = datetime(at.year, at.month, at.day, rng.randrange(8, 20), rng.randrange(60), rng.randrange(60))
        if earliest <= at <= END and untouched(contact, at):
            contact["conversions"].append([at, "sale"])
            direct += 1

    # rows; the action and campaign of a touch depend on its channel, the contact's segment and the date
    touch_rows = []
    for contact in contacts:
        contact["actions"] = []
        for at, channel in contact["touches"]:
            assert START <= at <= END
            action = pick(rng, CHANNEL_ACTIONS[channel])
            contact["actions"].append((channel, action))
            touch_rows.append([at, contact["id"], channel, touch_campaign(rng, channel, contact["segment"], at.date()),
                               action])

    # points: built from the activity, plus history for contacts who signed up before 2026
    for contact in contacts:
        history = max(0, (START.date() - contact["signed"]).days) / 30.0
        engagement = sum(ACTION_POINTS[action] for _, action in contact["actions"])
        engagement += int(rng.expovariate(1.0 / (1 + 2.2 * history)))
        intent = sum({"paid_search": 6, "webinar": 15, "organic_search": 3}.get(ch, 0) for ch, _ in contact["actions"])
        intent += sum(20 if kind == "sale" else 8 for _, kind in contact["conversions"])
        intent += int(rng.expovariate(1 / 6.0))
        if contact["segment"] == "creator":
            influence = int(rng.lognormvariate(math.log(70), 0.9))
        else:
            influence = int(rng.expovariate(1 / 8.0)) + 6 * sum(1 for ch, a in contact["actions"] if a == "share")
        contact["points"] = (engagement, intent, influence)

    touch_rows.sort(key=lambda r: (r[0], r[1]))
    touch_out = [[i, r[1], r[0].strftime(TS), r[2], r[3], r[4]] for i, r in enumerate(touch_rows, 1)]

    conversion_rows = []
    for contact in contacts:
        for at, kind in contact["conversions"]:
            assert START <= at <= END
            if kind == "sale":
                items = rng.choices([1, 2, 3], [70, 22, 8])[0]
                value = sum(rng.choice(PRICES) for _ in range(items))
                sale = [c for c in SALE_CAMPAIGNS if active(c, at.date()) and c != "spring_launch"]
                value *= 0.7 if sale else 1.0
            elif kind == "lead":
                value = rng.choice([10.0, 15.0, 25.0])
            elif kind == "co_creation_signup":
                value = rng.choice([50.0, 75.0, 120.0])
            else:
                value = 0.0
            conversion_rows.append([at, contact["id"], kind, value])
    # a third of the prospects' first conversions are leads (a demo or quote request), not sales
    firsts = {}
    for row in sorted(conversion_rows, key=lambda r: r[0]):
        firsts.setdefault(row[1], row)
    for row in conversion_rows:
        contact = contacts[row[1] - 1]
        if row is firsts[row[1]] and contact["segment"] == "prospect" and row[2] == "sale" and rng.random() < 0.33:
            row[2], row[3] = "lead", rng.choice([10.0, 15.0, 25.0])
    conversion_rows.sort(key=lambda r: (r[0], r[1]))
    conversion_out = [[f"C{i:05d}", r[1], r[0].strftime(TS), r[2], f"{r[3]:.2f}"]
                      for i, r in enumerate(conversion_rows, 1)]

    no_touch = sum(1 for at, cid, _, _ in conversion_rows if untouched(contacts[cid - 1], at))
    contact_out = [[c["id"], c["email"], c["country"], c["segment"], "true" if c["opted_in"] else "false",
                    c["signed"].isoformat()] + list(c["points"]) for c in contacts]
    write_csv("contacts.csv", ["contact_id", "email", "country", "segment", "opted_in", "signed_up_on",
                               "engagement_points", "intent_points", "influence_points"], contact_out)
    write_csv("touches.csv", ["touch_id", "contact_id", "ts", "channel", "campaign", "action"], touch_out)
    write_csv("conversions.csv", ["conversion_id", "contact_id", "ts", "conversion_type", "value"], conversion_out)
    return contact_out, touch_out, conversion_out, no_touch


# ---------------------------------------------------------------------------------------------------------------
# ad_spend.csv
# ---------------------------------------------------------------------------------------------------------------

# campaign: {channel: daily budget in EUR}
MEDIA_PLAN = {
    "always_on": {"paid_search": 95, "facebook": 35},
    "winter_sale": {"facebook": 70, "instagram": 90, "tiktok": 55, "paid_search": 140},
    "spring_launch": {"facebook": 60, "instagram": 110, "tiktok": 85, "paid_search": 120},
    "summer_sale": {"facebook": 65, "instagram": 100, "tiktok": 80, "paid_search": 150},
    "creator_program": {"tiktok": 40, "instagram": 35},
    "hiring_2026": {"linkedin": 90},
}
# cost per thousand impressions and click-through rate ranges
MEDIA = {"facebook": ((5.5, 9.0), (0.008, 0.015)), "instagram": ((6.5, 11.0), (0.005, 0.011)),
         "linkedin": ((24.0, 38.0), (0.004, 0.008)), "tiktok": ((3.5, 6.5), (0.007, 0.015)),
         "paid_search": ((14.0, 28.0), (0.030, 0.070))}


def ad_spend(rng):
    rows = []
    for offset in range(DAYS):
        day = (START + timedelta(days=offset)).date()
        weekend = day.weekday() >= 5
        for channel in MEDIA:
            for campaign, budgets in MEDIA_PLAN.items():
                if channel not in budgets or not active(campaign, day):
                    continue
                if channel == "linkedin" and weekend:
                    continue
                if rng.random() < 0.03:
                    continue  # a paused day
                first, last = CAMPAIGNS[campaign]
                ramp = 1.0
                if campaign in SALE_CAMPAIGNS:  # heavier at the start and on the last days
                    ramp = 1.4 if (day - first).days < 3 else 1.25 if (last - day).days < 3 else 1.0
                spend = budgets[channel] * ramp * season(day) * rng.uniform(0.75, 1.25) * (0.85 if weekend else 1.0)
                cpm, ctr = MEDIA[channel]
                impressions = int(spend / rng.uniform(*cpm) * 1000)
                clicks = int(impressions * rng.uniform(*ctr))
                rows.append([day.isoformat(), channel, campaign, f"{spend:.2f}", impressions, clicks])
    write_csv("ad_spend.csv", ["date", "channel", "campaign", "spend", "impressions", "clicks"], rows)
    return rows


# ---------------------------------------------------------------------------------------------------------------
# engagement_matrix.csv, brand_assessment.csv
# ---------------------------------------------------------------------------------------------------------------

# factor: {axis: weight}; factor weights collaboration 0.20, user_satisfaction 0.25, social_intelligence 0.15,
# content_quality 0.20, community_health 0.20; all weights add up to 1.00
MATRIX = {
    "collaboration": {"co_creation": 0.08, "responsiveness": 0.07, "partner_programs": 0.05},
    "user_satisfaction": {"sentiment": 0.09, "nps": 0.08, "support_quality": 0.08},
    "social_intelligence": {"listening": 0.06, "trend_awareness": 0.05, "tone_of_voice": 0.04},
    "content_quality": {"relevance": 0.07, "creativity": 0.06, "consistency": 0.04, "accessibility": 0.03},
    "community_health": {"growth": 0.08, "participation": 0.12},
}
# brand: (assessed on, mean level, {factor: offset})
BRANDS = {
    "Aurora Skincare": (date(2026, 6, 12), 4.1, {"content_quality": 0.5, "collaboration": 0.3}),
    "Kestrel Outdoor": (date(2026, 6, 15), 3.7, {"community_health": 0.8, "user_satisfaction": 0.2}),
    "Café Lumière": (date(2026, 6, 16), 3.3, {"user_satisfaction": 0.6, "social_intelligence": -0.7}),
    "Brasserie du Nord": (date(2026, 6, 19), 2.9, {"collaboration": 0.9, "content_quality": -0.6}),
    "Nimbus Bank": (date(2026, 6, 23), 2.2,
                    {"user_satisfaction": 0.7, "community_health": -0.6, "collaboration": -0.5}),
}


def matrix(rng):
    assert abs(sum(w for axes in MATRIX.values() for w in axes.values()) - 1.0) < 1e-9
    rows = [[factor, axis, f"{weight:.2f}", 5] for factor, axes in MATRIX.items() for axis, weight in axes.items()]
    write_csv("engagement_matrix.csv", ["factor", "axis", "weight", "max_score"], rows)
    assessed = []
    not_assessed = {("Café Lumière", "accessibility"), ("Brasserie du Nord", "nps"), ("Nimbus Bank", "co_creation"),
                    ("Kestrel Outdoor", "tone_of_voice")}
    for brand, (on, level, offsets) in BRANDS.items():
        for factor, axes in MATRIX.items():
            for axis in axes:
                score = max(1, min(5, round(rng.gauss(level + offsets.get(factor, 0.0), 0.55))))
                assessed.append([brand, factor, axis, "" if (brand, axis) in not_assessed else score, on.isoformat()])
    write_csv("brand_assessment.csv", ["brand", "factor", "axis", "score", "assessed_on"], assessed)
    return rows, assessed


# ---------------------------------------------------------------------------------------------------------------
# campagne_fr.csv: a French tool's export
# ---------------------------------------------------------------------------------------------------------------

CAMPAGNES = [  # (first day, last day, name, channel)
    (date(2026, 1, 1), date(2026, 1, 6), "Rentrée de janvier", "Facebook"),
    (date(2026, 1, 7), date(2026, 2, 3), "Soldes d'hiver", "Instagram"),
    (date(2026, 2, 4), date(2026, 2, 14), "Saint-Valentin", "Instagram"),
    (date(2026, 2, 15), date(2026, 3, 15), "Créateurs à l'honneur", "TikTok"),
    (date(2026, 3, 16), date(2026, 4, 30), "Lancement printemps", "Instagram"),
    (date(2026, 5, 1), date(2026, 5, 31), "Fête des mères", "Facebook"),
    (date(2026, 6, 1), date(2026, 6, 23), "Fête des pères", "Facebook"),
    (date(2026, 6, 24), date(2026, 6, 30), "Soldes d'été", "TikTok"),
]


def french_number(value, decimals, separator):
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", separator)


def campagne_fr(rng):
    rows = []
    abonnes = 18420.0
    for offset in range(180):  # 2026-01-01 .. 2026-06-29
        day = (START + timedelta(days=offset)).date()
        name, canal = next((n, c) for first, last, n, c in CAMPAGNES if first <= day <= last)
        # the tool's thousands separator: a no-break space (U+00A0) on even ISO weeks, a narrow one (U+202F) on odd
        separator = "\u00a0" if day.isocalendar()[1] % 2 == 0 else "\u202f"
        boost = 1.5 if name.startswith("Soldes") else 1.0
        impressions = int(rng.uniform(6000, 42000) * season(day) * boost * (1.2 if day.weekday() >= 5 else 1.0))
        if rng.random() < 0.04:
            impressions = int(impressions * rng.uniform(3, 6))  # a post that took off
        clics = int(impressions * rng.uniform(0.006, 0.025))
        jaime = int(impressions * rng.uniform(0.015, 0.05))
        commentaires = int(jaime * rng.uniform(0.03, 0.10))
        partages = int(jaime * rng.uniform(0.02, 0.08))
        abonnes += rng.uniform(15, 60) * season(day) + impressions * 0.0004
        depenses = impressions / 1000 * rng.uniform(7.0, 12.0)
        taux = 100.0 * (jaime + commentaires + partages) / impressions
        rows.append([day.strftime("%d/%m/%Y"), name, canal, french_number(impressions, 0, separator),
                     french_number(clics, 0, separator), french_number(jaime, 0, separator),
                     french_number(commentaires, 0, separator), french_number(partages, 0, separator),
                     french_number(int(abonnes), 0, separator), french_number(depenses, 2, separator),
                     french_number(taux, 2, separator)])
    write_csv("campagne_fr.csv", ["date", "campagne", "canal", "impressions", "clics", "j'aime", "commentaires",
                                  "partages", "abonnés", "dépenses (€)", "taux d'engagement"], rows,
              delimiter=";", bom=True, newline="\r\n")
    return rows


# ---------------------------------------------------------------------------------------------------------------
# api_posts.json (+ api_posts.json.properties): the Facebook posts as a Graph-API-like response
# ---------------------------------------------------------------------------------------------------------------

def api_posts(rng, post_rows):
    facebook = [r for r in post_rows if r[1] == "facebook"][:120]
    assert len(facebook) == 120
    page = 104857600013579
    data = []
    for i, r in enumerate(facebook, 1):
        _, _, published, post_type, _, caption, likes, comments, shares, _, clicks, impressions, reach, _ = r
        data.append({
            "id": f"{page}_{9007199254740993 + 2 * i}",  # beyond 2^53: exact only as text
            "created_time": published.replace("Z", "+0000"),
            "message": caption,
            "type": {"image": "photo", "carousel": "photo", "video": "video", "text": "status"}[post_type],
            "shares": {"count": shares},
            "insights": {
                "reach": reach,
                "engaged_users": int((likes + comments + shares + clicks) * rng.uniform(0.8, 0.95)),
                "data": [{"name": "post_impressions", "period": "lifetime", "value": impressions},
                         {"name": "post_reactions", "period": "lifetime", "value": likes},
                         {"name": "post_clicks", "period": "lifetime", "value": clicks}],
            },
        })
    document = {"data": data, "paging": {"cursors": {"before": "QVFIUmZAx", "after": "QVFIUkR3Y"}, "next": None}}
    with open(os.path.join(OUT, "api_posts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "api_posts.json.properties"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# one row per insight metric in the table api_posts__insights_data\nunnest=insights.data\n")
    return data


# ---------------------------------------------------------------------------------------------------------------

def main():
    os.makedirs(OUT, exist_ok=True)
    post_rows = posts(rng_for("posts"))
    contact_rows, touch_rows, conversion_rows, no_touch = journeys(rng_for("journeys"))
    counts = {
        "posts.csv": len(post_rows),
        "contacts.csv": len(contact_rows),
        "touches.csv": len(touch_rows),
        "conversions.csv": len(conversion_rows),
        "ad_spend.csv": len(ad_spend(rng_for("ad_spend"))),
    }
    counts["engagement_matrix.csv"], counts["brand_assessment.csv"] = map(len, matrix(rng_for("matrix")))
    counts["campagne_fr.csv"] = len(campagne_fr(rng_for("campagne_fr")))
    counts["api_posts.json"] = len(api_posts(rng_for("api_posts"), post_rows))
    names = sorted(list(counts) + ["api_posts.json.properties"])
    with open(os.path.join(OUT, "index.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(names) + "\n")
    total = 0
    for name in names + ["index.txt"]:
        size = os.path.getsize(os.path.join(OUT, name))
        total += size
        rows = counts.get(name, "")
        print(f"{name:28} {rows:>6} {'rows' if rows != '' else '    '} {size:>8} bytes")
    print(f"{'total':28} {'':>11} {total:>8} bytes")
    print(f"conversions with no touch in the 30 days before them: {no_touch}")
    assert total < 1_000_000


if __name__ == "__main__":
    main()
