#!/usr/bin/env python3
"""Writes the sample data set bundled in the driver jar (jdbc:engagement: with no path).

Deterministic: a fixed seed and fixed dates, so running it twice gives byte-identical files.
Run from the repository root:  python3 scripts/generate_sample_data.py
"""
import csv
import io
import json
import math
import os
import random
from datetime import date, datetime, timedelta

OUT = os.path.join(os.path.dirname(__file__), "..", "driver", "src", "main", "resources", "com", "engagementjdbc", "sample")
START = datetime(2026, 1, 1)
DAYS = 181  # 2026-01-01 .. 2026-06-30
rng = random.Random(20260101)

PLATFORMS = {
    # platform: (base followers, monthly growth, engagement per reach, post types)
    "facebook": (52000, 0.010, 0.030, ["image", "video", "text", "carousel"]),
    "instagram": (38000, 0.035, 0.055, ["image", "reel", "carousel", "story"]),
    "linkedin": (14000, 0.025, 0.040, ["text", "image", "video"]),
    "tiktok": (21000, 0.080, 0.075, ["video"]),
    "x": (9000, 0.005, 0.015, ["text", "image"]),
}
CAMPAIGNS = ["winter_sale", "spring_launch", "creator_program", "hiring_2026", "always_on"]
CHANNELS = ["email", "instagram", "facebook", "linkedin", "tiktok", "paid_search", "organic_search", "webinar"]
CHANNEL_ACTIONS = {
    "email": ["open", "click"], "instagram": ["like", "comment", "share", "click"], "facebook": ["like", "comment", "share", "click"],
    "linkedin": ["like", "comment", "click"], "tiktok": ["like", "share", "comment"], "paid_search": ["click"],
    "organic_search": ["visit"], "webinar": ["attend"],
}
# channels that tend to come shortly before a conversion, so attribution models disagree
CLOSING_WEIGHTS = {"email": 5, "paid_search": 4, "webinar": 3, "linkedin": 2, "organic_search": 2, "instagram": 1, "facebook": 1, "tiktok": 1}
OPENING_WEIGHTS = {"instagram": 5, "tiktok": 4, "facebook": 3, "organic_search": 2, "linkedin": 2, "email": 1, "paid_search": 1, "webinar": 1}


def write_csv(name, header, rows, delimiter=",", bom=False, newline="\n"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)
    return len(rows)


def seasonality(day):
    """More activity in January sales and in the spring launch (April)."""
    return 1.0 + 0.35 * math.exp(-((day - 12) / 10.0) ** 2) + 0.5 * math.exp(-((day - 100) / 14.0) ** 2)


def captions():
    return ["New season, new looks", "Behind the scenes at the studio", "Meet our creators, part {n}",
            "We're hiring: join the team", "Tips & tricks #{n}", "Flash sale, today only",
            "\"Best purchase this year\", says a customer", "Join our webinar, seats are limited"]


def posts():
    rows = []
    texts = captions()
    n = 0
    for day in range(DAYS):
        when = START + timedelta(days=day)
        for platform, (base, growth, rate, types) in PLATFORMS.items():
            if rng.random() > 0.85 * seasonality(day) / 1.5:
                continue
            n += 1
            followers = int(base * (1 + growth) ** (day / 30.0))
            post_type = rng.choice(types)
            published = when + timedelta(hours=rng.choice([8, 9, 12, 13, 17, 18, 19, 20, 21]), minutes=rng.randrange(0, 60, 5))
            viral = rng.random() < 0.03
            reach = int(followers * rng.uniform(0.08, 0.35) * (rng.uniform(4, 12) if viral else 1) * (1.4 if post_type in ("reel", "video") else 1))
            impressions = int(reach * rng.uniform(1.1, 1.8))
            interactions = reach * rate * rng.uniform(0.5, 1.6) * seasonality(day)
            likes = int(interactions * 0.78)
            comments = int(interactions * rng.uniform(0.04, 0.10))
            shares = int(interactions * rng.uniform(0.03, 0.12))
            saves = "" if platform in ("x", "linkedin") else int(interactions * rng.uniform(0.02, 0.08))
            clicks = int(reach * rng.uniform(0.004, 0.03))
            campaign = "" if rng.random() < 0.2 else rng.choice(CAMPAIGNS)
            caption = rng.choice(texts).format(n=rng.randint(1, 9))
            if n == 42:
                caption = "Two lines:\nspring is here"
            rows.append([f"P{n:06d}", platform, published.strftime("%Y-%m-%dT%H:%M:00Z"), post_type, campaign, caption,
                         likes, comments, shares, saves, clicks, impressions, reach, followers])
    return write_csv("posts.csv", ["post_id", "platform", "published_at", "post_type", "campaign", "caption", "likes", "comments",
                                   "shares", "saves", "clicks", "impressions", "reach", "followers"], rows)


