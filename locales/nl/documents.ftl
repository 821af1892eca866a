# Documents: document-<id> is the Dutch name, document-<id>-where says where to get it.

document-identiteitskaart = Identiteitskaart of verblijfskaart
document-identiteitskaart-where = U heeft die al. Kwijt? Vraag een nieuwe aan uw gemeente.

document-overzicht-inkomsten-uitgaven = Overzicht van uw inkomsten en uitgaven van de laatste 3 maanden
document-overzicht-inkomsten-uitgaven-where = Schrijf het zelf op. Uw rekeninguittreksels helpen u daarbij.

document-rekeninguittreksels = Rekeninguittreksels van de laatste maanden
document-rekeninguittreksels-where = U krijgt ze bij uw bank, op papier of in de app van uw bank.

document-huurcontract = Huurcontract
document-huurcontract-where = U kreeg het toen u begon te huren. Kwijt? Vraag een kopie aan uw verhuurder.

document-bewijs-inkomen = Bewijzen van uw inkomen: loonfiches of attesten van uw uitkering
document-bewijs-inkomen-where = U krijgt ze van uw werkgever, of van de dienst die uw uitkering of pensioen betaalt.

document-vdab-inschrijving = Bewijs dat u ingeschreven bent bij VDAB
document-vdab-inschrijving-where = Vraag het aan VDAB.

document-aanslagbiljet = Aanslagbiljet van de belastingen (personenbelasting)
document-aanslagbiljet-where = U vindt het in MyMinfin. U kunt het ook vragen aan een kantoor van de FOD Financiën.

document-verklaring-op-erewoord = Verklaring op erewoord, getekend door alle volwassenen in uw gezin
document-verklaring-op-erewoord-where = U krijgt het formulier bij uw ziekenfonds.

document-leveringsfactuur = Kopie van de factuur of de leveringsbon van uw stookolie of propaan
document-leveringsfactuur-where = U krijgt die van uw leverancier bij de levering, of bij het tankstation.

document-attest-aantal-woningen = Alleen als u in een appartementsgebouw woont: een attest over het aantal woningen waarvoor de factuur is
document-attest-aantal-woningen-where = Vraag het aan de eigenaar of de beheerder van het gebouw.

document-attest-schuldbemiddeling = Alleen bij schuldbemiddeling: een attest van uw schuldbemiddelaar of de beslissing over uw collectieve schuldenregeling
document-attest-schuldbemiddeling-where = Vraag het aan uw schuldbemiddelaar.
