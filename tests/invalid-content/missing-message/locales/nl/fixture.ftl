right-fixture = Voorbeeldrecht
right-fixture-otherwise = Niet waarschijnlijk.
right-fixture-reason = Wel waarschijnlijk.
