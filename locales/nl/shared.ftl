# Documents and offices that rights of several themes use: document-<id> (the Dutch name),
# document-<id>-where (where to get it), office-<id> (the name) and office-<id>-<kind> (how to use
# that channel). Those of the rights of one theme only are in <theme>.ftl.

## Documents

document-identiteitskaart = Identiteitskaart of verblijfskaart
document-identiteitskaart-where = U heeft die al. Kwijt? Vraag een nieuwe aan uw gemeente.

document-rekeninguittreksels = Rekeninguittreksels van de laatste maanden
document-rekeninguittreksels-where = U krijgt ze bij uw bank, op papier of in de app van uw bank.

document-huurcontract = Huurcontract
document-huurcontract-where = U kreeg het toen u begon te huren. Kwijt? Vraag een kopie aan uw verhuurder.

document-bewijs-inkomen = Bewijzen van uw inkomen: loonfiches of attesten van uw uitkering
document-bewijs-inkomen-where = U krijgt ze van uw werkgever, of van de dienst die uw uitkering of pensioen betaalt.

document-aanslagbiljet = Aanslagbiljet van de belastingen (personenbelasting)
document-aanslagbiljet-where = U vindt het in MyMinfin. U kunt het ook vragen aan een kantoor van de FOD Financiën.

document-attest-schuldbemiddeling = Alleen bij schuldbemiddeling: een attest van uw schuldbemiddelaar of de beslissing over uw collectieve schuldenregeling
document-attest-schuldbemiddeling-where = Vraag het aan uw schuldbemiddelaar.

document-gegevens-behandelende-arts = Naam en adres van uw dokter
document-gegevens-behandelende-arts-where = Schrijf het op. U vindt het op een brief of een voorschrift van uw dokter.

document-rekeningnummer = Uw rekeningnummer
document-rekeningnummer-where = Het staat op uw bankkaart of op uw rekeninguittreksels. Geef nooit de geheime codes van uw bank: geen enkele dienst vraagt die.

document-energiefacturen = Uw facturen van elektriciteit, gas of water
document-energiefacturen-where = U krijgt ze van uw leverancier, met de post of in uw account op de website van de leverancier.

document-attest-uitkering = Attest van de dienst die uw uitkering of hulp betaalt
document-attest-uitkering-where = Vraag het aan de dienst die u betaalt. Dat is bijvoorbeeld het OCMW, uw ziekenfonds of uw zorgkas. Of de Federale Pensioendienst (bel 1765). Of de DG Personen met een handicap (bel 0800 987 99). Of het CAW.

## Offices

office-ocmw = OCMW (Sociaal Huis) van uw gemeente
office-ocmw-in-person = Ga naar het OCMW of het Sociaal Huis van uw gemeente. Soms moet u eerst een afspraak maken.
office-ocmw-phone = Bel het OCMW voor een afspraak. Het nummer staat op de website van uw gemeente.
office-ocmw-letter = U kunt ook een brief of een e-mail sturen. Iemand anders mag dat voor u doen. Geef die persoon dan uw toestemming op papier.
office-ocmw-home-visit = Kunt u niet naar het OCMW gaan? Vraag dan of iemand bij u thuis komt.

office-dg-personen-met-handicap = FOD Sociale Zekerheid, DG Personen met een handicap
office-dg-personen-met-handicap-online = Vraag het online aan in MyHandicap, met uw identiteitskaart en pincode of met itsme.
office-dg-personen-met-handicap-phone = Bel de DG Personen met een handicap. Dit nummer is gratis.
office-dg-personen-met-handicap-in-person = Lukt het online niet? De sociale dienst van uw ziekenfonds, uw gemeente of het OCMW (Sociaal Huis) helpt u en doet de aanvraag voor u. Er zijn ook maatschappelijk assistenten van de DG.
