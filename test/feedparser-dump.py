# Reads feeds on stdin with Python's feedparser (a real reader) and prints what it understood
# as a JSON list, for the feed tests. Several feeds may be sent separated by NUL bytes (a
# character XML cannot contain), to pay for one interpreter start only. Dates are epoch seconds
# (feedparser normalises them to UTC).
import calendar, json, sys
import feedparser

def seconds(t):
    return calendar.timegm(t) if t else None

def dump(data):
    d = feedparser.parse(data)
    return {
        "bozo": d.bozo,
        "error": str(d.get("bozo_exception", "")),
        "version": d.version,
        "title": d.feed.get("title"),
        "link": d.feed.get("link"),
        "entries": [{
            "id": e.get("id"),
            "title": e.get("title"),
            "link": e.get("link"),
            "published": seconds(e.get("published_parsed")),
            "author": e.get("author"),
            "summary": e.get("summary"),
            "content": e.content[0].value if e.get("content") else None,
            "tags": [t.term for t in e.get("tags", [])],
            "enclosures": [{"href": x.get("href"), "type": x.get("type")} for x in e.get("enclosures", [])],
        } for e in d.entries],
    }

print(json.dumps([dump(f) for f in sys.stdin.buffer.read().split(b"\0")], ensure_ascii=False))
