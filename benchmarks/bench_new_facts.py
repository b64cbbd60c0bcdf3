"""The checker at first sight of facts someone else wrote, run as the plugin runs it.

Run from the repository root:
    python benchmarks/bench_new_facts.py [--with-existing] [--errors] [--labels FILE]

bench_articles.py scores the development stories' own facts, whose claims were written
beside the rules. tests/fixtures/matching/new_facts.yaml holds facts for the same twelve
ECB+ stories written by helpers who never ran the checker (blind round 8), with every
(fact, article) check labelled and drift and harmless variants. Each story becomes a
claims file in a temporary folder, beside copies of its articles and variants, and is
checked by `checks.engine.check_story`, as `pytest` would check it.

The facts alone are a claims file that declares only some of a story's figures, so no
other fact competes for the rest; `--with-existing` adds the story's facts from
labelled.yaml, as a complete claims file would.

A variant of a fact whose check already fails on the original article is counted apart
(its check fails whatever the rewrite), as bench_articles.py does. The first runs below
predate this and counted them; at 4f68779 every harmless variant failing in rounds 8 to
10 (2, 2 and 4) was of such a fact.

First run (rules of 80995b4, before any change for this set): with the new facts alone,
79 of 722 checks without a discrepancy failed (10.9%), 149 of 240 consistent statements
were found, 14 of 32 real discrepancies and 38 of 54 drifts caught, 5 of 24 harmless
variants failed; beside the existing facts, 43 failed for nothing (6.0%). One value
('31 pieces of equipment') did not load at all, and the file with it.

Blind round 9 (tests/fixtures/matching/new_facts_r9.yaml, `--labels`): 56 more facts for
the same stories, none repeating an earlier one, 612 checks and 81 variants. First run
(rules of 3400342, after the changes round 8 led to): three values were refused by the
loader ('5 feet 8 inches', '.38 caliber', '9:27 a.m.'), so 26 checks did not run; of
the rest, with the new facts alone 45 of 582 checks without a discrepancy failed (7.7%),
97 of 181 consistent statements were found, 0 of 4 real discrepancies and 25 of 53
drifts caught, 1 of 22 harmless variants failed; beside the existing facts 22 failed for
nothing (3.8%), 100 of 181 found, 22 of 53 drifts caught, no harmless variant failed.

Blind round 10 (new_facts_r10.yaml): 45 more facts, 475 checks, 60 variants; the stories
had few figures left, so several facts rest on one article and carry traps (another
child's age, another player's points). First run (rules of d7a5724): three values
refused ('2:18 p.m.', 'up to 2.7GHz', '1.7GHz'), 33 checks not run; alone 62 of 437
failed for nothing (14.2%), 45 of 106 found, 2 of 5 real discrepancies and 20 of 34
drifts caught, 5 of 23 harmless variants failed; beside the existing facts 32 (7.3%),
51 of 106, 19 of 34, 3 of 23.

Blind round 11 (new_facts_r11.yaml): 11 facts for the demo story itself (folder `seeds`:
the articles of articles/, in their own formats), none repeating its facts; 55 checks,
12 variants. Five facts rest on one article, the story's shared figures being taken.
First run (rules of 209b6a9): alone 2 of 55 failed for nothing (3.6%), 13 of 18 found,
6 of 8 drifts caught, no harmless variant failed; beside the existing facts 1 (1.8%),
14 of 18, 6 of 8, none.

Blind round 12 (new_facts_r12.yaml): each story's main facts, those most of its articles
state, as an editor would declare them, in fresh words; unlike rounds 8 to 10 they may
restate earlier facts' figures, so `--with-existing` makes two facts compete for one
figure and is no fair measure here. 83 facts, 885 checks, 60 variants. First run (rules
of 14ad071): 35 of 865 failed for nothing (4.0%), 370 of 464 consistent statements
found, 9 of 20 real discrepancies and 18 of 33 drifts caught, no harmless variant failed.
One value was refused before the run and rewritten by its writer ('5,000 gallons per
minute').

Blind round 13 (new_facts_r13.yaml): six facts per story as a desk would declare them
with the claims file's features (hedged values, another unit than the articles use,
`context:` and `exclude:` where the writer saw a trap), and variants of more kinds (a
number in words, a flipped hedge, a unit slip, a weekday, transposed digits); 72 facts,
762 checks, 72 variants. Like round 12 it restates stories' own figures, so it is held
alone. First run (rules of 56c4355): 40 of 732 failed for nothing (5.5%), 317 of 398
consistent statements found, 15 of 30 real discrepancies and 37 of 48 drifts caught, no
harmless variant failed; beside the existing facts 30 (4.1%), 265 of 398, 14 of 30, 27
of 48. The loader refused one value before the run ('5,000 gallons per minute' again),
rewritten by its writer.

Blind round 14 (new_facts_r14.yaml): five facts per story in the claims file's shorthand
(`id: claim`, no `value:`), so the claim's one figure is the value; 60 facts, 635 checks,
60 variants. Held alone, like rounds 12 and 13. First run (rules of e5009b1, after the
changes round 13 led to): 20 of 613 failed for nothing (3.3%), 261 of 351 consistent
statements found, 9 of 22 real discrepancies and 26 of 34 drifts caught, no harmless
variant failed; beside the existing facts 12 (2.0%), 208 of 351, 6 of 22, 22 of 36. The
loader refused one claim before the run, "had married ... about two weeks before he was
shot dead" (its one figure places an event from another, so it states none), rewritten
by its writer as "had been married ... for about two weeks when he was shot dead".

Blind round 15 (new_facts_r15.yaml): five facts per story as an editor works from the
wire copy: each writer picked one article of the story and declared facts from figures it
states, main and minor alike; 60 facts, 635 checks, 48 variants. Held alone. First run
(rules of 390dda4, after the changes rounds 13 and 14 led to): 27 of 611 failed for
nothing (4.4%), 246 of 311 consistent statements found, 14 of 24 real discrepancies and
32 of 36 drifts caught, no harmless variant failed; beside the existing facts 19 (3.1%),
195 of 311, 10 of 24, 22 of 36.

Blind round 16 (new_facts_r16.yaml): five facts per story from its latest or most
developed article (final toll, verdict, a later date), taken as the current truth, so
earlier articles' stale figures are real discrepancies; and variants as a desk rewrites:
each drift changes the figure and rewords the words around it, so no other article
writes them and echoes cannot help, each harmless variant rewords the same figure. 60
facts, 635 checks, 60 variants. Held alone. First run (rules of 014ed26, after the
changes rounds 13 to 15 led to): 24 of 599 failed for nothing (4.0%), 247 of 302
consistent statements found, 23 of 36 real discrepancies and 16 of 34 reworded drifts
caught, no harmless variant failed; beside the existing facts 12 (2.0%), 200 of 302, 12
of 36, 15 of 36.

Blind round 17 (new_facts_r17.yaml): five facts per story with at least two pairs that
compete (killed and injured, two players' points, two dates, two distances, two models'
prices), as plain claims; its variants swap one fact of a pair for the other's figure,
change a figure and reword around it, or rewrite the same figure. 60 facts, 635 checks,
60 variants. Held alone. First run (rules of 0f84b01): 9 of 616 failed for nothing
(1.5%), 248 of 294 consistent statements found, 10 of 19 real discrepancies and 18 of 35
drifts caught, no harmless variant failed; beside the existing facts 6 (1.0%), 224 of
294, 8 of 19, 13 of 34.

Blind round 18 (new_facts_r18.yaml): what a desk checks before publishing, per story two
headline figures and three of the kinds easy to get wrong (an age, a secondary event's
date, a duration or distance, a sum of money, a minor group's count), at least one
stated by only one or two articles, as plain claims; its variants rebuild sentences
(split so the changed figure follows a pronoun, moved into a fronted clause, the passive
or an aside), slip a figure as a tired desk does, or rewrite the same figure. 60 facts,
635 checks, 60 variants. Held alone. First run (rules of 1740339): 20 of 620 failed for
nothing (3.2%), 235 of 295 consistent statements found, 10 of 15 real discrepancies and
19 of 35 drifts caught, no harmless variant failed; beside the existing facts 18 (2.9%),
219 of 295, 8 of 15, 17 of 35.

Blind round 19 (new_facts_r19.yaml): decoys. At least three of each story's five facts
have, in some article, a figure of the same kind near the fact's words that is about
something else (another person's age, another day, a sub-count, another model's price),
as plain claims; its variants add a decoy sentence beside the fact or to an article that
does not state it, write the same figure another way, or change the figure (in words,
another unit, a hedge that no longer fits, or beside a decoy). 60 facts, 635 checks, 60
variants. Held alone. First run (rules of eaa015a): 13 of 622 failed for nothing (2.1%),
263 of 303 consistent statements found, 7 of 13 real discrepancies and 16 of 24 drifts
caught, 10 of 35 harmless variants failed; beside the existing facts 7 (1.1%), 222 of
303, 5 of 13, 13 of 24, 5 of 35.

Blind round 20 (new_facts_r20.yaml): wording. Each claim is written in the writer's own
vocabulary, avoiding the articles' key nouns and verbs where a natural synonym exists,
about figures the articles state in varied ways (in a quote, after an attribution, in an
aside, in number words), as plain claims; its variants move the same figure into a
quote or an aside, reword around it with synonyms, or change it inside a quote or in a
reworded sentence. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of
4ca7307): 16 of 616 failed for nothing (2.6%), 203 of 311 consistent statements found,
7 of 19 real discrepancies and 10 of 24 drifts caught, no harmless variant failed;
beside the existing facts 12 (1.9%), 116 of 311, 4 of 19, 9 of 24, 0 of 35.

Blind round 21 (new_facts_r21.yaml): time. At least four of each story's five facts are
a date or weekday, an age, a duration, a time between two events or the year of an
earlier event, stated in varied ways ("on Tuesday", "Oct. 20", "a day earlier", "a
decade", "aged 35"), as plain claims; its variants write the same date, age or duration
another way, reword around it or move it into a quote or an aside, or move it by a day, a
year or a unit, alone or in a reworded sentence. 60 facts, 635 checks, 60 variants. Held
alone. First run (rules of 7ae7d9a): 14 of 623 failed for nothing (2.2%), 247 of 294
consistent statements found, 6 of 12 real discrepancies and 13 of 24 drifts caught, no
harmless variant failed; beside the existing facts 14 (2.2%), 211 of 294, 5 of 12, 13 of
24, 0 of 35.

Blind round 22 (new_facts_r22.yaml): amounts. At least four of each story's five facts
are a count, a measure or money, stated in varied ways (in words, with a scale word, in
another unit, with a hedge, as a range: "three", "a dozen", "$1.25 million", "48km",
"more than two dozen"), as plain claims; its variants write the same figure another way,
reword around it or move it into a quote or an aside, or change it by a small real amount,
alone or in a reworded sentence. 60 facts, 635 checks, 60 variants. Held alone. First run
(rules of 8847917): 17 of 613 failed for nothing (2.8%), 217 of 265 consistent statements
found, 15 of 22 real discrepancies and 15 of 23 drifts caught, no harmless variant failed;
beside the existing facts 4 (0.7%), 196 of 265, 12 of 22, 12 of 24, 0 of 35.

Blind round 23 (new_facts_r23.yaml): crowded sentences. At least four of each story's five
facts have a figure that, in at least one article, shares its sentence with another
figure, mostly of the same kind (a list of counts, ages beside a count, two dates, a price
beside a price cut), as plain claims; its variants reorder the sentence's figures, split
it so the figure follows a pronoun, or write the figure another way (harmless), or swap
the fact's figure with its neighbour's or change it by a small real amount (drifts). 60
facts, 635 checks, 60 variants. Held alone. First run (rules of 21fc6bc): 18 of 617
failed for nothing (2.9%), 225 of 279 consistent statements found, 10 of 18 real
discrepancies and 18 of 24 drifts caught, 1 of 35 harmless variants failed; beside the
existing facts 6 (1.0%), 155 of 279, 7 of 18, 11 of 24, 1 of 36.

Blind round 24 (new_facts_r24.yaml): forms of a figure. At least four of each story's five
facts (three in 38ecb) are stated in different forms across the articles: words and
digits, scale words, "a dozen" and "a pair of", ranges and hedges, a span in another unit,
an age or a date written another way; its variants rewrite the figure in another form
that means the same (harmless) or change it in its written form (drifts). 60 facts, 635
checks, 60 variants. Held alone. First run (rules of d206b8c): 13 of 613 failed for
nothing (2.1%), 265 of 319 consistent statements found, 11 of 22 real discrepancies and
18 of 23 drifts caught, 0 of 35 harmless variants failed; beside the existing facts 9
(1.5%), 167 of 319, 8 of 22, 11 of 24, 0 of 35.

Blind round 25 (new_facts_r25.yaml): who says it, and when. At least four of each story's
five facts are stated somewhere inside a quotation or with an attribution ("Police said 18
people", "according to the USGS"), in a headline or lede, or as a figure revised as the
story unfolded (the fact takes the latest figure; an article with only the stale one is a
real discrepancy); its variants turn a quotation into reported speech or back, move or
reword an attribution, or swap a hedge (harmless), or change the figure inside a quote or
an attributed sentence (drifts). The writers also labelled figures found only in a
news-please title, which the checker keeps as the article's title and does not check. 60
facts, 635 checks, 60 variants. Held alone. First run (rules of c6e281c): 4 of 602 failed
for nothing (0.7%), 204 of 243 consistent statements found, 18 of 33 real discrepancies
and 21 of 24 drifts caught, 0 of 36 harmless variants failed; beside the existing facts 1
(0.2%), 104 of 243, 10 of 33, 15 of 24, 0 of 36.

Blind round 26 (new_facts_r26.yaml): what is not asserted. At least four of each story's
five facts have, near their words, a figure of the same kind that is not asserted as the
fact: denied, rumoured, expected, hypothetical, compared, a record or a target, in an
article or in a variant; its harmless variants insert such a figure next to or inside the
fact's sentence ("Police denied initial reports that more than 40 people had been hurt"),
its drifts change the asserted figure. Labels come from the text field only. 60 facts,
635 checks, 60 variants. Held alone. First run (rules of 9abd1ed): 5 of 612 failed for
nothing (0.8%), 211 of 239 consistent statements found, 15 of 23 real discrepancies and 23
of 24 drifts caught, 4 of 36 harmless variants failed; beside the existing facts 0, 111
of 239, 11 of 23, 14 of 24, 2 of 36.

Blind round 27 (new_facts_r27.yaml): whose figure it is. Each fact belongs to one named
person, group, place or thing, and for at least four of each story's five facts the story
also gives a figure of the same kind for another one nearby (the ages of victim and
suspect, two players' points, two quakes' depths, two products' prices), in an article or
in a variant; its harmless variants insert another's figure of the fact's kind next to or
inside the fact's sentence ("His sergeant had served with the department for 22 years"),
its drifts change the fact's figure. Labels come from the text field only. 60 facts, 635
checks, 60 variants. Held alone. First run (rules of 3d6ad7a): 12 of 613 failed for
nothing (2.0%), 186 of 219 consistent statements found, 17 of 22 real discrepancies and 22
of 23 drifts caught, 3 of 35 harmless variants failed; beside the existing facts 9
(1.5%), 116 of 219, 14 of 22, 16 of 23, 2 of 35.

Blind round 28 (new_facts_r28.yaml): totals and parts. For at least four of each story's
five facts the figure is a total made of parts or a part of a total (a toll and how many
were children, all the points and those of one half, the shots fired and those that hit,
the whole sentence and the years added), and the story gives the other side near the
fact's words, in an article or in a variant; its harmless variants insert the other
side's figure next to or inside the fact's sentence ("Of those, two were children"), its
drifts change the fact's figure. Labels come from the text field only. 60 facts, 635
checks, 60 variants. Held alone. First run (rules of a1fd9ed): 33 of 620 failed for
nothing (5.3%), 134 of 184 consistent statements found, 5 of 15 real discrepancies and 19
of 22 drifts caught, 5 of 35 harmless variants failed; beside the existing facts 7
(1.1%), 105 of 184, 4 of 15, 15 of 24, 4 of 35. Alone, a part's fact meets the total's
figure with no fact of the total to take it: the hard case for a claims file that
declares a part and not its whole.

Blind round 29 (new_facts_r29.yaml): across sentences. For at least four of each story's
five facts some article states the figure in a sentence that does not itself name the
fact's subject or event, which the sentence before names ("The quake struck off the
coast. It measured 4.6."); its harmless variants insert, beside the fact's sentence, one
that refers back to something else named nearby and gives a figure of the fact's kind for
it ("The town lies 85 miles north of San Francisco"), its drifts change the fact's
figure. Labels come from the text field only. 60 facts, 635 checks, 60 variants. Held
alone. First run (rules of e8b3044): 17 of 617 failed for nothing (2.8%), 201 of 236
consistent statements found, 15 of 18 real discrepancies and 22 of 23 drifts caught, 4 of
35 harmless variants failed; beside the existing facts 3 (0.5%), 147 of 236, 11 of 18, 18
of 24, 3 of 36.

Blind round 30 (new_facts_r30.yaml): changes and comparisons. For at least four of each
story's five facts some article states the figure beside another figure of its kind that
it is compared with or changed from (an earlier or revised figure, a record or previous
holder, the change itself, the same measure for something else); the fact's value is the
current figure. Its harmless variants insert, beside the fact's sentence, one that gives
a figure of the fact's kind explicitly not the current one ("Police had earlier put the
toll at 9"), its drifts change the fact's current figure. Labels come from the text
field only; an outdated figure stated as current is a discrepancy. 60 facts, 635 checks,
60 variants. Held alone. First run (rules of 934a503): 28 of 606 failed for nothing
(4.6%), 155 of 217 consistent statements found, 16 of 29 real discrepancies and 18 of 24
drifts caught, 7 of 33 harmless variants failed; beside the existing facts 16 (2.6%), 97
of 217, 11 of 29, 11 of 24, 4 of 34.

Blind round 31 (new_facts_r31.yaml): page furniture. Facts of any kind, three at least
per story stated by two or more articles; its harmless variants insert, beside the
fact's sentence, a line of page furniture with a figure of the fact's kind that is not
about the fact (a timestamp or dateline, a byline or reading time, a photo credit or
gallery count, share counts, a "Related:" headline about another story, an
advertisement), its drifts change the fact's figure in its sentence or insert a photo
caption that states the fact with a wrong figure. Labels come from the text field only.
60 facts, 635 checks, 60 variants. Held alone. First run (rules of a33d043): 9 of 615
failed for nothing (1.5%), 219 of 245 consistent statements found, 16 of 20 real
discrepancies and 21 of 24 drifts caught, 3 of 36 harmless variants failed; beside the
existing facts 4 (0.7%), 121 of 245, 9 of 20, 16 of 24, 2 of 36.

Blind round 32 (new_facts_r32.yaml): lists, boxes and headlines. Facts of any kind,
three at least per story stated by two or more articles; its harmless variants insert,
beside the fact's sentence, a list item, fact-box line, timeline entry or headline with a
figure of the fact's kind that is not about the fact (another quantity of the story, an
earlier or unrelated event, another story's headline), its drifts change the fact's
figure in its sentence or insert a line that states the fact in list, box or headline
form with a wrong figure. Labels come from the text field only. 60 facts, 635 checks,
60 variants. Held alone. First run (rules of 145b922): 12 of 615 failed for nothing
(2.0%), 178 of 216 consistent statements found, 13 of 20 real discrepancies and 12 of 22
drifts caught, 3 of 36 harmless variants failed; beside the existing facts 4 (0.7%), 114
of 216, 10 of 20, 8 of 24, 1 of 36.

Blind round 33 (new_facts_r33.yaml): other stories on the page. Facts of any kind,
three at least per story stated by two or more articles; its harmless variants insert,
as a paragraph beside the fact's sentence, one to three sentences of another, invented
story of the same kind of event with its own figure of the fact's kind and no label,
its drifts change the fact's figure in its sentence or in one that refers to the
subject only by a pronoun or a common noun. Labels come from the text field only. 60
facts, 635 checks, 60 variants. Held alone. First run (rules of 64a3ba0): 4 of 607 failed
for nothing (0.7%), 223 of 249 consistent statements found, 23 of 28 real
discrepancies and 21 of 23 drifts caught, 8 of 36 harmless variants failed; beside the
existing facts 4 (0.7%), 127 of 249, 16 of 28, 11 of 23, 3 of 36.

Blind round 34 (new_facts_r34.yaml): corrections and updates. Facts of any kind, three
at least per story stated by two or more articles; its harmless variants insert, beside
the fact's sentence, a correction note or update line that names a wrong or superseded
figure of the fact's kind and says so (or corrects another figure of the story), its
drifts change the fact's figure in its sentence or insert an update line with a wrong
new current figure. Labels come from the text field only. 60 facts, 635 checks, 60
variants. Held alone. First run (rules of 7f751d6): 3 of 614 failed for nothing (0.5%), 212
of 232 consistent statements found, 14 of 21 real discrepancies and 24 of 24 drifts
caught, 17 of 36 harmless variants failed; beside the existing facts 1 (0.2%), 132 of
232, 9 of 21, 16 of 24, 11 of 36.

Blind round 35 (new_facts_r35.yaml): numbers that name things. Facts of any kind, three
at least per story stated by two or more articles; its harmless variants insert, beside
or inside the fact's sentence, a mention of the fact's subject with a number that names
something (a route, flight, fire engine, precinct, jersey, model or courtroom), made to
look like a figure of the fact's kind; its drifts change the fact's figure in its
sentence, or change it in a sentence that also gains such a number. Labels come from the
text field only. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of
c7f1e83): 5 of 612 failed for nothing (0.8%), 208 of 235 consistent statements found, 16
of 23 real discrepancies and 21 of 24 drifts caught, 0 of 36 harmless variants failed;
beside the existing facts 3 (0.5%), 124 of 235, 12 of 23, 15 of 24, 0 of 36.

Blind round 36 (new_facts_r36.yaml): house styles. Facts of any kind, three at least per
story stated by two or more articles; its harmless variants write the fact's figure in
another house style (AP, British, European or spelt-out forms, abbreviations, wire
shorthand) meaning the same value, its drifts change it to a wrong value written in
another style. Labels come from the text field only. 60 facts, 635 checks, 60 variants.
Held alone. First run (rules of d601145): 4 of 615 failed for nothing (0.7%), 239 of 258
consistent statements found, 15 of 20 real discrepancies and 19 of 24 drifts caught, 2
of 36 harmless variants failed; beside the existing facts 4 (0.7%), 134 of 258, 11 of
20, 13 of 24, 2 of 36.

Blind round 37 (new_facts_r37.yaml): rates, shares and fractions. Facts of any kind,
three at least per story stated by two or more articles, one at least (where the story
has one) a share or a figure stated beside a rate, an average or a ratio; its harmless
variants add such a figure beside the fact's, which is kept, its drifts change the
fact's figure in a sentence that gains or keeps one ("325 net yards rushing, averaging
7.4 yards a carry"). Labels come from the text field only. 60 facts, 635 checks, 60
variants. Held alone. First run (rules of 0357850): 5 of 616 failed for nothing (0.8%),
220 of 239 consistent statements found, 15 of 19 real discrepancies and 17 of 24 drifts
caught, no harmless variant failed; beside the existing facts 3 (0.5%), 126 of 239, 12
of 19, 11 of 24, none.

Blind round 38 (new_facts_r38.yaml): ranges, bounds and hedges. Facts of any kind, three
at least per story stated by two or more articles, one at least (where the story has
one) about a figure its articles state with a hedge, a bound or as a range; its harmless
variants restate the fact's figure with a hedge, a bound or as a range that still fits
the value ("killed at least 12 people"), its drifts change it to one that does not
("killed more than 20 people"). Labels come from the text field only. 60 facts, 635
checks, 60 variants. Held alone. First run (rules of fd006d8): 7 of 612 failed for
nothing (1.1%), 228 of 252 consistent statements found, 17 of 23 real discrepancies and
22 of 24 drifts caught, no harmless variant failed; beside the existing facts 4 (0.7%),
121 of 252, 14 of 23, 14 of 24, none.

Blind round 39 (new_facts_r39.yaml): places. Facts of any kind, three at least per
story stated by two or more articles, one at least (where the story has one) a figure
its articles tie to one place beside a figure of the same kind for another place, its
claim naming the place; its harmless variants add a figure of the fact's kind for
another place, named as such, beside the fact's, which is kept, its drifts change the
fact's figure in its sentence, which keeps or gains its place. Labels come from the text
field only. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of
c8862c1): 1 of 612 failed for nothing (0.2%), 231 of 256 consistent statements found, 17
of 23 real discrepancies and 23 of 24 drifts caught, 4 of 36 harmless variants failed;
beside the existing facts 1 (0.2%), 101 of 256, 11 of 23, 17 of 24, 3.

Blind round 40 (new_facts_r40.yaml): figures stated twice. Facts of any kind, three at
least per story stated by two or more articles, one at least (where the story has one) a
figure some article states twice or more; its harmless variants add a second, consistent
statement of the fact's figure in the same or another form, its drifts make one of two
statements wrong while the other stays right, or add a wrong second one. Labels come
from the text field only. 60 facts, 635 checks, 60 variants. Held alone. First run
(rules of dc262d6): 1 of 617 failed for nothing (0.2%), 287 of 304 consistent statements
found, 14 of 18 real discrepancies and 18 of 24 drifts caught, no harmless variant
failed; beside the existing facts 0, 125 of 304, 9 of 18, 5 of 24, none.

Blind round 41 (new_facts_r41.yaml): units and conversions. Facts of any kind, three at
least per story stated by two or more articles, two at least (where the story has them)
a measure, a duration, a speed or a distance, one at least with its value in another
unit than most articles use; its harmless variants restate the fact's figure correctly
in another unit or give it a correct conversion in brackets, its drifts make the figure
or its conversion wrong. Labels come from the text field only. 60 facts, 635 checks, 60
variants. Held alone. First run (rules of 10ded05): 8 of 616 failed for nothing (1.3%),
153 of 227 consistent statements found, 13 of 19 real discrepancies and 13 of 22 drifts
caught, 1 of 35 harmless variants failed; beside the existing facts 7 (1.1%), 87 of 227,
10 of 19, 11 of 22, 1.

Blind round 42 (new_facts_r42.yaml): people. Facts of any kind, three at least per story
stated by two or more articles, three at least (where the story has them) a figure about
one named or described person (an age, a sentence, a term, a player's statistic), with
facts for both where two people have figures of the same kind; its harmless variants
restate the person's figure in another form or add another person's figure beside it,
its drifts make the figure wrong or swap it with another person's. Labels come from the
text field only. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of
ee8535d): 6 of 617 failed for nothing (1.0%), 231 of 273 consistent statements found, 13
of 18 real discrepancies and 20 of 24 drifts caught, 1 of 36 harmless variants failed;
beside the existing facts 6 (1.0%), 104 of 273, 11 of 18, 11 of 24, 1.

Blind round 43 (new_facts_r43.yaml): terse claims. Facts of any kind, three at least per
story stated by two or more articles, each claim one short sentence of four to ten words
naming its subject with the fewest words that tell it apart; its harmless variants
rewrite the sentence around the fact's figure, kept or written another way, its drifts
change the figure in its sentence. Labels come from the text field only. 60 facts, 635
checks, 60 variants. Held alone. First run (rules of 594500c): 1 of 618 failed for
nothing (0.2%), 235 of 274 consistent statements found, 9 of 17 real discrepancies and
21 of 24 drifts caught, no harmless variant failed; beside the existing facts 0, 84 of
274, 3 of 17, 12 of 24, none.

Blind round 44 (new_facts_r44.yaml): how many times. Facts of any kind, three at least per
story stated by two or more articles, two at least (where the story has them) a count of
occurrences (how many times something happened or was done, how many events or
attempts); its harmless variants restate the count another way or add another count of
times beside it, its drifts make the count wrong. Labels come from the text field only.
60 facts, 635 checks, 60 variants. Held alone. First run (rules of 7877179): 8 of 617
failed for nothing (1.3%), 204 of 243 consistent statements found, 14 of 18 real
discrepancies and 16 of 24 drifts caught, no harmless variant failed; beside the
existing facts 1 (0.2%), 131 of 243, 10 of 18, 12 of 24, none.

Blind round 45 (new_facts_r45.yaml): long claims. Facts of any kind, three at least per
story stated by two or more articles, each claim one sentence of 25 to 45 words naming the
place, people, event and time, three at least holding other figures beside the fact's own
(so `value:` says which is the fact's); its harmless variants rewrite the stating sentence
shorter or in other words, the figure kept or written another way, or add another of the
claim's figures beside it, its drifts make the fact's figure wrong. Labels come from the
text field only. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of
37011e3): 10 of 612 failed for nothing (1.6%), 245 of 266 consistent statements found, 14
of 23 real discrepancies and 22 of 23 drifts caught, no harmless variant failed; beside the
existing facts 9 (1.5%), 180 of 266, 12 of 23, 18 of 23, none.

Blind round 46 (new_facts_r46.yaml): time frames. Facts of any kind, three at least per
story stated by two or more articles, two at least (where the story has them) a figure
for one named period (a game, a day or night, a season, a career) that some article
states beside a figure of the same kind for another period, the claim naming its period;
its harmless variants restate the figure with its period in other words or add a figure
of the same kind for another period, named as such, its drifts make the fact's figure
wrong. Labels come from the text field only. 60 facts, 635 checks, 60 variants. Held
alone. First run (rules of 8280179): 1 of 616 failed for nothing (0.2%), 218 of 259
consistent statements found, 12 of 19 real discrepancies and 17 of 24 drifts caught, 3 of
36 harmless variants failing; beside the existing facts 1 (0.2%), 116 of 259, 11 of 19, 8
of 24, 2.

Blind round 47 (new_facts_r47.yaml): the claims file's options. Facts of any kind, three at
least per story stated by two or more articles, three at least using one or more of
`exclude`, `context`, `tolerance` or a hedged value, each for a decoy or a rounding the
story's articles give; its harmless variants add a decoy sentence with one of the fact's
`exclude` words, or restate the figure rounded within its tolerance or hedge, its drifts
make the fact's figure wrong beyond them. Labels come from the text field only. 60 facts,
635 checks, 60 variants. Held alone. First run (rules of 131d6f0): 1 of 616 failed for
nothing (0.2%), 269 of 288 consistent statements found, 13 of 19 real discrepancies and
23 of 24 drifts caught, no harmless variant failed; beside the existing facts 1 (0.2%),
132 of 288, 10 of 19, 15 of 24, none.

Blind round 48 (new_facts_r48.yaml): small numbers. Facts of any kind, three at least per
story counts or measures under 13 (people hurt, times arrested, shots fired), three at
least stated by two or more articles, in words or digits; its harmless variants restate
the figure another way or add beside it a sentence holding another small count of
something else, its drifts make the small count wrong. Labels come from the text field
only. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of 43fcfaa): 6 of
619 failed for nothing (1.0%), 209 of 263 consistent statements found, 13 of 16 real
discrepancies and 19 of 24 drifts caught, no harmless variant failed; beside the existing
facts 5 (0.8%), 130 of 263, 11 of 16, 13 of 24, none.

Blind round 49 (new_facts_r49.yaml): twin figures. Facts of any kind, two pairs at least
per story sharing the same number (or day) for different things ("11 points, 11
rebounds"), three at least stated by two or more articles; its harmless variants restate
the figure another way or add beside it the same number for another thing, its drifts
make one twin's figure wrong and leave the other as it was. Labels come from the text
field only. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of 349930a):
11 of 614 failed for nothing (1.8%), 207 of 247 consistent statements found, 16 of 21
real discrepancies and 19 of 24 drifts caught, no harmless variant failed; beside the
existing facts 7 (1.1%), 153 of 247, 14 of 21, 17 of 24, none.

Blind round 50 (new_facts_r50.yaml): background. Facts of any kind, three at least per
story about something before or around the news (earlier events, records, prior
convictions, careers, ages) rather than the news event itself, three at least stated by
two or more articles; its harmless variants restate the figure another way or add beside
it a figure of the same kind about the news or another time, its drifts make the
background figure wrong. Labels come from the text field only. 60 facts, 635 checks, 60
variants. Held alone. First run (rules of 29ceb63): 18 of 619 failed for nothing (2.9%),
186 of 223 consistent statements found, 12 of 16 real discrepancies and 18 of 24 drifts
caught, 2 of 34 harmless variants failed; beside the existing facts 11 (1.8%), 131 of
223, 10 of 16, 16 of 24, 2 of 34.

Blind round 51 (new_facts_r51.yaml): relative time. Facts of any kind, three at least per
story a date, a day or a time between two events that some article states relative to its
own date or to another event ("yesterday", "last Friday", "two days later"), three at
least stated by two or more articles; its harmless variants restate the day another way
that gives the same date or add beside it another relative day for another event, its
drifts make the relative day or time wrong. Labels come from the text field only. 60
facts, 635 checks, 60 variants. Held alone. First run (rules of 3f5de64): 3 of 619 failed
for nothing (0.5%), 240 of 270 consistent statements found, 11 of 16 real discrepancies
and 20 of 24 drifts caught, no harmless variant failed; beside the existing facts 3
(0.5%), 184 of 270, 10 of 16, 18 of 24, none.

Blind round 52 (new_facts_r52.yaml): one of each kind. Per story, where it has them, a
count, a measure or distance, a duration or age, a sum of money or a share, and a date,
three at least stated by two or more articles, one at least with another figure of its
kind nearby; its harmless variants restate the figure another way or add beside it a
figure of its kind about something else, its drifts make it wrong by a small real change.
Labels come from the text field only. 60 facts, 635 checks, 60 variants. Held alone.
First run (rules of c410606): 5 of 620 failed for nothing (0.8%), 258 of 285 consistent
statements found, 11 of 15 real discrepancies and 21 of 24 drifts caught, 2 of 36
harmless variants failed; beside the existing facts 5 (0.8%), 152 of 285, 5 of 15, 14 of
24, 2 of 36.

Blind round 53 (new_facts_r53.yaml): rewrites. Facts of any kind, three at least stated by
two or more articles; four harmless variants per story rewrite the sentence stating the
fact as a desk would (clauses reordered, active made passive or the reverse, split so the
figure follows a pronoun, an aside folded in, the figure kept or written another way),
one drift makes the figure wrong in such a rewrite. Labels come from the text field only.
60 facts, 635 checks, 60 variants. Held alone. First run (rules of eb27099): 1 of 612
failed for nothing (0.2%), 257 of 269 consistent statements found, 21 of 23 real
discrepancies and 8 of 12 drifts caught, no harmless variant of 48 failed; beside the
existing facts 1 (0.2%), 133 of 269, 16 of 23, 2 of 12, none.

Blind round 54 (new_facts_r54.yaml): small drifts. Facts of any kind, three at least stated
by two or more articles and two at least exact; two harmless variants per story write the
figure another way that means the same (words or digits, another unit converted, a hedge
that holds, a weekday for its date), three drifts each make a different small change (a
number off by one or a few, a hedge turned, a date or weekday moved by a day, a unit
changed while its number stays). Labels come from the text field only. 60 facts, 635
checks, 60 variants. Held alone. First run (rules of 0c62b49): 1 of 618 failed for
nothing (0.2%), 283 of 305 consistent statements found, 14 of 17 real discrepancies and 31
of 36 drifts caught, no harmless variant of 24 failed; beside the existing facts 1 (0.2%),
160 of 305, 10 of 17, 18 of 36, none.

Blind round 55 (new_facts_r55.yaml): vague amounts. Facts of any kind, three at least stated
by two or more articles and two at least figures some article states vaguely or a vague
word could state; three harmless variants per story replace the figure by a vague amount
that fits its value ("dozens of arrests" for 46) or a vague amount by the exact figure, two
drifts by one that does not ("a handful of shots" for 13). Labels come from the text field
only. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of fb18711): 0 of 621
failed for nothing (0.0%), 251 of 281 consistent statements found, 10 of 14 real
discrepancies and 6 of 24 drifts caught, 2 of 36 harmless variants failed; beside the
existing facts 0 (0.0%), 128 of 281, 8 of 14, 5 of 24, 2 of 36.

Blind round 56 (new_facts_r56.yaml): typography. Facts of any kind, three at least stated by
two or more articles and two at least figures some article writes with a unit, a compound,
a range, a currency or a thousands separator; three harmless variants per story retype the
figure with another mark (a non-breaking or thin space, a non-breaking hyphen, an en dash,
a soft hyphen, curly quotes), two drifts do the same and change the figure ("48–hour" for
24). Labels come from the text field only. 60 facts, 635 checks, 60 variants. Held alone.
First run (rules of b56ff31): 1 of 620 failed for nothing (0.2%), 274 of 287 consistent
statements found, 14 of 15 real discrepancies and 16 of 24 drifts caught, no harmless
variant of 36 failed; beside the existing facts 1 (0.2%), 145 of 287, 8 of 15, 7 of 24,
none.

Blind round 57 (new_facts_r57.yaml): nominal forms. Facts of any kind, three at least
stated by two or more articles and three at least figures some article states in a clause
that a noun phrase could state, or the other way round; three harmless variants per story
rewrite the fact's sentence so that the figure moves between a clause and a noun phrase
("a 30 - mile chase", "a chase that ran 30 miles"), two drifts do the same and change the
figure ("the night's arrest tally stood at 64" for 46). Labels come from the text field
only. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of b40294c): 1 of
618 failed for nothing (0.2%), 277 of 293 consistent statements found, 13 of 17 real
discrepancies and 14 of 24 drifts caught, no harmless variant of 36 failed; beside the
existing facts 1 (0.2%), 134 of 293, 10 of 17, 10 of 24, none.

Blind round 58 (new_facts_r58.yaml): each and together. Facts of any kind, three at least
stated by two or more articles and two at least figures some article states for each
member, per unit, in total, combined or between several, the claim saying which; three
harmless variants per story rewrite the fact's sentence with a word for each or for all
that keeps its meaning ("46 arrests in all") or add beside it the other side's figure,
said to be so, two drifts do the same and change the fact's figure. Labels come from the
text field only. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of
e06486b): 3 of 621 failed for nothing (0.5%), 220 of 255 consistent statements found, 12
of 14 real discrepancies and 16 of 24 drifts caught, 1 harmless variant of 34 failed;
beside the existing facts 1 (0.2%), 118 of 255, 9 of 14, 14 of 24, 1 of 35.

Blind round 59 (new_facts_r59.yaml): none and zero. Facts of any kind, three at least
stated by two or more articles and one at least, where the story has one, a count that is
none ("no one was hurt", "the Colts had no turnovers"; value `0 injuries`) or one some
article states as none when it is not; three harmless variants per story say the fact's
sentence another way or add beside it a nil count of something else, two drifts make a
nil count a number, a number none, or change the figure. Labels come from the text field
only. 60 facts, 635 checks, 60 variants. Held alone. First run (rules of 7fb0ee4): 9 of
620 failed for nothing (1.5%), 197 of 241 consistent statements found, 13 of 15 real
discrepancies and 12 of 23 drifts caught, no harmless variant of 36 failed; beside the
existing facts 7 (1.1%), 108 of 241, 9 of 15, 9 of 23, none.

Blind round 60 (new_facts_r60.yaml): changes and margins. Facts of any kind, three at
least stated by two or more articles and one at least a figure that is itself a change, a
difference or a margin ("won by 14 points", "three years more", "prices fell 3.9
percent") or one stage of a figure some article gives with its before and after, the
claim saying which; three harmless variants per story say the fact's sentence another way
or add beside it a change, a margin or a before-and-after while its own figure stays
right, two drifts change the change, margin or end figure or swap the before and after.
Labels come from the text field only. 60 facts, 635 checks, 60 variants. Held alone.
First run (rules of 2ba530e): 5 of 614 failed for nothing (0.8%), 205 of 226 consistent
statements found, 11 of 21 real discrepancies and 19 of 24 drifts caught, no harmless
variant of 36 failed; beside the existing facts 4 (0.7%), 112 of 226, 8 of 21, 14 of 24,
none.

Blind round 61 (new_facts_r61.yaml): ordinals and ranks. Facts of any kind, three at least
stated by two or more articles and one at least a figure some article states as an
ordinal, a rank or a place in a series ("his 11th point", "the seventh comeback",
"Greece's second city"), or a count an article gives as an ordinal or the reverse; three
harmless variants per story say the fact's sentence another way, write the ordinal as a
count or the count as an ordinal, or add an ordinal of another series beside it, two
drifts change the ordinal or the figure. Values the loader refused as ordinals ('10th
place') were rewritten as bare numbers. Labels come from the text field only. 60 facts,
635 checks, 60 variants. Held alone. First run (rules of 8baba99): 4 of 613 failed for
nothing (0.7%), 167 of 226 consistent statements found, 13 of 22 real discrepancies and
9 of 23 drifts caught, no harmless variant of 34 failed (3 more of a fact already
failing); beside the existing facts 2 (0.3%), 100 of 226, 8 of 22, 4 of 23, none. The
reader reads no ordinal, so most ordinal facts were never found.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_articles import CORPUS, write_variant
from bench_matching import LABELS as EXISTING
from bench_matching import ROOT

from checks.claims import load_story
from checks.engine import Checker
from checks.facts import Verdict

LABELS = ROOT / "tests" / "fixtures" / "matching" / "new_facts.yaml"
#: Folders that are not ECB+ folders: the demo story's articles (the seeds, in their own
#: formats), with the title its facts have in labelled.yaml.
OWN_FOLDERS = {"seeds": (ROOT / "articles", "seed articles")}


def evaluate(with_existing: bool = False, labels: Path = LABELS
             ) -> tuple[Counter[str], list[str]]:
    """Counts over every folder, and one line per error."""
    counts: Counter[str] = Counter()
    errors: list[str] = []
    existing = _existing_stories() if with_existing else {}
    for folder in yaml.safe_load(labels.read_text(encoding="utf-8"))["folders"]:
        name = folder["folder"]
        story = OWN_FOLDERS[name][1] if name in OWN_FOLDERS else name
        with tempfile.TemporaryDirectory() as tmp:
            refused, verdicts = _run(folder, existing.get(story), Path(tmp))
        _score(folder, refused, verdicts, counts, errors)
    return counts, errors


def _existing_stories() -> dict[str, dict[str, Any]]:
    """The development stories of labelled.yaml, by the ECB+ folder their title ends with."""
    stories = yaml.safe_load(EXISTING.read_text())["stories"]
    return {s["story"].rsplit("(", 1)[-1].rstrip(")"): s for s in stories}


def _run(folder: dict[str, Any], existing: dict[str, Any] | None, tmp: Path
         ) -> tuple[dict[str, str], dict[tuple[str, str], Verdict]]:
    """Write the story's claims file beside its articles and variants, and check it as the
    plugin does: the facts the loader refuses, with why, and the others' verdicts."""
    articles = tmp / "articles"
    articles.mkdir()
    own = OWN_FOLDERS.get(folder["folder"])
    source = own[0] if own else CORPUS / folder["folder"]
    for path in source.glob("*" if own else "*.json"):
        shutil.copy(path, articles / path.name)
    for variant in folder["variants"]:
        if own:
            write_raw_variant(source, variant, articles)
        else:
            write_variant(source, variant, articles)
    facts = dict(folder["facts"])
    claims: dict[str, Any] = {"version": 1, "story": folder["folder"], "articles": "articles/*"}
    if existing:
        facts = {**{k: v for k, v in existing["facts"].items() if k not in facts}, **facts}
        if existing.get("aliases"):
            claims["aliases"] = existing["aliases"]
    claims["facts"] = facts
    path = tmp / "claims.yaml"
    path.write_text(yaml.safe_dump(claims, allow_unicode=True, sort_keys=False))
    story = load_story(path, root=tmp)
    refused = {p.fact: p.reason for p in story.problems}
    verdicts = Checker().check_story(story)
    return refused, {(v.fact.id, v.article_name): v for v in verdicts}


