right-fixture = Voorbeeldrecht
right-fixture-otherwise = Niet waarschijnlijk.
right-fixture-reason = Wel waarschijnlijk.
right-fixture-counter = Ik wil dit voorbeeldrecht aanvragen.
