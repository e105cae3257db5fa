"""Rules added in the thirty-fourth dates round, after ``dates_fresh30`` (60 sentences anchored on the publication
date: counts written as words «قبل ثلاثة أسابيع», «منذ عشرة أيام», «الأشهر الستة المقبلة», «الأسبوع الجاري/المنصرم/
الفارط», week, month and year parts, quarters and halves, «الشهر قبل الماضي», weekdays with «القادم/المقبل/الماضي/
المنصرم» in both genders, «ليلة أمس», «صباح اليوم», «في وقت سابق اليوم», «خلال العقد الماضي», Egyptian «فبراير/شباط»
and Maghrebi «جانفي/فيفري/جوان» with weekdays, and eight sentences with time-like words and no date).

First run (MARSAD_TODAY=2026-11-23): found 60/60, exact 60/60; dateparser found 18/60 (0.300), exact 16/60 (0.267).
Three gold spans were corrected to the tagger's span convention (values unchanged): «اليوم الأول من أيلول المقبل» →
«الأول من أيلول المقبل» (as «يوم» before a numeric day), «خلال الأسابيع الثلاثة الماضية» → without «خلال» (as most
sets label windows), «في غضون عشرة أيام» → «غضون عشرة أيام» (the tagger's span; most earlier sets include «في»).

The rules below come from probing variants of the set's sentences after the first run: «بعد أسبوع من الآن» (a
count from publication, not from another event), «خلال العقد الأخير» (the last ten years, as «العقدين الأخيرين» and
«خلال العقد الماضي» already are), and feminine dual markers «السنتين الماضيتين/الأخيرتين/المقبلتين/القادمتين»
(lexicon data: recent_markers, upcoming_markers, markers).
"""

from __future__ import annotations

import pytest
from probe_helpers import spans

pytestmark = pytest.mark.usefixtures("run_day")


def test_count_from_now_is_anchored_on_publication() -> None:
    # «من الآن» after «بعد/قبل + count» names publication as the anchor, as «خلال أسبوعين من الآن» does
    assert spans("ويبدأ تسجيل الناخبين بعد أسبوع من الآن في جميع المحافظات.", "2024-03-13") == \
        [("بعد أسبوع من الآن", "2024-W12")]
    assert spans("وقال الوزير إن المحطة ستدخل الخدمة بعد شهر من الآن.", "2024-03-13") == \
        [("بعد شهر من الآن", "2024-04")]
    assert spans("ويبدأ التسجيل بعد ثلاثة أيام من الآن، على أن يستمر أسبوعاً.", "2024-03-13") == \
        [("بعد ثلاثة أيام من الآن", "2024-03-16"), ("أسبوعاً", "P1W")]


def test_count_from_another_event_stays_a_length() -> None:
    assert spans("وأفرج عنه بعد أسبوع من اعتقاله.", "2024-03-13") == [("أسبوع", "P1W")]
    assert spans("وأفرج عنه بعد أسبوع من اليوم الأول للحرب.", "2024-03-13") == [("أسبوع", "P1W")]


def test_last_decade_is_the_ten_years_to_publication() -> None:
    assert spans("وتضاعف عدد سكان العاصمة خلال العقد الأخير بفعل الهجرة من الأرياف.", "2024-03-13") == \
        [("العقد الأخير", "2014/2024")]
    assert spans("وشهدت البلاد في العقد الأخير تراجعاً في معدلات الأمية.", "2023-05-10") == \
        [("العقد الأخير", "2013/2023")]


def test_last_contract_is_no_decade() -> None:
    # «العقد» is also a contract: only «خلال/في العقد الأخير» closing its phrase is read as ten years
    assert spans("ووقع اللاعب العقد الأخير مع النادي.", "2024-03-13") == []
    assert spans("وفي العقد الأخير الذي أبرمه النادي بنود جزائية.", "2024-03-13") == []
    assert spans("وكان العقد الأخير للاعب مع النادي ينتهي في 2025.", "2024-03-13") == [("2025", "2025")]
    assert spans("وتضاعف عدد السكان في العقد الأخير من القرن الماضي.", "2024-03-13") == []


def test_fresh30_sentences_stay_right() -> None:
    # a few of the set's sentences, pinned with their spans
    assert spans("وكان الوزير قد أعلن استقالته قبل ثلاثة أسابيع احتجاجاً على تعديل الموازنة.", "2024-03-13") == \
        [("قبل ثلاثة أسابيع", "2024-W08")]
    assert spans("وستنطلق المرحلة الثانية من حملة التلقيح الجمعة القادمة في كل المحافظات.", "2024-10-29") == \
        [("الجمعة القادمة", "2024-11-01")]
    assert spans("وتنظم النقابة إضراباً عاماً يوم الأربعاء 15 جانفي الجاري في كل القطاعات.", "2025-01-08") == \
        [("يوم الأربعاء 15 جانفي الجاري", "2025-01-15")]
    assert spans("وقالت الوزارة إن 230 ألف طالب سجلوا في المنصة الإلكترونية حتى الآن.", "2025-08-03") == []
    assert spans("وتعمل الصيدليات المناوبة على مدار الساعة في جميع أحياء العاصمة.", "2020-04-12") == []


def test_feminine_dual_windows() -> None:
    # «السنتين» takes feminine dual markers: «الماضيتين», «الأخيرتين», «المقبلتين», «القادمتين»
    assert spans("وتضاعف عدد الطلاب الأجانب خلال السنتين الماضيتين.", "2024-03-13") == \
        [("السنتين الماضيتين", "2022-03-13/2024-03-13")]
    assert spans("وتراجع الإنتاج الزراعي خلال السنتين الأخيرتين بسبب الجفاف.", "2024-03-13") == \
        [("السنتين الأخيرتين", "2022-03-13/2024-03-13")]
    assert spans("وتعتزم الحكومة بناء خمسة سدود خلال السنتين القادمتين.", "2024-03-13") == \
        [("السنتين القادمتين", "2024-03-13/2026-03-13")]
    assert spans("وينتهي المشروع خلال السنتين المقبلتين.", "2024-03-13") == \
        [("السنتين المقبلتين", "2024-03-13/2026-03-13")]
