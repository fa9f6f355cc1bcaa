"""One article prepared for the extractors: sentences, credited places and attribution."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from ingest.extract.numerals import to_ascii_digits
from ingest.extract.places import Mention, find_mentions
from ingest.extract.project_words import SUM_OF_WORKS
from ingest.extract.sentences import Sentence, clause_bounds, field_of, split_sentences, table_cells
from ingest.gazetteer import Gazetteer
from ingest.layout import ITEM_MARKS
from ingest.model import Article, Evidence

# Words that make a sentence about the whole district (or more), not about one township.
_ALL_OF_IT = ("全区", "全县", "全市", "全省", "全国", "各乡镇", "各镇街", "区级", "各分院")
# The district as a measure of one place (是全区重要的茶叶产区, 居全区第一): the sentence is still that place's.
# So is a rank among the district's places (入选全区第一批未来乡村), a place on the district's list (列入区级民生实事),
# a prize won in a contest across it (在全市柑橘品鉴会上拿了金奖), and the district as a source of funds.
_DISTRICT_FRAME = re.compile(r"(?<![年这此])(?:是|居|占|列)全区|全区(?:第[一二三](?![季批次届轮产])|首个|唯一|前列)"
                             r"|(?:入选|获评|评为|列为|成为|创成|创建)全区第[一二三]批"
                             r"|(?:列入|纳入|列为|入选)(?:了|今年|今年的)?区级"  # 今年被列入区级民生实事: one of the district's list
                             r"|在全[区市省国][^,，。;；]{0,10}?(?:品鉴会|评比|比赛|大赛|评选|擂台赛)"  # 在全市柑橘品鉴会上拿了金奖: a prize
                             r"|(?:卖|销|售|运|发)(?:到|往|至)了?全(?:国|省|市)")  # 把草莓卖到了全国各地: where its goods go
# Where a place's money comes from: what it received (争取区级补助资金120万元, 每个助餐点获区级补助10万元:
# its funds whatever the rate), and, unless a rate is said, what it applied for or was given (其余由区级财政
# 配套, 其中…、区级配套资金900万元: after another source's sum); not a rate the district pays everywhere
# (村道养护资金每公里每年由区级财政补助5000元), nor what the district spends (今年,区级财政共下达…; 市级、区级
# 财政共安排…), still district-wide.
_DISTRICT_MONEY = "区级(?=财政|补助|资金|奖补|专项|配套)"
_RECEIVED_FROM_DISTRICT = re.compile(rf"(?:争取|获得|获|得到)的?{_DISTRICT_MONEY}")
_DISTRICT_FUNDS = re.compile(rf"(?:申请的?|由|其中|元[、,，]|^(?=区级配套)){_DISTRICT_MONEY}")  # (…600万元,区级配套500万元)
_PER_UNIT = re.compile(r"每(?:公里|亩|户|人|个|座|处|所|家|名|平方米|立方米|吨)")
_OUR_DISTRICT = ("我区", "本区", "我县", "本县")
_PART_OF = "其中"
_DISTRICT_ZONE = re.compile("经济开发区")  # 衢江经济开发区: the district's industrial zone, across townships
_TOWNSHIPS_OWN = re.compile("集镇|镇区|镇里|全镇|乡里|全乡")  # 三是集镇雨污分流改造: the township's own
_LIST_ITEM_OPENS = re.compile(r"[二三四五六七八九十]{1,2}(?:是|、)")  # 二是…, 三、… (not 一是: it may follow its place)
# A later item of a 、 list, opened by its own verb (新建3个服务站、完成某街道某社区改造): its places are its own.
_NEXT_ITEM = re.compile("、(?:完成|新建|建成|改造|实施|新增|建设|打造|推进|提升)")
_ITEM_VERB = re.compile(r"[\u4e00-\u9fff]{1,3}")  # 转移, 安置, 新增 between an item's township and its figure
# The district as a sentence's subject (据悉,今年我区共实施…; 根据我区…规定), not as a
# frame (该校是我区…之一).
_DISTRICT_SUBJECT = re.compile(r"^(?:[^,，。]{1,6}[,，])?(?:今年|去年|近年来|目前|当前|截至[^,，]{1,8})?[,，]?(?:根据|按照|依据)?"
                               r"(?:我区|本区|衢江区|全区)")
_BY_RULE = re.compile(r"根据|按照|依据")
# What opens a lead before its subject (本报讯(记者 某某)12月27日,记者从区某专班获悉,今年我区…).
_LEAD_PREFIX = re.compile(r"(?:本报讯[(（][^)）]*[)）])?(?:\d{1,2}月\d{1,2}日[,，]?)?"
                          r"(?:记者(?:近日)?从[^,，。;；]{1,20}(?:获悉|了解到)[,，])?")
# A list opened in a sentence (主要包括:1.…, 具体为:一是…): what follows are items.
_LIST_OPENED = re.compile(r"[:：]\s*(?:\d+[.、．]|[一二三四五六七八九十]是|[(（][一二三四五六七八九十\d]+[)）])")
# A village or township acting (剩下的15万元由村集体…列支): its figures are not a district body's.
_LOCAL_ACTOR = re.compile(r"村集体|村里|村委|该村|该(?:镇|乡|街道)|(?:镇|乡)里|[全本](?:村|镇|乡)")
# What a district body's sentence reports (举办招聘活动48场): figures that may go on into the next sentences.
_FIGURE = re.compile(r"\d|[一两二三四五六七八九十百千]+[万亿]?(?:元|个|场|期|项|批|次|家|所|名|人|户|辆|台|处|座|条|支|块|公里|亩)")
# A township referred to, not named (该镇, 镇里): the sentence is still that township's (not 全乡 in 健全乡村).
_TOWNSHIP_REFERENCE = re.compile(r"该(?:镇|乡|街道)|(?:镇|乡)里|(?<![健完安齐])全(?:镇|乡)|本(?:镇|乡)")
# 两镇, 三个乡镇, 全旺、周家等6个乡镇, 多个街道 (but not 十里八乡, an idiom, or 三个乡村; nor 服务周边4个乡镇,
# where a facility reaches).
_SEVERAL_TOWNSHIPS = re.compile(r"(?:两|[三四五六七八九十几多数]个|(?<=等)\d{1,2}个)(?:乡镇|镇|乡(?![村亲贤土情])|街道)"
                                r"|(?:山区|偏远|各|部分)乡镇")  # (并在山区乡镇新建10个村级老年食堂)
# A sentence moving on to something else (此外,…), and the rest of a works' name after its place
# (廿里镇|农贸市场改造工程): a township named only as the place of works is not carried past the first.
_MOVES_ON = re.compile(r"(?:此外|另外)[,，]")
_ITEM_ENDS = (";", "；")  # a sentence ending a list's item, the next item after it
_FACILITY_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:工程|项目)")
# A brief column's item opens with a mark (■10月6日晚,某村…): the column has no subject township.
_ITEM_MARK = re.compile(rf"[{ITEM_MARKS}]")
# A district body as the actor (区农业农村局已举办培训22期, 团区委): its figures are district-wide.
_DISTRICT_BODY = re.compile(
    # (▲区总工会…, ✦区总工会…: a brief's item, under any mark the parser takes; 记者从区人力社保局获悉: the
    # body the figures come from)
    rf"(?:^{_ITEM_MARK.pattern}?\s*|[,，:：、])(?:今年以来|今年|去年|据悉|近日|(?P<source>记者从))?[,，]?"
    r"(?:区[\u4e00-\u9fff]{1,8}?(?:局|委|部门|部|办|联|会)|团区委|区委|区政府|区财政|区里(?=还|又|也|为|给|向|共|已|将|专门))")
_SUBSIDIZES = re.compile(r"(?:将|已|再|另|还)?(?:补助|奖补|补贴)")
# The sum over a batch of projects signed or started at one event, or over a few (两项合计), is not
# one township's.
_BATCH_OF_PROJECTS = re.compile(
    r"(?:此次|本次|这次|当天|现场|集中|上表|表中|以上|上述)[^,，。;；]{0,10}?"  # (上表5个项目计划投资合计…: a table's rows summed)
    r"(?:(?:\d+|[两三四五六七八九十]+)个(?:重点|重大)?项目|项目共?(?:\d+|[两三四五六七八九十]+)个)"
    r"|(?:\d+|[两三四五六七八九十]+)个(?:重点|重大)?项目集中(?:开工|签约|竣工|投产)"
    r"|等(?:\d+|[两三四五六七八九十]+)个(?:合作|招商|产业|重点|重大)项目"
    rf"|{SUM_OF_WORKS}")
# A colon opening a list after a clause of its own (…计划总投资6.2亿元:), not a field's label (。二期:…).
_LIST_COLON = re.compile(r"[^。:：;；]{5,}[:：]")
_YEARS_WORKS = re.compile(r"[两三四五六七八九十]+(?:件|项|方面)(?:民生)?实事")  # 十方面民生实事, 十件实事
# (what may stand between them: no item of a list, 一是…, whose own figures follow)
_SUMMED_AFTER = re.compile(r"(?:(?![一二三四五六七八九十]是|其[一二三四五六七八九十])[^。;；:：]){0,40}")
# Places a facility reaches (辐射周边上方、峡川等乡镇) are not where its figures belong.
_REACH = re.compile(r"周边|周围|附近|辐射")
_UNSAID = object()  # the sentence does not say which township


@dataclass
class Document:
    article: Article
    issue_date: date
    gazetteer: Gazetteer
    text: str = field(init=False)
    sentences: tuple[Sentence, ...] = field(init=False)
    memo: dict = field(default_factory=dict, init=False)  # results one extractor shares with another

    def __post_init__(self) -> None:
        # Figures are read from `text`; it has the same offsets as the body.
        self.text = to_ascii_digits(self.article.body)
        self.sentences = split_sentences(self.article.body)
        self._starts = [s.start for s in self.sentences]

    def sentence_text(self, sentence: Sentence) -> str:
        """The sentence as the figure regexes see it (ASCII digits)."""
        return self.text[sentence.start:sentence.end]

    def evidence(self, sentence: Sentence, start: int, end: int) -> Evidence:
        """Evidence for offsets `start`..`end` relative to `sentence`."""
        return Evidence(sentence.text, sentence.start, sentence.end,
                        sentence.start + start, sentence.start + end)

    def sentence_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._starts, position) - 1)

    @cached_property
    def head_lines(self) -> tuple[str, ...]:
        """The kicker, headline and subtitle printed, with ASCII digits as `text` has."""
        return tuple(to_ascii_digits(line) for line in (self.article.kicker, self.article.headline, self.article.subtitle)
                     if line)

    @cached_property
    def head(self) -> str:
        """The whole headline block, kicker, headline and subtitle, as one line: which of its lines
        is the headline is the parser's guess, so rules read them all."""
        return " ".join(self.head_lines)

    @cached_property
    def mentions(self) -> tuple[Mention, ...]:
        """Credited place mentions in the body, offsets into the body, in order."""
        return self._credited[0]

    @cached_property
    def headline_mentions(self) -> tuple[Mention, ...]:
        """Credited place mentions in the kicker, headline and subtitle (offsets are -1)."""
        return self._credited[1]

    @cached_property
    def _credited(self) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
        body = [(name, sentence.start + start, sentence.start + end)
                for sentence in self.sentences
                for name, start, end in find_mentions(sentence.text, self.gazetteer)]
        headline = [(name, -1, -1)
                    for line in self.head_lines for name, _, _ in find_mentions(line, self.gazetteer)]
        named = frozenset(name.township_ids[0] for name, _, _ in body + headline if name.names_township)
        return _credit(body, named), _credit(headline, named)

    @cached_property
    def township_ids(self) -> tuple[str, ...]:
        """Townships the article reports on, in order of first mention (headline first)."""
        return tuple(dict.fromkeys(m.township_id for m in (*self.headline_mentions, *self.mentions)))

    def township_at(self, position: int) -> str | None:
        """The township a fact at `position` in the body is attributed to, or None.

        In order: the township printed right before the fact (其中湖南镇112人、举村乡87人); none if
        several townships share the fact's clause, or (none in it) a district
        body (区住建局) acts before it or a batch of projects (此次签约的12个项目) sums it; a
        township named in the fact's own clause; none if that clause names the district (衢江区,
        我区) or several townships at once (两镇), or the sentence speaks of all of it (全区) or
        names several townships (places a facility reaches, 辐射周边…, are not counted); the one
        named earlier in the sentence; none if the sentence has the district as its subject (今年我区
        共实施…); the one named earlier in the paragraph (none once a sentence speaks of the whole
        district), else later in the sentence; else the article's subject: the only township of its
        headline and first paragraph.
        """
        index = self.sentence_index(position)
        sentence = self.sentences[index]
        inside = self._mentions_for(sentence, position)
        verdict = self._clause_verdict(sentence, inside, position)
        if verdict is not _UNSAID:
            return verdict
        if any(m.start < position for m in inside):
            return inside[0].township_id
        if not inside and self._district_subject(sentence.text):
            return None  # 据悉,今年我区共实施…,累计投入1.38亿元: the district's, not the paragraph's township
        if not inside and _DISTRICT_ZONE.search(sentence.text, 0, position - sentence.start):
            return None  # 落户衢江经济开发区的某项目…,预计年产值可达20亿元: in the district's zone, no township's
        heading = self.item_heading(index)
        for earlier in reversed(self.sentences[:index]):
            if earlier.paragraph != sentence.paragraph and (heading is None or earlier.start < self.sentences[heading].start):
                break
            if self.whole_district(earlier.text):
                return None
            found = self._mentions_in(earlier)
            if len({m.township_id for m in found}) > 1 and _SEVERAL_TOWNSHIPS.search(earlier.text):
                return None  # 在全旺、周家等6个乡镇推进…;城东污水处理厂二期…: none of those several
            if found and (_MOVES_ON.match(sentence.text)
                          or earlier.text.rstrip().endswith(_ITEM_ENDS) and self.subject_township is None
                          and not _TOWNSHIPS_OWN.search(sentence.text)) \
                    and all(_FACILITY_AFTER_PLACE.match(self.text, m.end) for m in found):
                # 原定…的廿里镇农贸市场改造工程…推迟。此外,今年还将完成…危旧房改造120户: that market's; so is a
                # list's item before, in an article about no one township (廿里镇某工程6月底完工;原定…暂缓实施),
                # unless the item is the township's own (三是集镇雨污分流改造)
                return None
            if found:
                return found[-1].township_id
            if _DISTRICT_BODY.match(earlier.text) and _FIGURE.search(earlier.text) \
                    and not _LOCAL_ACTOR.search(earlier.text + sentence.text):
                # 今年以来,区人力社保局先后举办招聘活动48场…;开展职业技能培训150期: a sentence a district body
                # opens as its actor, whose figures go on (not 区农业农村局在该村…, nor one that reports no
                # figures, 区农业农村局农技员正在指导采摘。今年全村…)
                return None
        if inside:
            return inside[0].township_id
        return self.subject_township

    def township_of_figure(self, position: int, project) -> str | None:
        """A figure's township: its project's, unless its sentence gives it to no township (a
        district body acts, a batch of projects is summed, several townships share it, its clause
        speaks of the whole district: …卫生院改造项目也已完工,全区基层医疗机构全年服务126万人次)."""
        if project is None:
            return self.township_at(position)
        sentence = self.sentences[self.sentence_index(position)]
        low, high = clause_bounds(sentence.text, position - sentence.start)
        if self.whole_district(sentence.text[low:high]) or self.beyond_one_township(sentence.text[low:high]):
            return None
        return None if self._for_no_township(sentence, self._mentions_in(sentence), position) else project.township_id

    def item_heading(self, index: int) -> int | None:
        """For a listed item's field (计划投资:1850万元), the index of the heading sentence the item's
        fields follow (一、杜泽镇农村供水管网改造工程); None for prose."""
        return self._item_headings[index]

    @cached_property
    def _item_headings(self) -> list[int | None]:
        headings: list[int | None] = []
        for index, sentence in enumerate(self.sentences):
            if not field_of(sentence.text):
                headings.append(None)
            elif index > 0 and headings[index - 1] is not None:
                headings.append(headings[index - 1])
            else:
                headings.append(index - 1 if index > 0 else None)
        return headings

    def fields_after(self, index: int) -> list[tuple[str, str]]:
        """The fields (label, value) printed under the heading sentence at `index`."""
        fields = []
        for sentence in self.sentences[index + 1:]:
            field = field_of(sentence.text)
            if field is None:
                break
            fields.append(field)
        return fields

    @staticmethod
    def _district_subject(text: str) -> bool:
        """Whether the district is the sentence's subject; not where it only gives the rule a township
        follows (根据我区…行动计划,该镇今年将新改建农村公路15公里)."""
        match = _DISTRICT_SUBJECT.match(text[_LEAD_PREFIX.match(text).end():])
        return match is not None and not (_BY_RULE.search(match.group()) and _TOWNSHIP_REFERENCE.search(text))

    def column_names(self, sentence: Sentence) -> tuple[str, ...]:
        """For a table's row (某工程｜廿里镇｜4800万元｜已结顶), the cells of the header row that opens
        its table (项目名称｜实施地点｜计划投资｜目前进展); () for prose."""
        if not table_cells(sentence.text):
            return ()
        index = self.sentences.index(sentence)
        while index > 0 and table_cells(self.sentences[index - 1].text):
            index -= 1
        header = table_cells(self.sentences[index].text)
        return () if any(char.isdigit() for char in self.sentences[index].text) else tuple(header)

    def township_named_in(self, start: int, end: int) -> str | None:
        """The township named in body[start:end] (one item of a list), if it names just one."""
        named = {m.township_id for m in self.mentions if start <= m.start and m.end <= end}
        return named.pop() if len(named) == 1 else None

    def township_in_sentence(self, position: int) -> str | None:
        """The township the sentence holding `position` names for it, if it names one."""
        sentence = self.sentences[self.sentence_index(position)]
        inside = self._mentions_for(sentence, position)
        verdict = self._clause_verdict(sentence, inside, position)
        if verdict is not _UNSAID:
            return verdict
        return inside[0].township_id if inside else None

    def township_in_clause(self, position: int) -> str | None:
        """The township the clause holding `position` names, if it names just one."""
        sentence = self.sentences[self.sentence_index(position)]
        own_clause = self._clause_townships(sentence, self._mentions_in(sentence), position)
        return own_clause.pop() if len(own_clause) == 1 else None

    def _mentions_for(self, sentence: Sentence, position: int) -> list[Mention]:
        """The sentence's place mentions that may speak for `position`: not those of a later item of a 、
        list that opens with its own verb (新建3个服务站、完成樟潭街道霞飞社区等4个老旧小区改造)."""
        at = position - sentence.start
        return [m for m in self._mentions_in(sentence)
                if not _NEXT_ITEM.search(sentence.text, at, max(at, m.start - sentence.start))]

    @staticmethod
    def _clause_townships(sentence: Sentence, inside: list[Mention], position: int) -> set[str]:
        low, high = clause_bounds(sentence.text, position - sentence.start)
        return {m.township_id for m in inside if low <= m.start - sentence.start < high}

    def _clause_verdict(self, sentence: Sentence, inside: list[Mention], position: int):
        leading = next((m for m in inside if m.end == position or self._item_of(sentence, m, position)), None)
        if leading is not None and not any(m.end == leading.start - 1 for m in inside):
            return leading.township_id  # 其中湖南镇112人、举村乡转移87人; not 后溪镇、莲花镇1500余户
        if self._for_no_township(sentence, inside, position):
            return None
        own_clause = self._clause_townships(sentence, inside, position)
        if own_clause:
            return own_clause.pop()
        low, high = clause_bounds(sentence.text, position - sentence.start)
        if self.beyond_one_township(sentence.text[low:high]) or self.whole_district(sentence.text) \
                or len({m.township_id for m in inside}) > 1 \
                or (_LIST_ITEM_OPENS.match(sentence.text, low) or low == 0 and self._after_an_item(sentence)) \
                and self.subject_township is None and not _TOWNSHIPS_OWN.search(sentence.text, low, high):
            return None  # 三是实施农村供水管网改造提升: an item of the district's list names its own place or none
        return _UNSAID

    def _after_an_item(self, sentence: Sentence) -> bool:
        """Whether the sentence goes on a list a colon opens, its items ending with semicolons (…计划总投资
        6.2亿元:新建某幼儿园;建设某中心;改造城区老旧小区等20个): the item before it, in its paragraph,
        ends with one, and the paragraph's first item has the colon before it (not 二期:…;三期:…, fields)."""
        index = self.sentence_index(sentence.start)
        before = self.sentences[index - 1] if index else None
        if before is None or before.paragraph != sentence.paragraph or not before.text.rstrip().endswith((";", "；")):
            return False
        opening = index
        while opening > 0 and self.sentences[opening - 1].paragraph == sentence.paragraph:
            opening -= 1
        paragraph = self.article.body[self.sentences[opening].start:sentence.start]
        first_item_end = min(at for at in (paragraph.find(";"), paragraph.find("；"), len(paragraph)) if at >= 0)
        return _LIST_COLON.search(paragraph, 0, first_item_end) is not None

    @staticmethod
    def _item_of(sentence: Sentence, mention: Mention, position: int) -> bool:
        """Whether a township opens a 其中 list's item holding the figure, with a verb between (其中岭洋乡
        转移430人、举村乡转移286人)."""
        text, start = sentence.text, mention.start - sentence.start
        low, _ = clause_bounds(text, start)
        return _ITEM_VERB.fullmatch(text, mention.end - sentence.start, position - sentence.start) is not None \
            and text.startswith(_PART_OF, low) and (start == low + len(_PART_OF) or text.endswith("、", 0, start))

    def _for_no_township(self, sentence: Sentence, inside: list[Mention], position: int) -> bool:
        """A figure several townships in its clause share, or (none in its clause) one a district
        body gives or a batch of projects sums: no township's, whatever project it is about."""
        own_clause = self._clause_townships(sentence, inside, position)
        if own_clause:
            return len(own_clause) > 1
        _, high = clause_bounds(sentence.text, position - sentence.start)
        return self._district_body_acts(sentence, inside, position) or self._batch_of_projects(sentence, inside, high) \
            or self._years_works_summed(sentence, position - sentence.start)

    def _years_works_summed(self, sentence: Sentence, at: int) -> bool:
        """今年将办好十方面民生实事,计划总投资6.2亿元: the year's works summed before the figure at `at`,
        in a story of no one township (not 今年镇里确定的十件民生实事计划总投资…, a township's own; nor
        十件民生实事中,一是新建…,计划投资2800万元: an item's)."""
        works = next((m for m in _YEARS_WORKS.finditer(sentence.text, 0, at)
                      if _SUMMED_AFTER.fullmatch(sentence.text, m.end(), at)), None)
        return works is not None and self.subject_township is None \
            and _TOWNSHIP_REFERENCE.search(sentence.text, 0, at) is None

    @staticmethod
    def _batch_of_projects(sentence: Sentence, inside: list[Mention], high: int) -> bool:
        """A batch of projects (此次签约的12个项目) summed before `high`, no township in its clause
        (莲花镇集中开工项目12个 is the township's own)."""
        batch = _BATCH_OF_PROJECTS.search(sentence.text, 0, high)
        if batch is None:
            return False
        low, end = clause_bounds(sentence.text, batch.start())
        return not any(low <= m.start - sentence.start < end for m in inside)

    def _district_body_acts(self, sentence: Sentence, inside: list[Mention], position: int) -> bool:
        """A district body acts in a sentence naming no township, or before the figure with no
        township between (区住建局计划投资2.4亿元,推进后溪镇的…)."""
        body = _DISTRICT_BODY.search(sentence.text, 0, position - sentence.start if inside else len(sentence.text))
        if body is not None and body["source"] \
                and _TOWNSHIP_REFERENCE.search(sentence.text, body.end(), position - sentence.start):
            return False  # 记者从区农业农村局获悉,今年该镇已发放…: the body tells the township's figures
        if body is not None and _SUBSIDIZES.match(sentence.text, body.end()):
            return False  # 区交通运输局将补助30余万元: it pays towards the works of the place the story is about
        at = position - sentence.start
        if body is not None and body.start() > at \
                and _TOWNSHIP_REFERENCE.search(sentence.text, clause_bounds(sentence.text, at)[0], at):
            return False  # 该镇56名志愿者…,区慈善总会为此捐赠…: the township's own, a district body acting after it
        return body is not None and not any(m.start < position for m in inside)

    @cached_property
    def subject_township(self) -> str | None:
        first_paragraph = [m for m in self.mentions if self.sentences[self.sentence_index(m.start)].paragraph == 0
                           and not self._in_a_list(m)] if not self._items_of_a_column else []
        subjects = {m.township_id for m in (*self.headline_mentions, *first_paragraph)}
        return subjects.pop() if len(subjects) == 1 else None

    @cached_property
    def _items_of_a_column(self) -> bool:
        """Whether the body is a brief column's marked items (■…。 / ■…。), each about a place of its own."""
        paragraphs = self.article.body.split("\n")
        return sum(1 for text in paragraphs if _ITEM_MARK.match(text)) > 1 and _ITEM_MARK.match(paragraphs[0]) is not None

    def _in_a_list(self, mention: Mention) -> bool:
        """Whether a mention is inside a list the lead opens (主要包括:1.新建樟潭街道城东幼儿园,…): one item of
        many, not what the article is about."""
        sentence = self.sentences[self.sentence_index(mention.start)]
        return _LIST_OPENED.search(sentence.text, 0, mention.start - sentence.start) is not None

    def _mentions_in(self, sentence: Sentence) -> list[Mention]:
        return [m for m in self.mentions if sentence.start <= m.start < sentence.end
                and not _reached(sentence.text, m.start - sentence.start)]

    def beyond_one_township(self, text: str) -> bool:
        """Whether `text` names the district (衢江区, 我区) or several townships (两镇, 多个乡镇)."""
        names = (self.gazetteer.district, *self.gazetteer.district_aliases, *_OUR_DISTRICT)
        return any(name in text for name in names) or _SEVERAL_TOWNSHIPS.search(text) is not None

    @staticmethod
    def whole_district(text: str) -> bool:
        text = _DISTRICT_FRAME.sub("", text)
        text = _RECEIVED_FROM_DISTRICT.sub("", text)
        if not _PER_UNIT.search(text):
            text = _DISTRICT_FUNDS.sub("", text)
        return any(word in text for word in _ALL_OF_IT)


def _reached(text: str, start: int) -> bool:
    low, _ = clause_bounds(text, start)
    return _REACH.search(text, low, start) is not None


def _credit(found: list, named: frozenset[str]) -> tuple[Mention, ...]:
    """Credit each mention to one township; a shared village name needs its township named."""
    mentions = []
    for name, start, end in found:
        candidates = tuple(t for t in name.township_ids if len(name.township_ids) == 1 or t in named)
        if len(candidates) == 1:
            mentions.append(Mention(candidates[0], start, end, name.kind))
    return tuple(mentions)
