param-fixture-limit = Een voorbeeldgrens
