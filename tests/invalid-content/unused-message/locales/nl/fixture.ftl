right-leefloon-sumary = Een tikfout in een bericht-id.
