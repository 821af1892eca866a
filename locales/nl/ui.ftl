# Words the program itself uses (headings, fixed sentences). Plain Dutch, "u"-form.

ui-report-title = Rechtenwijzer: uw overzicht op { $date }
ui-report-disclaimer = Dit is een indicatie, geen beslissing. Het OCMW of de dienst die het recht toekent, beslist. Er is niets aangevraagd en niets bewaard.

ui-status-automatic = Komt automatisch
ui-status-proactive = Wordt u aangeboden
ui-status-request = Moet u aanvragen
ui-status-already = Krijgt u al
ui-status-unknown = Nog onbekend
ui-status-unlikely = Niet waarschijnlijk

ui-apply-at = bij: { $office }
ui-reason-missing = Dat hangt nog af van: { $facts }.
ui-reason-possible = Mogelijke uitkomst: { $statuses }.
ui-reason-missing-parameter = Het bedrag voor deze datum is nog niet gekend: { $parameter }.

ui-if-missing = { $text }
ui-deadline = Termijn: { $text }
ui-opens = Dit opent ook: { $rights }.
ui-to-confirm = Let op: een deel van deze informatie is nog niet nagekeken bij een officiële bron. De dienst die beslist, weet het zeker.
ui-parameter-to-confirm = Het bedrag "{ $parameter }" komt niet uit een officiële bron en moet nog bevestigd worden.

ui-documents-title = Documenten om mee te nemen
ui-documents-none = U hoeft geen documenten mee te nemen.
ui-document-for = Nodig voor: { $rights }.
ui-document-where = Waar krijgt u het? { $where }

ui-date = { $day } { $month } { $year }
ui-month-1 = januari
ui-month-2 = februari
ui-month-3 = maart
ui-month-4 = april
ui-month-5 = mei
ui-month-6 = juni
ui-month-7 = juli
ui-month-8 = augustus
ui-month-9 = september
ui-month-10 = oktober
ui-month-11 = november
ui-month-12 = december
