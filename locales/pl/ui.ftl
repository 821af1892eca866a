# Words the program itself uses (headings, fixed sentences). Plain Polish, polite forms
# ("Państwo", "można", "należy", "proszę").

ui-report-title = Rechtenwijzer: Państwa podsumowanie na dzień { $date }
ui-report-disclaimer = To jest wskazówka, a nie decyzja. Decyzję podejmuje OCMW albo instytucja, która przyznaje dane świadczenie. Żaden wniosek nie został złożony i nic nie zostało zapisane.

ui-status-automatic = Przysługuje automatycznie
ui-status-proactive = Zostanie Państwu zaproponowane
ui-status-request = Trzeba złożyć wniosek
ui-status-already = Już Państwo otrzymują
ui-status-unknown = Jeszcze nie wiadomo
ui-status-unlikely = Mało prawdopodobne

ui-apply-at = gdzie: { $office }
ui-reason-missing = To zależy jeszcze od tych informacji: { $facts }.
ui-reason-possible = Możliwy wynik: { $statuses }.
ui-reason-missing-parameter = Kwota na ten dzień nie jest jeszcze znana: { $parameter }.
ui-reason-follows =
    { $automatic ->
        [yes] To przysługuje automatycznie, gdy tylko otrzymają Państwo „{ $right }”. Dlatego najpierw proszę złożyć wniosek o „{ $first }”.
       *[no] To mogą Państwo otrzymać, gdy tylko otrzymają Państwo „{ $right }”. Dlatego najpierw proszę złożyć wniosek o „{ $first }”.
    }
ui-reason-limit-not-known = Obecny limit nie jest jeszcze znany: { $parameter }. Ten limit nigdy nie spada. Wynosi więc co najmniej { $amount }: to ostatni znany nam limit (od { $since }).

ui-if-missing = { $text }
ui-deadline = Termin: { $text }
ui-opens = To daje też dostęp do: { $rights }.
ui-to-confirm = Uwaga: część tych informacji nie została jeszcze sprawdzona w oficjalnym źródle. Pewną odpowiedź zna instytucja, która podejmuje decyzję.
ui-parameter-to-confirm = Kwota „{ $parameter }” nie pochodzi z oficjalnego źródła i musi jeszcze zostać potwierdzona.

ui-unreviewed = To tłumaczenie nie zostało jeszcze sprawdzone przez osobę, dla której polski jest językiem ojczystym. Prawidłowe są nazwy niderlandzkie.
ui-with-dutch = { $text } ({ $dutch })
ui-amount-euro = { AMOUNT($value) } €
ui-amount-euro-month = { AMOUNT($value) } € miesięcznie
ui-amount-euro-year = { AMOUNT($value) } € rocznie
ui-amount-count = { AMOUNT($value, decimals: 0) }
ui-amount-years = { AMOUNT($value, decimals: 0) } lat
ui-amount-line = { $name }: { $amount } (od { $since })
ui-amount-line-to-confirm = { $name }: { $amount } (od { $since }; do potwierdzenia)
ui-amount-line-at-least = { $name }: co najmniej { $amount } (ostatnia znana kwota, od { $since }; nowa nie jest jeszcze znana)

ui-compare-title = Rechtenwijzer: co się zmienia? ({ $date })
ui-compare-none = Żadne prawo się nie zmienia.
ui-compare-change = { $right }: „{ $from }” zmienia się na „{ $to }”
ui-compare-stored = Odpowiedzi zostały zapisane jako A. Proszę teraz zmienić odpowiedzi i ponownie nacisnąć F7, aby porównać.
ui-compare-screen-title = Porównanie
ui-compare-intro = Co się zmienia w porównaniu z odpowiedziami zapisanymi jako A? F7 usuwa A.
ui-compare-row = najpierw (A): { $a } · teraz: { $now }

ui-documents-title = Dokumenty, które trzeba zabrać
ui-documents-none = Nie trzeba zabierać żadnych dokumentów.
ui-document-for = Potrzebne do: { $rights }.
ui-document-where = Gdzie można to dostać? { $where }

ui-date = { $day } { $month } { $year }
ui-month-1 = stycznia
ui-month-2 = lutego
ui-month-3 = marca
ui-month-4 = kwietnia
ui-month-5 = maja
ui-month-6 = czerwca
ui-month-7 = lipca
ui-month-8 = sierpnia
ui-month-9 = września
ui-month-10 = października
ui-month-11 = listopada
ui-month-12 = grudnia

