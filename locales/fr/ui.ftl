# Mots que le programme utilise lui-même (titres, phrases fixes). Français simple, forme "vous".

ui-report-title = Rechtenwijzer : votre résumé du { $date }
ui-report-disclaimer = Ceci est une indication, pas une décision. C'est l'OCMW (CPAS) ou le service qui accorde le droit qui décide. Rien n'a été demandé et rien n'a été enregistré.

ui-status-automatic = Arrive automatiquement
ui-status-proactive = Vous sera proposé
ui-status-request = À demander vous-même
ui-status-already = Vous le recevez déjà
ui-status-unknown = Pas encore connu
ui-status-unlikely = Peu probable

ui-apply-at = auprès de : { $office }
ui-reason-missing = Cela dépend encore de ces réponses : { $facts }.
ui-reason-possible = Résultat possible : { $statuses }.
ui-reason-missing-parameter = Le montant pour cette date n'est pas encore connu : { $parameter }.
ui-reason-follows =
    { $automatic ->
        [yes] Cela vient automatiquement dès que vous recevez « { $right } ». Demandez donc d'abord « { $first } ».
       *[no] Vous pouvez l'obtenir dès que vous recevez « { $right } ». Demandez donc d'abord « { $first } ».
    }
ui-reason-limit-not-known = La limite actuelle n'est pas encore connue : { $parameter }. Cette limite ne baisse jamais. Elle est donc d'au moins { $amount } : c'est la dernière limite que nous connaissons (à partir du { $since }).

ui-if-missing = { $text }
ui-deadline = Délai : { $text }
ui-opens = Cela donne aussi accès à : { $rights }.
ui-to-confirm = Attention : une partie de ces informations n'a pas encore été vérifiée auprès d'une source officielle. Le service qui décide le sait avec certitude.
ui-parameter-to-confirm = Le montant « { $parameter } » ne vient pas d'une source officielle et doit encore être confirmé.

