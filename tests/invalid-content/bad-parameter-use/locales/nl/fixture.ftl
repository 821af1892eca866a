right-fixture = Voorbeeldrecht
right-fixture-summary = Een recht dat alleen bestaat om een fout te tonen.
right-fixture-otherwise = Niet waarschijnlijk.
right-fixture-reason = Wel waarschijnlijk.
right-fixture-counter = Ik wil dit voorbeeldrecht aanvragen.
param-fixture-limit = Een voorbeeldgrens die alleen stijgt