def write_raw_variant(folder: Path, variant: dict[str, Any], scratch: Path) -> Path:
    """A variant of an article in any format: its file's text with the one `old` snippet
    replaced (a WordPress post's JSON included, the snippet holding no escape)."""
    text = (folder / variant["original"]).read_text(encoding="utf-8")
    assert text.count(variant["old"]) == 1, variant["variant"]
    copy = scratch / variant["variant"]
    copy.write_text(text.replace(variant["old"], variant["new"]), encoding="utf-8")
    return copy


def _score(folder: dict[str, Any], refused: dict[str, str],
           verdicts: dict[tuple[str, str], Verdict], counts: Counter[str],
           errors: list[str]) -> None:
    name = folder["folder"]
    for fact_id, why in refused.items():
        errors.append(f"[fact refused] {name} {fact_id}: {why}")
    for label in folder["labels"]:
        if label["fact"] in refused:
            counts["refused"] += 1
            continue
        verdict = verdicts[(label["fact"], label["article"])]
        want, got = label["label"], verdict.status
        counts[want] += 1
        counts[f"{want} -> {got}"] += 1
        if want != got:
            errors.append(f"[{want} -> {got}] {name}/{label['article']} {label['fact']}: "
                          f"{verdict.message.splitlines()[0] if verdict.message else ''}")
    for variant in folder["variants"]:
        if variant["fact"] in refused:
            counts["refused variants"] += 1
            continue
        if verdicts[(variant["fact"], variant["original"])].status == "discrepancy":
            counts["variants of a failing fact"] += 1  # its check fails whatever the rewrite
            continue
        kind = variant["kind"]
        status = verdicts[(variant["fact"], variant["variant"])].status
        caught = status == "discrepancy"
        counts[kind] += 1
        counts[f"{kind} failing"] += caught
        if caught != (kind == "drift"):
            errors.append(f"[{kind} {'missed' if kind == 'drift' else 'failing'}] "
                          f"{name}/{variant['variant']} {variant['fact']}: "
                          f"{variant['old']!r} -> {variant['new']!r}")


