ui-fixture = Hallo { $name
ui-fixture-two = Goed