# The full-screen interview.
ui-app-name = Rechtenwijzer
ui-language-name = Polski
ui-too-small = Proszę powiększyć okno, aby korzystać z Rechtenwijzer.
ui-welcome-title = Witamy
ui-welcome-intro = Witamy. Zadamy Państwu kilka krótkich pytań. Potem zobaczą Państwo, jakie wsparcie być może można otrzymać, dokąd się udać i co ze sobą zabrać.
ui-welcome-reassure = Nic nie zostanie wysłane ani zapisane. Każdą odpowiedź można później zmienić.
ui-welcome-language = Język
ui-welcome-reading = Jak chcą Państwo czytać?
ui-mode-normal = Zwykły tekst
ui-mode-large = Duży tekst
ui-mode-contrast = Wysoki kontrast
ui-chosen = wybrano
ui-start = Zacznij odpowiadać na pytania
ui-welcome-training = Ćwiczenie na przykładowej rodzinie (na szkolenie)
ui-personas-title = Przykładowe rodziny
ui-personas-intro = Proszę wybrać przykładową rodzinę. Jej odpowiedzi przegląda się klawiszem Enter. Wyniki pozostają ukryte do naciśnięcia F6, aby grupa mogła najpierw zgadywać.
ui-training-hidden = Wyniki są jeszcze ukryte. Niech grupa najpierw zgadnie: co przysługuje automatycznie, o co ta rodzina musi wystąpić? Proszę nacisnąć F6, aby pokazać wyniki.
ui-training-title = Ćwiczenie
ui-worker-on = Widok pracownika
ui-question-progress = Pytanie { $number } z około { $total }
ui-question-several = Można zaznaczyć więcej niż jedną odpowiedź. Potem proszę wybrać „Gotowe”.
ui-question-number = Proszę wpisać liczbę i nacisnąć Enter.
ui-yes = Tak
ui-no = Nie
ui-dont-know = Nie wiem
ui-none-of-these = Żadne z tych
ui-confirm-choice = Gotowe, to moja odpowiedź
ui-number-empty = Proszę najpierw wpisać liczbę albo wybrać „Nie wiem”.
ui-number-range = Ta liczba nie jest możliwa. Proszę wpisać liczbę od { $min } do { $max }.
ui-number-not-a-number = To nie jest liczba. Wpisz tylko cyfry, bez liter.
ui-number-ambiguous = Tę liczbę można odczytać na dwa sposoby. Wpisz ją bez kropki i bez przecinka, na przykład 1300.
ui-number-read-as = Liczymy z { $value }.
ui-error-prefix = Uwaga: 
ui-digit-pending = Numer { $number }… Wpisz jeszcze jedną cyfrę albo naciśnij Enter.
ui-no-such-number = Nie ma wyboru o tym numerze. Spójrz na numery na ekranie.
ui-overview-title = Państwa odpowiedzi
ui-overview-intro = Proszę wybrać odpowiedź, aby ją zmienić.
ui-not-answered = jeszcze bez odpowiedzi
ui-to-results = Do wyników
ui-results-title = Co być może można otrzymać
ui-group-empty = Brak.
ui-show-unlikely = { $count ->
    [one] Pokaż { $count } uprawnienie, które jest mało prawdopodobne
    [few] Pokaż { $count } uprawnienia, które są mało prawdopodobne
    [many] Pokaż { $count } uprawnień, które są mało prawdopodobne
   *[other] Pokaż { $count } uprawnienia, które są mało prawdopodobne
}
ui-hide-unlikely = Ukryj uprawnienia, które są mało prawdopodobne
ui-quit-question = Czy chcą Państwo zakończyć? Wtedy wszystkie odpowiedzi zostaną usunięte.
ui-quit-yes = Tak, zakończ i usuń wszystko
ui-quit-no = Nie, kontynuuj
ui-start-over-question = Czy chcą Państwo zacząć od nowa? Wtedy wszystkie odpowiedzi zostaną usunięte.
ui-start-over-yes = Tak, usuń wszystko i zacznij od nowa
ui-start-over-no = Nie, kontynuuj
ui-staff-pin = Tylko dla personelu: proszę wpisać kod i nacisnąć Enter.
ui-staff-wrong = Ten kod jest nieprawidłowy.
ui-staff-wait = Wpisano błędny kod. Odczekaj chwilę i spróbuj ponownie.
ui-idle-countdown =
    { $seconds ->
        [one] Czy są Państwo jeszcze tutaj? Za { $seconds } sekundę wszystko zostanie usunięte i Rechtenwijzer zacznie od nowa. Proszę nacisnąć dowolny klawisz, aby kontynuować.
        [few] Czy są Państwo jeszcze tutaj? Za { $seconds } sekundy wszystko zostanie usunięte i Rechtenwijzer zacznie od nowa. Proszę nacisnąć dowolny klawisz, aby kontynuować.
        [many] Czy są Państwo jeszcze tutaj? Za { $seconds } sekund wszystko zostanie usunięte i Rechtenwijzer zacznie od nowa. Proszę nacisnąć dowolny klawisz, aby kontynuować.
       *[other] Czy są Państwo jeszcze tutaj? Za { $seconds } sekundy wszystko zostanie usunięte i Rechtenwijzer zacznie od nowa. Proszę nacisnąć dowolny klawisz, aby kontynuować.
    }