ui-unreviewed = Cette traduction n'a pas encore été vérifiée par une personne dont c'est la langue maternelle. Ce sont les noms en néerlandais qui font foi.
ui-with-dutch = { $text } ({ $dutch })
ui-amount-euro = { AMOUNT($value) } €
ui-amount-euro-month = { AMOUNT($value) } € par mois
ui-amount-euro-year = { AMOUNT($value) } € par an
ui-amount-count = { AMOUNT($value, decimals: 0) }
ui-amount-years = { AMOUNT($value, decimals: 0) } ans
ui-amount-line = { $name } : { $amount } (à partir du { $since })
ui-amount-line-to-confirm = { $name } : { $amount } (à partir du { $since } ; encore à confirmer)
ui-amount-line-at-least = { $name } : au moins { $amount } (le dernier montant connu, à partir du { $since } ; le nouveau n'est pas encore connu)

ui-compare-title = Rechtenwijzer : qu'est-ce qui change ? ({ $date })
ui-compare-none = Aucun droit ne change.
ui-compare-change = { $right } : { $from } devient { $to }
ui-compare-stored = Vos réponses sont gardées comme A. Changez maintenant des réponses et appuyez de nouveau sur F7 pour comparer.
ui-compare-screen-title = Comparer
ui-compare-intro = Qu'est-ce qui change par rapport aux réponses gardées comme A ? F7 oublie A.
ui-compare-row = d'abord (A) : { $a } · maintenant : { $now }

ui-documents-title = Documents à emporter
ui-documents-none = Vous ne devez emporter aucun document.
ui-document-for = Nécessaire pour : { $rights }.
ui-document-where = Où l'obtenir ? { $where }

ui-date = { $day } { $month } { $year }
ui-month-1 = janvier
ui-month-2 = février
ui-month-3 = mars
ui-month-4 = avril
ui-month-5 = mai
ui-month-6 = juin
ui-month-7 = juillet
ui-month-8 = août
ui-month-9 = septembre
ui-month-10 = octobre
ui-month-11 = novembre
ui-month-12 = décembre

# L'entretien en plein écran.
ui-app-name = Rechtenwijzer
ui-language-name = Français
ui-too-small = Agrandissez la fenêtre pour utiliser Rechtenwijzer.
ui-welcome-title = Bienvenue
ui-welcome-intro = Bienvenue. Nous allons vous poser quelques questions courtes. Ensuite, vous verrez quelle aide vous pouvez peut-être recevoir, où aller et quoi emporter.
ui-welcome-reassure = Rien n'est envoyé et rien n'est enregistré. Vous pouvez encore changer chaque réponse plus tard.
ui-welcome-language = Langue
ui-welcome-reading = Comment voulez-vous lire ?
ui-mode-normal = Texte normal
ui-mode-large = Grand texte
ui-mode-contrast = Contraste fort
ui-chosen = choisi
ui-start = Commencer les questions
ui-welcome-training = S'exercer avec une famille exemple (pour une formation)
ui-personas-title = Familles exemples
ui-personas-intro = Choisissez une famille exemple. Vous parcourez ses réponses avec Entrée. Les résultats restent cachés jusqu'à ce que vous appuyiez sur F6, pour que le groupe puisse d'abord deviner.
ui-training-hidden = Les résultats sont encore cachés. Laissez d'abord le groupe deviner : qu'est-ce qui vient automatiquement, que doit demander cette famille ? Appuyez sur F6 pour montrer les résultats.
ui-training-title = Exercice
ui-worker-on = Vue du travailleur social
ui-question-progress = Question { $number } sur environ { $total }
ui-question-several = Vous pouvez choisir plusieurs réponses. Choisissez ensuite « Terminé ».
ui-question-number = Tapez un nombre et appuyez sur Entrée.
ui-yes = Oui
ui-no = Non
ui-dont-know = Je ne sais pas
ui-none-of-these = Rien de tout cela
ui-confirm-choice = Terminé, c'est ma réponse
ui-number-empty = Tapez d'abord un nombre, ou choisissez « Je ne sais pas ».
ui-number-range = Ce nombre n'est pas possible. Tapez un nombre de { $min } à { $max }.
ui-number-not-a-number = Ce n’est pas un nombre. Tapez seulement des chiffres, sans lettres.
ui-number-ambiguous = Ce nombre peut se lire de deux façons. Tapez-le sans point ni virgule, par exemple 1300.
ui-number-read-as = Nous comptons avec { $value }.
ui-error-prefix = Attention : 
ui-digit-pending = Numéro { $number }… Tapez encore un chiffre, ou appuyez sur Entrée.
ui-no-such-number = Aucun choix ne porte ce numéro. Regardez les numéros à l’écran.
ui-overview-title = Vos réponses
ui-overview-intro = Choisissez une réponse pour la changer.
ui-not-answered = pas encore de réponse
ui-to-results = Voir les résultats
ui-results-title = Ce que vous pouvez peut-être recevoir
ui-group-empty = Aucun.
ui-show-unlikely =
    { $count ->
        [one] Afficher { $count } droit peu probable
       *[other] Afficher les { $count } droits peu probables
    }
ui-hide-unlikely = Cacher les droits peu probables
ui-quit-question = Voulez-vous arrêter ? Toutes vos réponses seront alors effacées.
ui-quit-yes = Oui, arrêter et tout effacer
ui-quit-no = Non, continuer
ui-start-over-question = Voulez-vous recommencer ? Toutes vos réponses seront alors effacées.
ui-start-over-yes = Oui, tout effacer et recommencer
ui-start-over-no = Non, continuer
ui-staff-pin = Réservé au personnel : tapez le code et appuyez sur Entrée.
ui-staff-wrong = Ce code n’est pas correct.
ui-staff-wait = Un code erroné a été tapé. Attendez un peu, puis réessayez.
ui-idle-countdown =
    { $seconds ->
        [one] Êtes-vous toujours là ? Dans { $seconds } seconde, tout sera effacé et Rechtenwijzer recommencera. Appuyez sur une touche pour continuer.
       *[other] Êtes-vous toujours là ? Dans { $seconds } secondes, tout sera effacé et Rechtenwijzer recommencera. Appuyez sur une touche pour continuer.
    }
ui-bank-codes = Attention : aucun service ne vous demandera jamais vos codes bancaires (comme votre code PIN). Ni par téléphone, ni par e-mail, ni par message.
ui-handout-title = Imprimer ou enregistrer
ui-handout-intro = Vous pouvez emporter vos résultats et la liste des documents sur papier, ou les enregistrer dans un fichier. Sinon, rien n'est enregistré.
ui-handout-print = Imprimer sur l'imprimante
ui-handout-save = Enregistrer dans un fichier
ui-handout-back = Retour
ui-save-as-title = Enregistrer dans un fichier
ui-save-as-label = Tapez le nom du fichier et appuyez sur Enter. Esc revient en arrière sans enregistrer.
ui-printed = Votre feuille est en train d'être imprimée. N'oubliez pas de la prendre.
ui-printing = Votre feuille est envoyée à l’imprimante…
ui-print-no-printer = Il n'y a pas d'imprimante ici. Demandez de l'aide à un membre du personnel.
ui-print-failed = L'impression n'a pas fonctionné. Demandez de l'aide à un membre du personnel.
ui-saved = Le fichier est enregistré.
ui-save-exists = Il y a déjà un fichier avec ce nom. Choisissez un autre nom.
ui-save-failed = L'enregistrement n'a pas fonctionné. Demandez de l'aide à un membre du personnel.
ui-detail-status = Résultat : { $status }
ui-detail-why = Pourquoi ?
ui-detail-based-on = Sur la base de vos réponses : { $answers }.
ui-detail-conditions = Quand pouvez-vous recevoir ceci ? Quelques situations :
ui-detail-where = Où aller ? { $office }
ui-channel-in-person = Sur place
ui-channel-phone = Par téléphone
ui-channel-online = En ligne
ui-channel-letter = Lettre ou e-mail
ui-channel-home-visit = Visite à domicile
ui-documents-office-channels = Comment les joindre : { $channels }
ui-detail-counter = Que dire au guichet ?
ui-detail-counter-dutch = En néerlandais : { $sentence }
ui-detail-dutch-name = En néerlandais : { $name }
ui-detail-amounts = Montants et limites
ui-worker-title = Pour le travailleur social
ui-worker-rule = Règle { $number } : { $rule }
ui-rule-and = { $left } et { $right }
ui-rule-or = { $left } ou { $right }
ui-rule-not = pas ({ $rule })
ui-rule-less = { $left } inférieur à { $right }
ui-rule-less-equal = { $left } au maximum { $right }
ui-rule-greater = { $left } supérieur à { $right }
ui-rule-greater-equal = { $left } au moins { $right }
ui-rule-equal = { $left } égal à { $right }
ui-rule-not-equal = { $left } différent de { $right }
ui-rule-one-of = { $fact } : { $values }
ui-rule-or-value = { " ou " }
ui-rule-count = nombre de { $fact }
ui-rule-plus = { $left } + { $right }
ui-rule-minus = { $left } - { $right }
ui-rule-times = { $left } × { $right }
ui-rule-parameter = { $name } ({ $amount })
ui-rule-status = { $right } : { $statuses }
ui-worker-no-rule = Aucune règle ne s'applique, ou les réponses ne permettent pas encore de décider.
ui-worker-facts = Réponses lues : { $facts }
ui-worker-parameter = { $name } = { $amount } à partir du { $since } ; source : { $source } ; vérifié le { $checked } ; { $confidence }
ui-worker-parameter-at-least = { $name } = au moins { $amount } : connu du { $since } au { $until }, pas encore connu ensuite (ne fait qu'augmenter) ; source : { $source } ; vérifié le { $checked } ; { $confidence }
ui-worker-unverified = Non vérifié : { $text }
ui-confidence-verified = vérifié dans une source officielle
ui-confidence-verified-old = vérifié, mais c'est un ancien montant
ui-confidence-third-party = trouvé seulement dans une autre source, encore à confirmer
ui-confidence-unverified = non vérifié, encore à confirmer
ui-detail-what-if = Qu'est-ce qui changerait cela ?
ui-what-if = Ce droit devient possible si : { $changes }.
ui-change-at-most = { $fact } au maximum { $value }
ui-change-at-least = { $fact } au minimum { $value }
ui-change-is = { $fact } : { $value }
ui-change-adds = { $fact } : aussi { $value }
ui-change-drops = { $fact } : plus { $value }
ui-detail-documents = Quoi emporter ?
ui-detail-deadline = Pour quand ?
ui-detail-if-missing = Cela n'arrive pas automatiquement ?
ui-detail-opens = Cela donne aussi accès à
ui-detail-to-confirm = Encore à vérifier
ui-detail-source = Source
ui-detail-source-text = { $source } (vérifié le { $checked })
ui-documents-intro = Emportez ces documents. Ils sont classés par service.
ui-help-title = Aide
ui-help-intro = Vous utilisez seulement le clavier. Voici ce que font les touches :
ui-theme-standard = Couleurs normales
ui-theme-contrast-dark = Contraste fort, foncé
ui-theme-contrast-light = Contraste fort, clair
ui-theme-terminal = Couleurs du terminal
ui-theme-mono = Sans couleur

# Mode simple : lignes pour les lecteurs d'écran et les scripts.
ui-plain-commands = Répondez avec le numéro de votre choix et appuyez sur Entrée. Tapez o pour voir vos réponses, r pour les résultats, d pour les documents, h pour l'aide et q pour arrêter.
ui-plain-commands-kiosk = Répondez avec le numéro de votre choix et appuyez sur Entrée. Tapez o pour voir vos réponses, r pour les résultats, d pour les documents, h pour l'aide et q pour recommencer. Vos réponses sont alors effacées.
ui-plain-prompt = Votre choix :
ui-plain-invalid = Cette réponse n'est pas possible. Tapez un numéro de la liste.
ui-plain-number = Tapez un nombre et appuyez sur Entrée. Vous ne savez pas ? Appuyez alors seulement sur Entrée.
ui-plain-several = Tapez les numéros de tout ce qui correspond, avec un espace entre eux, par exemple : 1 3.
ui-plain-current = Votre réponse maintenant : { $answer }.
ui-plain-overview = Tapez le numéro d'une réponse pour la changer, ou r pour les résultats.
ui-plain-results = Tapez le numéro d'un droit pour plus d'explications. Appuyez sur Entrée pour les documents. Tapez q pour arrêter.
ui-plain-continue = Appuyez sur Entrée pour continuer.

# Touches : un mot court pour la barre d'aide (ui-key-…) et une phrase pour l'écran d'aide (ui-action-…).
ui-key-up = haut
ui-key-down = bas
ui-key-page-up = page précédente
ui-key-page-down = page suivante
ui-key-home = début
ui-key-end = fin
ui-key-select = choisir
ui-key-digit = choisir un numéro
ui-key-erase = effacer
ui-key-back = retour
ui-key-forward = avancer
ui-key-overview = réponses
ui-key-results = résultats
ui-key-documents = documents
ui-key-help = aide
ui-key-large = grand texte
ui-key-theme = couleurs
ui-key-language = langue
ui-key-bilingual = deux langues
ui-key-handout = imprimer
ui-key-start-over = recommencer (tout effacer)
ui-key-staff-exit = personnel
ui-key-worker = travailleur
ui-key-reveal = montrer
ui-key-compare = comparer
ui-key-quit = arrêter
ui-action-up = Monter d'une ligne.
ui-action-down = Descendre d'une ligne.
ui-action-page-up = Monter d'un bloc.
ui-action-page-down = Descendre d'un bloc.
ui-action-home = Aller au début : le premier choix, ou le haut du texte.
ui-action-end = Aller à la fin : le dernier choix, ou le bas du texte.
ui-action-select = Choisir ce qui est marqué, ou l'ouvrir.
ui-action-digit = Choisir la réponse qui porte ce numéro, ou taper un nombre. À partir de 10, tapez les deux chiffres l’un après l’autre, par exemple 1 puis 2 pour 12.
ui-action-erase = Effacer le dernier chiffre que vous avez tapé.
ui-action-back = Revenir en arrière. Vos réponses sont gardées.
ui-action-forward = Avancer de nouveau après être revenu en arrière.
ui-action-overview = Voir toutes vos réponses et en changer une.
ui-action-results = Voir les résultats.
ui-action-documents = Voir quels documents emporter.
ui-action-help = Afficher cette aide.
ui-action-large = Activer ou désactiver le grand texte.
ui-action-theme = Choisir d'autres couleurs, par exemple un contraste fort.
ui-action-language = Choisir une autre langue.
ui-action-handout = Imprimer vos résultats et vos documents, ou les enregistrer dans un fichier.
ui-action-start-over = Recommencer. Toutes vos réponses sont effacées.
ui-action-compare = Gardez vos réponses comme A ; appuyez de nouveau plus tard pour comparer A avec vos réponses actuelles.
ui-action-reveal = Formation : montrer les résultats de la famille exemple.
ui-action-worker = Afficher ou masquer, pour le travailleur social, la règle, les réponses et les montants derrière chaque résultat.
ui-action-staff-exit = Réservé au personnel : arrêter le programme sur un ordinateur partagé.
ui-action-bilingual = Afficher les résultats, un droit et les documents en deux langues : votre langue et le néerlandais.
ui-action-quit = Arrêter. Tout est alors effacé.

## Lists joined in the program, and languages the screen cannot show (issue 15)

# Between the items of a list ("A, B, C"): a comma and a space, written as a string so the
# space is kept.
ui-list-separator = { ", " }
# In the language list, for a language whose letters this screen (the Linux console) cannot
# show; $language is the language's code, such as "ar".
ui-language-not-shown = { $language } : cet écran ne peut pas afficher les lettres de cette langue
ui-language-cannot-show = Cet écran ne peut pas afficher les lettres de cette langue. Demandez à un membre du personnel d'ouvrir Rechtenwijzer dans une fenêtre avec une autre police.

## The handout: the plan "Dit eerst" that starts it, and its pages (PDF)
ui-plan-title = D'abord ceci
ui-plan-intro = Faites ces étapes dans cet ordre. Emportez cette feuille à chaque guichet.
ui-plan-no-steps = Vous n'avez rien à demander pour le moment.
ui-plan-step = Étape { $number } : { $office }
ui-plan-step-continued = Étape { $number } (suite) : { $office }
ui-plan-ask-request = Demandez : { $right }
ui-plan-ask-unknown = Demandez si vous y avez droit : { $right }
ui-plan-ask-proactive = On vous le proposera : { $right }. Répondez à leur lettre.
ui-plan-say = Dites au guichet : { $sentence }
ui-plan-bring = À emporter :
ui-plan-by-themselves = Vous n'avez rien à faire pour : { $rights }.
ui-plan-undecided = Impossible à dire pour l'instant, car il manque des réponses : { $rights }. Répondez aux questions que vous avez passées, ou demandez conseil à l'OCMW (CPAS).
ui-plan-answers-first = Répondez d'abord à plus de questions. Rechtenwijzer pourra alors vous dire ce que vous devez demander.
ui-handout-rights = Vos droits
ui-handout-page = Page { $page } sur { $pages }
