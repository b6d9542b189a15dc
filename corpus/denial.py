"""Words that deny the act right after them: 没有贩卖毒品, 否认盗窃, 不能证明其贩卖. A bag of words
reads "没有贩卖毒品的证据" as 贩卖毒品; the act phrases (graph/acts.py) and the charge predictor's
features (indexer/predict/features.py) both skip a denied act."""
from __future__ import annotations

import re

DENIAL = (r"(?:(?:没有证据|无证据|不能|无法|未能)证明其?|没有|并未|未曾|从未|尚未|未|否认)"
          r"(?:实施|有)?")
DENIED_BEFORE_RE = re.compile(DENIAL + "$")
