"""Two parties agreeing or talking agree with each other (221 of 230 gold multi-country AGREE/CONSULT rows):
an actor inside what they agreed on («اتفقت بغداد وواشنطن على إنهاء مهمة التحالف الدولي», blind72-043;
«… لإتاحة انسحاب المقاتلين الأكراد», blind63-042) is no party; a partner after «مع» still is."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_actor_in_the_agreed_content_is_no_party() -> None:
    ev = _events("اتفقت القاهرة والخرطوم على تنسيق المواقف بشأن سد النهضة الإثيوبي", "AGREE")[0]
    assert {c.split("-")[0] for c in _codes(ev.source) + _codes(ev.target)} == {"EGY", "SDN"}


def test_partner_after_ma_stays_the_target() -> None:
    ev = _events("وقعت الإمارات والبحرين اتفاقيات للتعاون الاقتصادي مع إسرائيل", "AGREE")[0]
    assert _codes(ev.target) == ["ISR"]