ui-bank-codes = Uwaga: żadna instytucja nigdy nie prosi o Państwa kody bankowe (na przykład kod PIN). Ani przez telefon, ani e-mailem, ani w wiadomości.
ui-handout-title = Wydrukuj lub zapisz
ui-handout-intro = Mogą Państwo zabrać wyniki i listę dokumentów na papierze albo zapisać je w pliku. Inaczej nic nie zostanie zapisane.
ui-handout-print = Wydrukuj na drukarce
ui-handout-save = Zapisz w pliku
ui-handout-back = Wróć
ui-save-as-title = Zapisz w pliku
ui-save-as-label = Proszę wpisać nazwę pliku i nacisnąć Enter. Klawisz Esc wraca bez zapisywania.
ui-printed = Państwa kartka jest drukowana. Proszę nie zapomnieć jej zabrać.
ui-printing = Twoja kartka jest wysyłana do drukarki…
ui-print-no-printer = Tutaj nie ma drukarki. Proszę poprosić o pomoc pracownika.
ui-print-failed = Nie udało się wydrukować. Proszę poprosić o pomoc pracownika.
ui-saved = Plik został zapisany.
ui-save-exists = Plik o tej nazwie już istnieje. Proszę wybrać inną nazwę.
ui-save-failed = Nie udało się zapisać. Proszę poprosić o pomoc pracownika.
ui-detail-status = Wynik: { $status }
ui-detail-why = Dlaczego?
ui-detail-based-on = Na podstawie Państwa odpowiedzi: { $answers }.
ui-detail-conditions = Kiedy można to otrzymać? Kilka sytuacji:
ui-detail-where = Dokąd się udać? { $office }
ui-channel-in-person = Osobiście
ui-channel-phone = Telefonicznie
ui-channel-online = Przez internet
ui-channel-letter = Listownie lub e-mailem
ui-channel-home-visit = Wizyta w domu
ui-documents-office-channels = Jak się skontaktować: { $channels }
ui-detail-counter = Co powiedzieć w okienku?
ui-detail-counter-dutch = Po niderlandzku: { $sentence }
ui-detail-dutch-name = Po niderlandzku: { $name }
ui-detail-amounts = Kwoty i limity
ui-worker-title = Dla pracownika socjalnego
ui-worker-rule = Reguła { $number }: { $rule }
ui-rule-and = { $left } i { $right }
ui-rule-or = { $left } lub { $right }
ui-rule-not = nie ({ $rule })
ui-rule-less = { $left } mniej niż { $right }
ui-rule-less-equal = { $left } najwyżej { $right }
ui-rule-greater = { $left } więcej niż { $right }
ui-rule-greater-equal = { $left } co najmniej { $right }
ui-rule-equal = { $left } równa się { $right }
ui-rule-not-equal = { $left } nie równa się { $right }
ui-rule-one-of = { $fact }: { $values }
ui-rule-or-value = { " lub " }
ui-rule-count = liczba: { $fact }
ui-rule-plus = { $left } + { $right }
ui-rule-minus = { $left } - { $right }
ui-rule-times = { $left } × { $right }
ui-rule-parameter = { $name } ({ $amount })
ui-rule-status = { $right }: { $statuses }
ui-worker-no-rule = Żadna reguła nie ma zastosowania albo odpowiedzi jeszcze nie pozwalają zdecydować.
ui-worker-facts = Odczytane odpowiedzi: { $facts }
ui-worker-parameter = { $name } = { $amount } od { $since }; źródło: { $source }; sprawdzono { $checked }; { $confidence }
ui-worker-parameter-at-least = { $name } = co najmniej { $amount }: znane od { $since } do { $until }, potem jeszcze nieznane (tylko rośnie); źródło: { $source }; sprawdzono { $checked }; { $confidence }
ui-worker-unverified = Niesprawdzone: { $text }
ui-confidence-verified = sprawdzono w oficjalnym źródle
ui-confidence-verified-old = sprawdzono, ale to stara kwota
ui-confidence-third-party = znaleziono tylko w innym źródle, do potwierdzenia
ui-confidence-unverified = niesprawdzone, do potwierdzenia
ui-detail-what-if = Co mogłoby to zmienić?
ui-what-if = To prawo stanie się dostępne, jeśli: { $changes }.
ui-change-at-most = { $fact } najwyżej { $value }
ui-change-at-least = { $fact } co najmniej { $value }
ui-change-is = { $fact }: { $value }
ui-change-adds = { $fact }: także { $value }
ui-change-drops = { $fact }: już nie { $value }
ui-detail-documents = Co zabrać ze sobą?
ui-detail-deadline = Do kiedy?
ui-detail-if-missing = A jeśli nie przyjdzie automatycznie?
ui-detail-opens = To daje też dostęp do
ui-detail-to-confirm = Do sprawdzenia
ui-detail-source = Źródło
ui-detail-source-text = { $source } (sprawdzono { $checked })
ui-documents-intro = Proszę zabrać te dokumenty. Są pogrupowane według instytucji.
ui-help-title = Pomoc
ui-help-intro = Używa się tylko klawiatury. Tak działają klawisze:
ui-theme-standard = Zwykłe kolory
ui-theme-contrast-dark = Wysoki kontrast, ciemny
ui-theme-contrast-light = Wysoki kontrast, jasny
ui-theme-terminal = Kolory terminala
ui-theme-mono = Bez kolorów

