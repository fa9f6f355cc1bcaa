"""CSV and zip bytes of the dashboard downloads, as Excel on Chinese Windows will read them."""
from __future__ import annotations

import csv
import io
import zipfile
from datetime import date

import pandas as pd

from dashboard import downloads, labels
from dashboard.downloads import export_zip
from warehouse import db, queries
from warehouse.queries import FactFilter

from test_dashboard_queries import build_fixture_warehouse


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte order mark"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))


def test_csv_has_bom_chinese_headers_and_inert_formula_cells():
    frame = pd.DataFrame({
        "headline": ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tTab", "正常标题"],
        "amount_wan": [-5.5, 1.0, 2.0, 3.0, 4.0, 5.0],
        "count": [-3, 1, 2, 3, 4, 5],
    })
    rows = read_back(downloads.csv_bytes(labels.present(frame)))
    assert rows[0] == ["标题", "金额(万元)", "数量"]
    assert [r[0] for r in rows[1:]] == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tTab", "正常标题"]
    assert rows[1][1:] == ["-5.5", "-3"]  # negative numbers stay numbers


def test_neutralise_leaves_non_text_alone_and_handles_missing_values():
    frame = pd.DataFrame({"text": ["-x", None, "y"], "flag": [True, False, True],
                          "when": pd.to_datetime(["2023-01-01", None, "2023-03-01"])})
    out = downloads.neutralise(frame)
    assert out.text.tolist()[0] == "'-x" and pd.isna(out.text.tolist()[1])
    assert out.flag.tolist() == [True, False, True]
    assert frame.text.tolist()[0] == "-x"  # the input is not modified


def test_file_name_carries_filter_and_date_and_is_windows_safe():
    name = downloads.file_name("乡镇投资", "202307-202312_樟潭街道等2处_a/b:c", date(2024, 1, 5))
    assert name == "衢江报_乡镇投资_202307-202312_樟潭街道等2处_a-b-c_20240105.csv"
    assert downloads.file_name("导入记录", "", date(2024, 1, 5)) == "衢江报_导入记录_20240105.csv"


def test_export_zip_holds_every_filtered_fact_table(tmp_path):
    path = tmp_path / "w.duckdb"
    build_fixture_warehouse(path)
    f = FactFilter(date(2023, 7, 1), date(2023, 12, 1), townships=("zhangtan",))
    archive = zipfile.ZipFile(io.BytesIO(export_zip(path, f)))
    names = archive.namelist()
    assert names == ["乡镇报道.csv", "金额.csv", "人数.csv", "民生项目.csv"]
    money = read_back(archive.read("金额.csv"))
    assert money[0][:5] == ["文章编号", "出版日期", "标题", "乡镇(街道)", "金额(万元)"]
    assert [(r[3], r[4]) for r in money[1:]] == [("樟潭街道", "1200.0")]
    con = db.connect_reader(path)
    expected = len(queries.project_facts(con, f))
    con.close()
    assert len(read_back(archive.read("民生项目.csv"))) - 1 == expected == 2
