right-fixture = Voorbeeldrecht
right-fixture-summary = Een recht dat alleen bestaat om een fout te tonen.
right-fixture-otherwise = Niet waarschijnlijk.
right-fixture-counter = Ik wil dit voorbeeldrecht aanvragen.
