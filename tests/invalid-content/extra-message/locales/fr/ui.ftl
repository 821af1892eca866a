ui-status-request = À demander
ui-status-automatic-x = Automatique
