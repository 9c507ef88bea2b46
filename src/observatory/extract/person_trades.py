"""Civilian trades counted as people: "a carpenter was killed", "two bakers were wounded", "a vegetable seller".

A trade names a person as plainly as "a man" does; the side of such a person is the civilians' (the Civilians row of
``observatory/data/actors.csv`` holds the same nouns). Trades that also name a military role ("engineer", "driver",
"guard") are left to the words around them. Clergy ("a priest", "two monks", "a clergyman") are civilians as trades are
(tests/test_extract_casualty_clergy.py). "pharmacist" keeps its old reading by the Civilians row alone: as a figure
word it turned a past killing named in an accusation ("accused of ..., including the killing of a pharmacist last
month") into a total of its own, which any person noun does there (left for a rule of its own).
A near twin, ``casualty_tie_target.CIVIL_TRADES``, is the trades read after "working as" (it holds driver and
pharmacist, and lacks lawyer, grocer or surgeon); the two overlap without being one list, so each stays where it is
read. Tests in tests/test_extract_casualty_plain_readings.py.
"""

from __future__ import annotations

#: Trade nouns, singular and plural, as one alternation for ``figures.PERSON``.
TRADES = (r"lawyers?|carpenters?|blacksmiths?|barbers?|butchers?|bakers?|mechanics?|tailors?|plumbers?|"
          r"electricians?|grocers?|dentists?|goldsmiths?|jewell?ers?|exchangers?|physicians?|surgeons?|painters?|sellers?|"
          r"vendors?|merchants?|traders?|shopkeepers?|labou?rers?|priests?|clergym[ae]n|monks?|nuns?")