def contacts():
    rows = []
    countries = ["FR", "FR", "FR", "DE", "ES", "IT", "GB", "US", "CA", "BE"]
    segments = ["customer", "prospect", "prospect", "creator", "candidate"]
    for cid in range(1, 1001):
        signed = date(2025, 6, 1) + timedelta(days=rng.randrange(0, 390))
        engagement = int(rng.expovariate(1 / 25.0))
        intent = int(rng.expovariate(1 / 20.0))
        influence = int(rng.expovariate(1 / 30.0)) if rng.random() < 0.5 else 0
        rows.append([cid, f"contact{cid:04d}@example.com", rng.choice(countries), rng.choice(segments),
                     "true" if rng.random() < 0.7 else "false", signed.isoformat(), engagement, intent, influence])
    return write_csv("contacts.csv", ["contact_id", "email", "country", "segment", "opted_in", "signed_up_on", "engagement_points",
                                      "intent_points", "influence_points"], rows)


def weighted(weights):
    names = list(weights)
    return rng.choices(names, [weights[c] for c in names])[0]


def journeys():
    touches, conversions = [], []
    touch_id = 0
    conversion_id = 0
    for contact in range(1, 1001):
        if rng.random() < 0.55:
            continue
        converts = rng.random() < 0.75
        count = rng.randint(1, 15)
        end = START + timedelta(days=rng.randrange(20, DAYS - 1), hours=rng.randrange(8, 22), minutes=rng.randrange(60))
        times = sorted(end - timedelta(days=rng.uniform(0, 28 if converts else 60)) for _ in range(count))
        for i, ts in enumerate(times):
            if ts < START:
                continue
            channel = weighted(OPENING_WEIGHTS if i < count / 2 else CLOSING_WEIGHTS)
            touch_id += 1
            touches.append([touch_id, contact, ts.strftime("%Y-%m-%d %H:%M:%S"), channel, rng.choice(CAMPAIGNS),
                            rng.choice(CHANNEL_ACTIONS[channel])])
        if converts:
            kind = rng.choices(["sale", "lead", "co_creation_signup", "cv_received"], [5, 3, 1, 1])[0]
            value = {"sale": round(rng.uniform(19, 390), 2), "lead": round(rng.uniform(5, 40), 2),
                     "co_creation_signup": round(rng.uniform(50, 150), 2), "cv_received": 0.0}[kind]
            conversion_id += 1
            at = end + timedelta(minutes=rng.randrange(1, 240))
            conversions.append([f"C{conversion_id:05d}", contact, at.strftime("%Y-%m-%d %H:%M:%S"), kind, f"{value:.2f}"])
            if rng.random() < 0.15:  # a repeat purchase of the same contact, sharing earlier touches
                conversion_id += 1
                later = at + timedelta(days=rng.uniform(1, 20))
                conversions.append([f"C{conversion_id:05d}", contact, later.strftime("%Y-%m-%d %H:%M:%S"), "sale",
                                    f"{rng.uniform(19, 390):.2f}"])
    # conversions with no touch in the previous 30 days (direct or offline)
    for _ in range(30):
        conversion_id += 1
        contact = rng.randint(1, 1000)
        at = START + timedelta(days=rng.randrange(0, DAYS), hours=rng.randrange(8, 22))
        conversions.append([f"C{conversion_id:05d}", contact, at.strftime("%Y-%m-%d %H:%M:%S"), "sale", f"{rng.uniform(19, 390):.2f}"])
    touches.sort(key=lambda r: (r[2], r[1]))
    for i, row in enumerate(touches, 1):
        row[0] = i
    conversions.sort(key=lambda r: r[2])
    n_touches = write_csv("touches.csv", ["touch_id", "contact_id", "ts", "channel", "campaign", "action"], touches)
    n_conversions = write_csv("conversions.csv", ["conversion_id", "contact_id", "ts", "conversion_type", "value"], conversions)
    return n_touches, n_conversions


def ad_spend():
    rows = []
    paid = {"facebook": 60, "instagram": 80, "linkedin": 45, "tiktok": 50, "paid_search": 120}
    for day in range(DAYS):
        when = (START + timedelta(days=day)).date()
        for channel, budget in paid.items():
            if rng.random() < 0.15:
                continue
            spend = budget * seasonality(day) * rng.uniform(0.6, 1.4)
            impressions = int(spend * rng.uniform(80, 160))
            clicks = int(impressions * rng.uniform(0.005, 0.025))
            rows.append([when.isoformat(), channel, rng.choice(CAMPAIGNS), f"{spend:.2f}", impressions, clicks])
    return write_csv("ad_spend.csv", ["date", "channel", "campaign", "spend", "impressions", "clicks"], rows)


MATRIX = {
    "collaboration": {"co_creation": 0.08, "responsiveness": 0.06, "partner_programs": 0.06},
    "user_satisfaction": {"sentiment": 0.10, "nps": 0.08, "support_quality": 0.05, "retention": 0.07},
    "social_intelligence": {"listening": 0.06, "trend_awareness": 0.05, "tone": 0.04},
    "content_quality": {"relevance": 0.08, "creativity": 0.06},
    "community_health": {"growth": 0.07, "participation": 0.08, "moderation": 0.06},
}