# Plain mode: lines for screen readers and scripts.
ui-plain-commands = Proszę odpowiedzieć numerem wybranej odpowiedzi i nacisnąć Enter. Proszę wpisać o, aby zobaczyć swoje odpowiedzi, r, aby zobaczyć wyniki, d, aby zobaczyć dokumenty, h, aby zobaczyć pomoc, albo q, aby zakończyć.
ui-plain-commands-kiosk = Proszę odpowiedzieć numerem wybranej odpowiedzi i nacisnąć Enter. Proszę wpisać o, aby zobaczyć swoje odpowiedzi, r, aby zobaczyć wyniki, d, aby zobaczyć dokumenty, h, aby zobaczyć pomoc, albo q, aby zacząć od nowa. Odpowiedzi zostaną wtedy usunięte.
ui-plain-prompt = Państwa wybór:
ui-plain-invalid = Taka odpowiedź nie jest możliwa. Proszę wpisać numer z listy.
ui-plain-number = Proszę wpisać liczbę i nacisnąć Enter. Nie wiedzą Państwo? Wtedy proszę nacisnąć tylko Enter.
ui-plain-several = Proszę wpisać numery wszystkich pasujących odpowiedzi, ze spacją pomiędzy nimi, na przykład: 1 3.
ui-plain-current = Państwa obecna odpowiedź: { $answer }.
ui-plain-overview = Proszę wpisać numer odpowiedzi, aby ją zmienić, albo r, aby zobaczyć wyniki.
ui-plain-results = Proszę wpisać numer uprawnienia, aby zobaczyć więcej wyjaśnień. Proszę nacisnąć Enter, aby zobaczyć dokumenty. Proszę wpisać q, aby zakończyć.
ui-plain-continue = Proszę nacisnąć Enter, aby przejść dalej.

