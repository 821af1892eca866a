fact-age = uw leeftijd