def summary(counts: Counter[str]) -> list[str]:
    """The figures, each against its count."""
    clean = counts["consistent"] + counts["not_mentioned"]
    nothing = counts["consistent -> discrepancy"] + counts["not_mentioned -> discrepancy"]
    return [
        f"checks: {clean + counts['discrepancy']}; failing for nothing: {nothing} of {clean}"
        f" ({nothing / clean:.1%})",
        f"consistent statements found: {counts['consistent -> consistent']} of "
        f"{counts['consistent']}; real discrepancies caught: "
        f"{counts['discrepancy -> discrepancy']} of {counts['discrepancy']}",
        f"drifts caught: {counts['drift failing']} of {counts['drift']}; harmless failing: "
        f"{counts['harmless failing']} of {counts['harmless']} (+"
        f"{counts['variants of a failing fact']} variants of a fact already failing)",
    ] + ([f"checks not run, their fact refused by the loader: {counts['refused']}"]
         if counts["refused"] else [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-existing", action="store_true",
                        help="add each story's facts from labelled.yaml")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--labels", type=Path, default=LABELS,
                        help="a round's facts, labels and variants (default: round 8)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: put ../shared beside the repository", file=sys.stderr)
        return 2
    counts, errors = evaluate(args.with_existing, args.labels)
    if args.errors:
        print("\n".join(errors))
    print("\n".join(summary(counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
