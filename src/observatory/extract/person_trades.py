"""Civilian trades counted as people: "a carpenter was killed", "two bakers were wounded", "a vegetable seller".

A trade names a person as plainly as "a man" does; the side of such a person is the civilians' (the Civilians row of
``observatory/data/actors.csv`` holds the same nouns). Trades that also name a military role ("engineer", "driver",
"guard") are left to the words around them. Clergy ("a priest", "two monks", "a clergyman") are civilians as trades are
(tests/test_extract_casualty_clergy.py); so is "a pharmacist" ("gunmen shot dead a pharmacist outside his shop"), once
the pronoun that stands for the one just named ("stopped a pharmacist ... and shot her dead along with her brother")
no longer counted one more, and a past killing named in an accusation ("accused of ..., including the killing of a
pharmacist last month") no longer counted as a figure (``figures``).
A near twin, ``casualty_tie_target.CIVIL_TRADES``, is the trades read after "working as" (it holds driver and
pharmacist, and lacks lawyer, grocer or surgeon); the two overlap without being one list, so each stays where it is
read. Tests in tests/test_extract_casualty_plain_readings.py.
"""

from __future__ import annotations

#: Trade nouns, singular and plural, as one alternation for ``figures.PERSON``.
TRADES = (r"lawyers?|carpenters?|blacksmiths?|barbers?|butchers?|bakers?|mechanics?|tailors?|plumbers?|"
          r"electricians?|grocers?|dentists?|goldsmiths?|jewell?ers?|exchangers?|physicians?|surgeons?|painters?|sellers?|"
          r"vendors?|merchants?|traders?|shopkeepers?|labou?rers?|priests?|clergym[ae]n|monks?|nuns?|pharmacists?|boatm[ae]n|ferrym[ae]n")
