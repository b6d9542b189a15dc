"""The official charge (罪名) list and finding charges named in judgment text.

Judgments name selective charges by the part that applies ("贩卖毒品罪" for 走私、贩卖、运输、制造
毒品罪); we map such a form to the official name it belongs to.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

CHARGES_FILE = Path(__file__).resolve().parent / "data" / "charges.txt"
CHARGE_CONTEXT_RE = re.compile(r"(?:犯|构成|以)([\u4e00-\u9fa5、]{2,30}?罪(?:[、和及][\u4e00-\u9fa5、]{2,30}?罪)*)")


# Charge names written in the sources that no official name contains as a subsequence: without
# these the predictor's training lost 窝藏 (56 judgments), CAIL's 淫秽物品 (108) …, and the graph
# left such judgments unlinked.
WRITTEN_FORMS = {
    "窝藏罪": "窝藏、包庇罪", "强制猥亵妇女罪": "强制猥亵、侮辱罪", "强制[猥亵、侮辱]妇女罪": "强制猥亵、侮辱罪",
    "[伪造、变造]居民身份证罪": "伪造、变造、买卖身份证件罪", "伪造居民身份证罪": "伪造、变造、买卖身份证件罪",
    "[隐匿、故意销毁][会计凭证、会计帐簿、财务会计报告]罪": "隐匿、故意销毁会计凭证、会计账簿、财务会计报告罪",
    "非法获取公民个人信息罪": "侵犯公民个人信息罪", "非法侵入他人住宅罪": "非法侵入住宅罪",
    "容留他人吸食毒品罪": "容留他人吸毒罪", "积极参加黑社会性质组织罪": "组织、领导、参加黑社会性质组织罪",
    "向非国家工作人员行贿罪": "对非国家工作人员行贿罪", "毁坏公私财物罪": "故意毁坏财物罪",
    "非法倒卖、转让土地使用权罪": "非法转让、倒卖土地使用权罪",
    "生产、销售不符合食品安全标准的食品罪": "生产、销售不符合安全标准的食品罪",
}


@lru_cache(maxsize=1)
def official_charges() -> tuple[str, ...]:
    """The 469 charge names (LeCaRD list, from the 罪名 determinations)."""
    return tuple(line.strip() for line in CHARGES_FILE.read_text(encoding="utf-8").splitlines() if line.strip())


@lru_cache(maxsize=1)
def _domains_by_charge() -> dict[str, tuple[str, ...]]:
    import yaml
    linkage = yaml.safe_load((CHARGES_FILE.parent / "linkage.yaml").read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for domain, offenses in (linkage.get("offense_domains") or {}).items():
        for name in offenses:
            out.setdefault(name, []).append(domain)
    return {k: tuple(v) for k, v in out.items()}


def charge_domains(charges: list[str]) -> list[str]:
    """Our enforcement domains (corpus/data/linkage.yaml offense_domains) that these charges fall in."""
    table = _domains_by_charge()
    return list(dict.fromkeys(d for c in charges for d in table.get(c, ())))


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def canonical_charge(name: str) -> str | None:
    """Official name for a charge as written in a judgment, or None if none fits."""
    charges = official_charges()
    # CAIL writes alternatives in brackets: [持有、使用]假币罪
    name = WRITTEN_FORMS.get(name, name).replace("[", "").replace("]", "")
    if name in charges:
        return name
    core = name.removesuffix("罪").replace("、", "")
    fits = [c for c in charges if c.endswith(core[-2:] + "罪") and _is_subsequence(core, c.replace("、", ""))]
    if not fits and len(core) >= 3:
        # a selective charge named by the parts that applied (非法买卖枪支罪 for 非法制造、买卖、运输、
        # 邮寄、储存枪支、弹药、爆炸物罪), or a typo that drops a character (非法占用农用罪)
        fits = [c for c in charges if _is_subsequence(core, c.replace("、", ""))]
    return min(fits, key=len) if fits else None


def charges_in_text(text: str) -> list[str]:
    """Official charges that the text convicts or accuses of (犯/构成/以 …罪), in order of first mention."""
    found: list[str] = []
    pieces = [p for m in CHARGE_CONTEXT_RE.finditer(text) for p in re.split(r"(?<=罪)[、和及]", m.group(1))]
    for written in pieces:
        # "犯盗窃罪、诈骗罪" and "犯非法采矿罪" — try the longest tail that is a charge
        for start in range(len(written) - 2, -1, -1):
            if start and written[start - 1] not in "、犯以":
                continue
            name = canonical_charge(written[start:])
            if name:
                if name not in found:
                    found.append(name)
                break
    return found
