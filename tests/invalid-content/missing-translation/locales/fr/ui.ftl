ui-status-request = À demander
ui-status-requets = À demander