# Keys: a short word for the hint bar (ui-key-…) and a sentence for the help screen (ui-action-…).
ui-key-up = w górę
ui-key-down = w dół
ui-key-page-up = strona w górę
ui-key-page-down = strona w dół
ui-key-home = początek
ui-key-end = koniec
ui-key-select = wybierz
ui-key-digit = wybierz numer
ui-key-erase = usuń
ui-key-back = wstecz
ui-key-forward = dalej
ui-key-overview = odpowiedzi
ui-key-results = wyniki
ui-key-documents = dokumenty
ui-key-help = pomoc
ui-key-large = duży tekst
ui-key-theme = kolory
ui-key-language = język
ui-key-bilingual = dwa języki
ui-key-handout = drukuj
ui-key-start-over = od nowa (usuń wszystko)
ui-key-staff-exit = personel
ui-key-worker = pracownik
ui-key-reveal = pokaż
ui-key-compare = porównaj
ui-key-quit = zakończ
ui-action-up = Przejdź o jeden wiersz w górę.
ui-action-down = Przejdź o jeden wiersz w dół.
ui-action-page-up = Przejdź o kawałek w górę.
ui-action-page-down = Przejdź o kawałek w dół.
ui-action-home = Przejdź na początek: do pierwszego wyboru albo na górę tekstu.
ui-action-end = Przejdź na koniec: do ostatniego wyboru albo na dół tekstu.
ui-action-select = Wybierz to, co jest zaznaczone, albo to otwórz.
ui-action-digit = Wybierz odpowiedź o tym numerze albo wpisz liczbę. Dla 10 i więcej wpisz obie cyfry jedną po drugiej, na przykład 1, a potem 2 dla 12.
ui-action-erase = Usuń ostatnią wpisaną cyfrę.
ui-action-back = Wróć. Państwa odpowiedzi zostają zachowane.
ui-action-forward = Przejdź znów dalej po powrocie.
ui-action-overview = Zobacz wszystkie swoje odpowiedzi i zmień jedną z nich.
ui-action-results = Zobacz wyniki.
ui-action-documents = Zobacz, jakie dokumenty trzeba zabrać.
ui-action-help = Pokaż tę pomoc.
ui-action-large = Włącz lub wyłącz duży tekst.
ui-action-theme = Wybierz inne kolory, na przykład wysoki kontrast.
ui-action-language = Wybierz inny język.
ui-action-handout = Wydrukuj wyniki i dokumenty albo zapisz je w pliku.
ui-action-start-over = Zacznij od nowa. Wszystkie odpowiedzi zostaną usunięte.
ui-action-compare = Zapisz odpowiedzi jako A; naciśnij ponownie później, aby porównać A z obecnymi odpowiedziami.
ui-action-reveal = Szkolenie: pokaż wyniki przykładowej rodziny.
ui-action-worker = Pokaż lub ukryj dla pracownika socjalnego regułę, odpowiedzi i kwoty stojące za każdym wynikiem.
ui-action-staff-exit = Tylko dla personelu: zakończ program na wspólnym komputerze.
ui-action-bilingual = Pokaż wyniki, uprawnienie i dokumenty w dwóch językach: w wybranym języku i po niderlandzku.
ui-action-quit = Zakończ. Wszystko zostanie wtedy usunięte.

## Lists joined in the program, and languages the screen cannot show (issue 15)

# Between the items of a list ("A, B, C"): a comma and a space, written as a string so the
# space is kept.
ui-list-separator = { ", " }
# In the language list, for a language whose letters this screen (the Linux console) cannot
# show; $language is the language's code, such as "ar".
ui-language-not-shown = { $language }: ten ekran nie może wyświetlić liter tego języka
ui-language-cannot-show = Ten ekran nie może wyświetlić liter tego języka. Poproś pracownika, aby otworzył Rechtenwijzer w oknie z inną czcionką.

## The handout: the plan "Dit eerst" that starts it, and its pages (PDF)
ui-plan-title = Najpierw to
ui-plan-intro = Proszę wykonać te kroki w tej kolejności i zabrać tę kartkę do każdego okienka.
ui-plan-no-steps = Teraz nie trzeba o nic wnioskować.
ui-plan-step = Krok { $number }: { $office }
ui-plan-step-continued = Krok { $number } (ciąg dalszy): { $office }
ui-plan-ask-request = Proszę poprosić o: { $right }
ui-plan-ask-unknown = Proszę zapytać, czy przysługuje Państwu: { $right }
ui-plan-ask-proactive = To zostanie Państwu zaproponowane: { $right }. Proszę odpowiedzieć na ich list.
ui-plan-say = Proszę powiedzieć w okienku: { $sentence }
ui-plan-bring = Proszę zabrać:
ui-plan-by-themselves = Tu nie trzeba nic robić: { $rights }.
ui-plan-undecided = Na razie nie można tego ocenić, bo brakuje odpowiedzi: { $rights }. Proszę odpowiedzieć na pominięte pytania albo poprosić o radę w OCMW.
ui-plan-answers-first = Proszę najpierw odpowiedzieć na więcej pytań. Wtedy Rechtenwijzer powie, o co trzeba wnioskować.
ui-handout-rights = Państwa prawa
ui-handout-page = Strona { $page } z { $pages }