def matrix():
    rows = [[factor, axis, f"{weight:.2f}", 5] for factor, axes in MATRIX.items() for axis, weight in axes.items()]
    n_matrix = write_csv("engagement_matrix.csv", ["factor", "axis", "weight", "max_score"], rows)
    brands = {"Lumen Cosmetics": 4.1, "Brasserie Nord": 3.4, "Kiro Sports": 3.8, "Atelier Vega": 2.7, "Nimbus Bank": 2.3}
    assessed = []
    for brand, level in brands.items():
        on = date(2026, 6, 15) + timedelta(days=rng.randrange(0, 10))
        for factor, axes in MATRIX.items():
            for axis in axes:
                score = "" if rng.random() < 0.05 else max(1, min(5, round(rng.gauss(level, 0.8))))
                assessed.append([brand, factor, axis, score, on.isoformat()])
    n_brand = write_csv("brand_assessment.csv", ["brand", "factor", "axis", "score", "assessed_on"], assessed)
    return n_matrix, n_brand


def french_number(value, decimals, separator):
    text = f"{value:,.{decimals}f}" if decimals else f"{value:,d}"
    return text.replace(",", separator).replace(".", ",")


def campagne_fr():
    rows = []
    campagnes = ["Soldes d'hiver", "Lancement printemps", "Soldes d'été", "Rentrée créateurs"]
    canaux = ["instagram", "facebook", "tiktok"]
    for day in range(0, DAYS):
        if day % 1 != 0 or len(rows) >= 180:
            break
        when = (START + timedelta(days=day)).date()
        canal = canaux[day % 3]
        separator = "\u00a0" if day % 2 == 0 else "\u202f"
        impressions = int(rng.uniform(4000, 60000) * seasonality(day))
        clics = int(impressions * rng.uniform(0.005, 0.03))
        likes = int(impressions * rng.uniform(0.01, 0.05))
        commentaires = int(likes * rng.uniform(0.03, 0.1))
        partages = int(likes * rng.uniform(0.02, 0.08))
        abonnes = 18000 + day * 40 + rng.randrange(0, 30)
        depenses = rng.uniform(40, 1800) * seasonality(day)
        taux = 100.0 * (likes + commentaires + partages) / impressions
        rows.append([when.strftime("%d/%m/%Y"), campagnes[min(3, day // 46)], canal, french_number(impressions, 0, separator),
                     french_number(clics, 0, separator), french_number(likes, 0, separator), commentaires, partages,
                     french_number(abonnes, 0, separator), french_number(depenses, 2, separator), f"{taux:.2f}".replace(".", ",")])
    return write_csv("campagne_fr.csv", ["date", "campagne", "canal", "impressions", "clics", "j'aime", "commentaires", "partages",
                                         "abonnés", "dépenses (€)", "taux d'engagement"], rows, delimiter=";", bom=True, newline="\r\n")


def api_posts():
    """A JSON source shaped like a social network API response: rows under "data", nested insights."""
    data = []
    for i in range(1, 121):
        created = START + timedelta(days=rng.randrange(DAYS), hours=rng.randrange(24))
        reach = rng.randrange(500, 40000)
        values = {"post_impressions": int(reach * rng.uniform(1.1, 1.7)), "post_reactions": int(reach * rng.uniform(0.01, 0.06)),
                  "post_clicks": int(reach * rng.uniform(0.002, 0.02))}
        data.append({
            "id": f"{104857600000000 + i * 7919}_{9007199254740993 + i}",
            "created_time": created.strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "message": rng.choice(captions()).format(n=i % 9 + 1),
            "type": rng.choice(["photo", "video", "link", "status"]),
            "shares": {"count": rng.randrange(0, 80)},
            "insights": {"reach": reach, "engaged_users": int(reach * rng.uniform(0.02, 0.09)),
                         "data": [{"name": name, "period": "lifetime", "value": value} for name, value in values.items()]},
        })
    document = {"data": data, "paging": {"cursors": {"before": "QVFIU", "after": "QVFIZ"}, "next": None}}
    with open(os.path.join(OUT, "api_posts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "api_posts.json.properties"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# one row per insight metric in the table api_posts__insights_data\nunnest=insights.data\n")
    return len(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    counts = {"posts.csv": posts(), "contacts.csv": contacts()}
    counts["touches.csv"], counts["conversions.csv"] = journeys()
    counts["ad_spend.csv"] = ad_spend()
    counts["engagement_matrix.csv"], counts["brand_assessment.csv"] = matrix()
    counts["campagne_fr.csv"] = campagne_fr()
    counts["api_posts.json"] = api_posts()
    names = sorted(list(counts) + ["api_posts.json.properties"])
    with open(os.path.join(OUT, "index.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(names) + "\n")
    for name in names:
        print(f"{name:28} {counts.get(name, ''):>6} rows {os.path.getsize(os.path.join(OUT, name)):>8} bytes")


if __name__ == "__main__":
    main()
