"""Papers of foreign-trade firms that mix English into Chinese (Commercial Invoice：Qty 800 pairs，Unit Price USD 9.50，
Total USD 7,600; Net Weight 3.5 MT; RMB 52,000), read in the Chinese the figure readers know: 数量800双，单价9.50美元，
合计7600美元; 净重3.5吨; 人民币52000元 (probe 62b: forty such papers were read as no figures at all, and every answer
asked). Only a glossary's field names, currency codes and units after a figure are put in Chinese; other English stays."""
from __future__ import annotations

import re

# field names, longest first where one holds another (Total Face Amount before Face Amount before Amount)
FIELDS = {
    "Total Face Amount": "票面金额合计", "Face Amount": "票面金额", "Invoice Value": "发票金额", "Invoice Total": "发票金额合计",
    "Sales Total": "销售金额合计", "Total inflow": "流入资金合计", "Total outflow": "流出资金合计",
    "Net Weight": "净重", "Gross Weight": "毛重", "Unit Price": "单价", "Quantity": "数量", "Qty": "数量",
    "Amount (excl. VAT)": "不含税金额", "Tax Amount shown": "票面税额", "Tax Amount": "税额", "Amount": "金额",
    "Inventory Value": "库存货值", "Stock": "库存", "Sold": "已售", "Remarks": "备注", "Description": "品名",
    "Outstanding Balance": "欠款余额", "Net Outstanding": "净欠款", "Principal": "本金", "Interest Income": "利息收入",
    "Interest Expense": "利息支出", "FOB Value": "离岸价", "Tax Refund Base": "退税计税依据", "Refund Rate": "退税率",
    "Loss": "损失", "Measured": "实测", "Audit Note": "审计备注", "Rebate": "回扣", "Declared": "申报为", "Total": "合计",
}
# (the space after a field name goes where its figure follows: Qty 800 → 数量800)
FIELD_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(k) for k in sorted(FIELDS, key=len, reverse=True))
                      + r")(?![A-Za-z])(?:\s+(?=\d|人民币|[：:]))?")
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# a sum after its currency code: RMB 52,000; USD 1,500; US$ 200
CURRENCY_BEFORE = {"RMB": ("人民币", "元"), "CNY": ("人民币", "元"), "USD": ("", "美元"), "US$": ("", "美元"), "HKD": ("", "港币"),
                   "EUR": ("", "欧元"), "JPY": ("", "日元"), "GBP": ("", "英镑"), "MOP": ("", "澳门元"), "TWD": ("", "新台币")}
CURRENCY_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(k) for k in CURRENCY_BEFORE) + rf")\s*({NUMBER})")
# a unit after its figure: 3.5 MT, 2.3 kg, 800 pairs
UNITS = {"MT": "吨", "tons": "吨", "ton": "吨", "kg": "千克", "KG": "千克", "Kg": "千克", "g": "克", "m3": "立方米", "m³": "立方米",
         "L": "升", "pcs": "件", "pieces": "件", "sets": "套", "set": "套", "pairs": "双", "boxes": "盒", "copies": "份",
         "bottles": "瓶", "cartons": "箱", "units": "台"}
UNIT_RE = re.compile(rf"({NUMBER})\s*(" + "|".join(re.escape(k) for k in sorted(UNITS, key=len, reverse=True)) + r")(?![A-Za-z/])")
LATIN_RE = re.compile(r"[A-Za-z]{2,}")


def _plain(number: str) -> str:
    return number.replace(",", "")


def in_chinese(text: str) -> str:
    """The text with English field names, currency codes and units after figures in Chinese; a text with no English
    words is returned as it is."""
    if not LATIN_RE.search(text):
        return text
    text = CURRENCY_RE.sub(lambda m: f"{CURRENCY_BEFORE[m[1]][0]}{_plain(m[2])}{CURRENCY_BEFORE[m[1]][1]}", text)
    text = UNIT_RE.sub(lambda m: f"{_plain(m[1])}{UNITS[m[2]]}", text)
    return FIELD_RE.sub(lambda m: FIELDS[m[1]], text)
