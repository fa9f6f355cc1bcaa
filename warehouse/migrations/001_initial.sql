-- govwatch warehouse, version 1. The names in this file are a public contract:
-- analysts query them directly. Add columns and tables in later migrations; never rename.

CREATE SEQUENCE IF NOT EXISTS seq_run_id START 1;
CREATE SEQUENCE IF NOT EXISTS seq_fact_id START 1;

-- One row per ingest run (manual, schedule or backfill).
CREATE TABLE ingest_runs (
    run_id        BIGINT PRIMARY KEY DEFAULT nextval('seq_run_id'),
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    trigger       VARCHAR NOT NULL,          -- manual | schedule | backfill | reextract
    status        VARCHAR NOT NULL,          -- running | ok | partial | failed
    files_seen    INTEGER NOT NULL DEFAULT 0,
    issues_loaded INTEGER NOT NULL DEFAULT 0,
    issues_skipped INTEGER NOT NULL DEFAULT 0,
    issues_failed INTEGER NOT NULL DEFAULT 0
);

-- Files that could not be loaded, with a one-line reason.
CREATE TABLE ingest_failures (
    run_id    BIGINT NOT NULL,
    source    VARCHAR NOT NULL,
    reason    VARCHAR NOT NULL,
    failed_at TIMESTAMP NOT NULL
);

-- Township-level units (街道/镇/乡/办事处) of the district, from the gazetteer file.
CREATE TABLE dim_township (
    township_id VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,            -- 街道 | 镇 | 乡 | 办事处
    district    VARCHAR NOT NULL,
    code        VARCHAR,                     -- statistical code; NULL where none is published
    aliases     VARCHAR[],
    sort_order  INTEGER NOT NULL
);

-- Villages and communities, each under one township-level unit.
CREATE TABLE dim_village (
    village_id  VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,            -- 村 | 社区 | 居委会 | ...
    township_id VARCHAR NOT NULL
);

-- One row per newspaper issue. issue_id is derived from the decoded text's hash.
CREATE TABLE issues (
    issue_id            VARCHAR PRIMARY KEY,
    paper               VARCHAR NOT NULL,
    issue_date          DATE NOT NULL,
    issue_date_inferred BOOLEAN NOT NULL,
    source              VARCHAR NOT NULL,    -- path or URL the issue came from
    content_sha256      VARCHAR NOT NULL,    -- sha256 of the decoded text
    ingested_at         TIMESTAMP NOT NULL,
    parser_version      VARCHAR NOT NULL,
    extractor_version   VARCHAR NOT NULL,
    run_id              BIGINT NOT NULL,
    article_count       INTEGER NOT NULL
);

-- The decoded text of each issue, kept so re-parsing and re-extraction never re-read files.
CREATE TABLE issue_texts (
    issue_id VARCHAR PRIMARY KEY,
    text     VARCHAR NOT NULL
);

CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY,          -- issue_id-seq
    issue_id   VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,             -- printed order, from 1
    page       INTEGER,
    kicker     VARCHAR,
    headline   VARCHAR NOT NULL,
    subtitle   VARCHAR,
    byline     VARCHAR,
    body       VARCHAR NOT NULL,
    event_date DATE,
    continued  BOOLEAN NOT NULL,
    month      DATE NOT NULL                 -- first day of the issue's month
);

-- One row per (article, township) the article reports on.
CREATE TABLE fact_township_activity (
    article_id    VARCHAR NOT NULL,
    township_id   VARCHAR NOT NULL,
    month         DATE NOT NULL,
    mentions      INTEGER NOT NULL,
    activity_type VARCHAR NOT NULL,
    PRIMARY KEY (article_id, township_id)
);

-- Money figures. span_* are the evidence sentence's offsets in articles.body,
-- match_* the figure's own offsets. township_id NULL means district-wide.
CREATE TABLE fact_investment (
    fact_id         BIGINT PRIMARY KEY DEFAULT nextval('seq_fact_id'),
    article_id      VARCHAR NOT NULL,
    township_id     VARCHAR,
    amount_yuan     DOUBLE NOT NULL,         -- lower bound for a range
    amount_yuan_max DOUBLE,                  -- upper bound for a range, else NULL
    kind            VARCHAR NOT NULL,        -- investment | output | sales | income | other
    qualifier       VARCHAR NOT NULL,        -- exact | about | over | under
    project         VARCHAR,
    evidence        VARCHAR NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    match_start     INTEGER NOT NULL,
    match_end       INTEGER NOT NULL,
    month           DATE NOT NULL
);

-- Counts of people.
CREATE TABLE fact_beneficiary (
    fact_id     BIGINT PRIMARY KEY DEFAULT nextval('seq_fact_id'),
    article_id  VARCHAR NOT NULL,
    township_id VARCHAR,
    count       BIGINT NOT NULL,
    count_max   BIGINT,
    unit        VARCHAR NOT NULL,            -- as printed: 人 | 人次 | 名 | 位 | 户
    kind        VARCHAR NOT NULL,            -- beneficiaries | employment | participants | other
    qualifier   VARCHAR NOT NULL,
    evidence    VARCHAR NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    match_start INTEGER NOT NULL,
    match_end   INTEGER NOT NULL,
    month       DATE NOT NULL
);

-- Livelihood projects (民生实事 and other public works), one row per mention.
CREATE TABLE fact_livelihood_project (
    fact_id            BIGINT PRIMARY KEY DEFAULT nextval('seq_fact_id'),
    article_id         VARCHAR NOT NULL,
    township_id        VARCHAR,
    name               VARCHAR NOT NULL,
    project_type       VARCHAR NOT NULL,
    status             VARCHAR,              -- planned | in_progress | completed | NULL
    investment_yuan    DOUBLE,
    planned_completion DATE,
    evidence           VARCHAR NOT NULL,
    span_start         INTEGER NOT NULL,
    span_end           INTEGER NOT NULL,
    match_start        INTEGER NOT NULL,
    match_end          INTEGER NOT NULL,
    month              DATE NOT NULL
);
