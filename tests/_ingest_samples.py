"""Arabic newswire-style sample articles written for marsad's ingest/store/CLI tests (our own words)."""

from __future__ import annotations

import json
from pathlib import Path

CITIES = ["بغداد", "دمشق", "عمّان", "بيروت", "القاهرة", "الرياض", "تونس", "الرباط", "الدوحة", "مسقط"]
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]


def article(i: int) -> tuple[str, str]:
    """(title, body) of a distinct plausible article numbered ``i``."""
    city = CITIES[i % len(CITIES)]
    title = f"وزير الخارجية يبحث في {city} ملفات التعاون الاقتصادي والأمني"
    body = "\n\n".join([
        f"وصل وزير الخارجية إلى {city} صباح اليوم في زيارة رسمية تستمر يومين، يلتقي خلالها عدداً من "
        "كبار المسؤولين لبحث ملفات التعاون الاقتصادي والأمني بين البلدين.",
        f"وقال مصدر دبلوماسي إن المحادثات ستتناول تسهيل حركة التجارة عبر المعابر الحدودية، مشيراً إلى أن "
        f"قيمة التبادل التجاري بلغت {1000 + i} مليون دولار خلال العام الماضي.",
        "وأضاف المصدر أن الجانبين اتفقا على تشكيل لجنة مشتركة تجتمع كل ثلاثة أشهر لمتابعة تنفيذ ما يتم "
        f"الاتفاق عليه، على أن يُعقد اجتماعها الأول في شهر {MONTHS[i % 12]} المقبل.",
    ])
    return title, body


def text_page(i: int) -> str:
    """A plain-text page: title line, blank line, body."""
    title, body = article(i)
    return f"{title}\n\n{body}\n"


def html_page(i: int, *, charset: str = "utf-8") -> str:
    """An HTML page with a menu, the article, and a footer."""
    title, body = article(i)
    paras = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">'
            f"<title>{title}</title></head><body>"
            '<nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/economy">اقتصاد</a></nav>'
            f"<article><h1>{title}</h1>\n{paras}</article>"
            "<footer>جميع الحقوق محفوظة</footer></body></html>")


def json_record(i: int, **extra: str) -> dict[str, str]:
    """A JSON-lines style record (SaudiNewsNet field names)."""
    title, body = article(i)
    rec = {'source': 'alwatan-test', 'url': f'https://news.example/article/{i}', 'date_extracted': '2015-07-21 02:47:47',
           'title': title, 'content': body}
    rec.update(extra)
    return rec


def write_jsonl(path: Path, records: list[object]) -> Path:
    """Write one JSON value per line."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
