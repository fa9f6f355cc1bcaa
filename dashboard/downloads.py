"""CSV and zip bytes for Excel on Chinese Windows (no Streamlit here, so tests read the bytes).

Excel opens a CSV as UTF-8 only when it starts with a byte order mark, hence `utf-8-sig`.
A text cell starting with = + - @ (or a tab or carriage return) would be read by Excel as a
formula: such cells get a leading single quote, which Excel shows and never evaluates. Only text
is touched, so a negative number stays a number.
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pandas as pd

from dashboard import labels
from dashboard.data import reading
from warehouse.queries import EXPORT_TABLES, FactFilter

EXPORT_NAMES = {"activity": "乡镇报道", "investment": "金额", "beneficiary": "人数", "project": "民生项目"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters Windows forbids in file names, and runs of whitespace.
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s]+')


def neutralise_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with every text cell that Excel would run as a formula made inert."""
    out = df.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]) and not pd.api.types.is_bool_dtype(out[column]):
            out[column] = out[column].map(neutralise_cell)
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV bytes (BOM, headers as given) of a frame whose columns are already in Chinese."""
    return neutralise(df).to_csv(index=False).encode("utf-8-sig")


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def file_name(what: str, filter_label: str, day: date, suffix: str = "csv") -> str:
    """衢江报_<what>_<filters>_<YYYYMMDD>.csv, safe as a Windows file name."""
    parts = ["衢江报", what, filter_label, day.strftime("%Y%m%d")]
    return _UNSAFE_NAME.sub("-", "_".join(p for p in parts if p)) + "." + suffix


def export_zip(db_path, f: FactFilter) -> bytes:
    """Every fact table under the filter, one CSV each, in one zip (one opening for all)."""
    with reading(db_path) as con:
        files = {f"{EXPORT_NAMES[name]}.csv": csv_bytes(labels.present(query(con, f)))
                 for name, query in EXPORT_TABLES.items()}
    return zip_bytes(files)
