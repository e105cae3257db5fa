"""Round 64: known misses — premises bombed by a claimant, troops deploying after their subject, a purpose
«لمنع التهريب» that is no crime, a state body's name shared by two countries, a person and his own state's
government as source and target, the OPCW's code and a defence minister's sector."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «تفجير مقر الأمم المتحدة»: the owner of the bombed premises is the target, the claimant the attacker (blind60-004).
def test_bombed_premises_owner_is_target() -> None:
    ev = _events("تبنت حركة الشباب تفجير مقر الاتحاد الأفريقي في العاصمة الصومالية مقديشو", "ASSAULT")
    assert ev and _codes(ev[0].source) == ["SHABAAB"] and _codes(ev[0].target) == ["AU"]
    ev = _events("أعلنت حركة طالبان مسؤوليتها عن تفجير السفارة الروسية في كابول", "ASSAULT")
    assert ev and _codes(ev[0].source) == ["TALIBAN"] and _codes(ev[0].target) == ["RUS-GOV"]
    # negative: a group in construct after «هجوم» is still the attacker
    ev = _events("قتل ثلاثة جنود إسرائيليين في هجوم حركة حماس على موقع عسكري قرب غزة", "ASSAULT")
    assert ev and "HAMAS" in _codes(ev[0].source)


# «وحدات من الجيش السوري انتشرت … لمنع عمليات التهريب»: deployment (subject first), no smuggling event (blind62-045).
def test_units_deploy_to_prevent_smuggling() -> None:
    text = "أفادت وسائل إعلام رسمية بأن وحدات من الجيش العراقي انتشرت على الحدود مع سوريا لمنع عمليات التهريب"
    assert [e.type for e in _events(text)] == ["MOBILIZE"]
    assert _codes(_events(text)[0].source) == ["IRQ-MIL"]
    # negative: smuggling named outside a purpose clause is still a crime
    assert _events("تنشط شبكات تهريب المخدرات على الحدود الأردنية السورية منذ سنوات", "CRIME")


# «قوى الأمن الداخلي» names Lebanon's and Syria's bodies: the sentence's country decides (blind48-024).
def test_shared_group_name_takes_named_country() -> None:
    ev = _events("أوقفت قوى الأمن الداخلي في محافظة حمص عصابة متهمة بخطف مدنيين", "COERCE")
    assert ev and _codes(ev[0].source) == ["SYR-COP"]
    ev = _events("داهمت قوى الأمن الداخلي اللبنانية شقة في بيروت واعتقلت مطلوبين", "COERCE")
    assert ev and _codes(ev[0].source) == ["LBN-COP"]


# «دعا مسعود بارزاني الحكومة العراقية»: a person and his state's government share a code yet are two actors.
def test_person_and_own_government_both_kept() -> None:
    ev = _events("طالب الزعيم الكردي مسعود بارزاني الحكومة العراقية بصرف رواتب موظفي الإقليم", "DEMAND")
    assert ev and _codes(ev[0].source) == ["IRQ-GOV"] and _codes(ev[0].target) == ["IRQ-GOV"]
    # negative: a group's own leader is no second actor
    ev = _events("أعلن حزب العمال الكردستاني حل نفسه استجابة لدعوة زعيمه عبد الله أوجلان")
    assert all("PKK" not in _codes(e.target) for e in ev)


# The OPCW keeps the knowledge base's code, as gold writes it; a defence minister is government.
def test_opcw_code_and_defence_minister() -> None:
    ev = _events("أدانت منظمة حظر الأسلحة الكيميائية استخدام غاز السارين في خان شيخون")
    assert ev and _codes(ev[0].source) == ["IGOOPCW"]
    ev = _events("هدد وزير الدفاع الإسرائيلي يوآف غالانت حزب الله بتوسيع العمليات في لبنان", "THREATEN")
    assert ev and _codes(ev[0].source) == ["ISR-GOV"]


# «اجتمع السفيران الأمريكي والإيراني»: a dual ambassador noun with two nationalities meets both ways (blind60-036).
def test_dual_ambassadors_meet() -> None:
    ev = _events("التقى السفيران الروسي والتركي في دمشق لبحث الأوضاع في إدلب", "CONSULT")
    assert ev and {*_codes(ev[0].source), *_codes(ev[0].target)} == {"RUS-GOV", "TUR-GOV"}
