### caredesk reply catalog: Polish (pl), formal.
### Tone: courteous "Państwo" (gender-neutral, as Polish shops write) and impersonal
### forms ("prosimy o…", "można…") instead of gendered "Pan/Pani"; greeting "Dzień dobry, …,".
### Plural categories: one, few, many, other (other = fractions, e.g. 1,5 dnia).

acknowledgement =
    Dzień dobry, { $customer_name },

    Dziękujemy za wiadomość. Państwa zgłoszenie zostało zarejestrowane pod numerem { $ticket_id }.

    Odpowiemy najpóźniej do { DATETIME($reply_by) }. Jeśli chcą Państwo coś dodać, wystarczy odpowiedzieć na tę wiadomość.

out-of-hours =
    Dzień dobry, { $customer_name },

    Dziękujemy za wiadomość. Nasze biuro obsługi klienta jest w tej chwili nieczynne.

    Będziemy ponownie dostępni od { DATETIME($next_open) } i odpowiemy najszybciej, jak to możliwe. Nie ma potrzeby ponownego wysyłania wiadomości – już do nas dotarła.

order-status =
    Dzień dobry, { $customer_name },

    Mamy dobrą wiadomość: zamówienie nr { $order_id } zostało wysłane. Przesyłkę doręczy { $carrier }.

    Przesyłkę można śledzić tutaj:
    { $tracking_url }

    Przewidywana data doręczenia: { DATE($delivery_date) }. Aktualizacja informacji o przesyłce może potrwać kilka godzin.

shipping-delay =
    Dzień dobry, { $customer_name },

    Z przykrością informujemy, że dostawa zamówienia nr { $order_id } opóźni się o { $days_late ->
        [one] { $days_late } dzień
        [few] { $days_late } dni
        [many] { $days_late } dni
       *[other] { $days_late } dnia
    }. Nowa przewidywana data doręczenia: { DATE($delivery_date) }.

    Przepraszamy za utrudnienia i dziękujemy za cierpliwość. Jeśli nowy termin Państwu nie odpowiada, prosimy o odpowiedź na tę wiadomość – wspólnie znajdziemy rozwiązanie.

lost-parcel-investigation =
    Dzień dobry, { $customer_name },

    Przykro nam, że zamówienie nr { $order_id } jeszcze do Państwa nie dotarło. Zgłosiliśmy sprawę przewoźnikowi ({ $carrier }) i wszczęliśmy postępowanie wyjaśniające, aby odnaleźć przesyłkę.

    Może ono potrwać do { $business_days ->
        [one] { $business_days } dnia roboczego
        [few] { $business_days } dni roboczych
        [many] { $business_days } dni roboczych
       *[other] { $business_days } dnia roboczego
    }. Odezwiemy się, gdy tylko otrzymamy odpowiedź. Jeśli przesyłka się nie odnajdzie, wyślemy Państwu nowy produkt lub zwrócimy pieniądze – zgodnie z Państwa wyborem.

delivery-dispute =
    Dzień dobry, { $customer_name },

    Dziękujemy za informację. Według przewoźnika ({ $carrier }) zamówienie nr { $order_id } zostało doręczone { DATETIME($delivered_at) }.

    Zdarza się, że przesyłki są zostawiane u sąsiadów, w skrzynce pocztowej lub w osłoniętym miejscu przy wejściu. Prosimy o sprawdzenie tych miejsc.

    Równolegle składamy reklamację u przewoźnika ({ $carrier }) i odezwiemy się, gdy tylko otrzymamy odpowiedź. Jeśli w międzyczasie paczka się znajdzie, prosimy o krótką informację.

return-instructions =
    Dzień dobry, { $customer_name },

    Poniżej opisujemy, jak zwrócić zamówienie nr { $order_id }.

    Etykietę zwrotną można wydrukować, korzystając z tego linku:
    { $label_url }

    Prosimy starannie zapakować produkty, nakleić etykietę na paczkę i nadać ją najpóźniej do { DATE($return_by) }. Prosimy też zachować potwierdzenie nadania do czasu otrzymania zwrotu pieniędzy.

    Poinformujemy Państwa, gdy zwrot do nas dotrze i zostanie sprawdzony.

return-approved =
    Dzień dobry, { $customer_name },

    Zwrot zamówienia nr { $order_id } został zaakceptowany. Kwotę { MONEY($refund_amount) } zwrócimy tą samą metodą płatności, która została użyta przy zakupie.

    W zależności od banku środki mogą pojawić się na koncie w ciągu kilku dni.

return-rejected =
    Dzień dobry, { $customer_name },

    Dziękujemy za zgłoszenie zwrotu zamówienia nr { $order_id }. Niestety nie możemy przyjąć zwrotu z następującego powodu:

    { $reason }

    Rozumiemy, że to nie jest odpowiedź, na którą Państwo liczyli. W razie pytań lub dodatkowych informacji, np. zdjęć, prosimy o odpowiedź na tę wiadomość – chętnie ponownie przeanalizujemy sprawę.

refund-issued =
    Dzień dobry, { $customer_name },

    Zleciliśmy zwrot kwoty { MONEY($amount) } (metoda zwrotu: { $method }).

    W zależności od banku lub operatora płatności zaksięgowanie środków może potrwać do { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }.

refund-delayed =
    Dzień dobry, { $customer_name },

    Przepraszamy – zwrot kwoty { MONEY($amount) } trwa dłużej, niż zakładaliśmy. Przewidujemy, że zostanie zrealizowany do { DATE($expected_date) }.

    Dziękujemy za cierpliwość. Jeśli do tego dnia środki nie dotrą, prosimy o odpowiedź na tę wiadomość – natychmiast to sprawdzimy.

cancellation-confirmed =
    Dzień dobry, { $customer_name },

    Zgodnie z Państwa prośbą anulowaliśmy zamówienie nr { $order_id }.

    Kwotę { MONEY($amount) } zwrócimy tą samą metodą płatności, która została użyta przy zamówieniu. W zależności od banku może to potrwać kilka dni.

    Mamy nadzieję, że wkrótce znów zrobią Państwo u nas zakupy.

cancellation-too-late =
    Dzień dobry, { $customer_name },

    Dziękujemy za wiadomość. Niestety zamówienie nr { $order_id } zostało już wysłane, więc nie możemy go anulować.

    Mogą Państwo po prostu odmówić przyjęcia paczki – wtedy automatycznie wróci do nas. Można też ją odebrać i odesłać w ciągu { $return_days ->
        [one] { $return_days } dnia
        [few] { $return_days } dni
        [many] { $return_days } dni
       *[other] { $return_days } dnia
    } od otrzymania. Gdy zwrot do nas dotrze, oddamy pieniądze.

order-change-received =
    Dzień dobry, { $customer_name },

    Dziękujemy za wiadomość. Otrzymaliśmy prośbę o zmianę zamówienia nr { $order_id }.

    Jeśli zamówienie nie opuściło jeszcze naszego magazynu, wprowadzimy zmianę i prześlemy potwierdzenie. Jeśli zostało już wysłane, skontaktujemy się z Państwem i przedstawimy możliwe rozwiązania.

wrong-or-missing-item =
    Dzień dobry, { $customer_name },

    { $kind ->
        [wrong] Przepraszamy – zamiast produktu { $item_name } w zamówieniu nr { $order_id } znalazł się inny produkt. Bezpłatnie wyślemy właściwy produkt, a e-mailem prześlemy etykietę do odesłania błędnego.
        [missing] Przepraszamy – w zamówieniu nr { $order_id } zabrakło produktu { $item_name }. Wyślemy go jak najszybciej, bez dodatkowych kosztów.
       *[other] Przykro nam, że wystąpił problem z produktem { $item_name } z zamówienia nr { $order_id }. Już się tym zajmujemy i wkrótce się odezwiemy.
    }

    Jeśli wolą Państwo zwrot pieniędzy, wystarczy odpowiedzieć na tę wiadomość.

damaged-item =
    Dzień dobry, { $customer_name },

    Bardzo nam przykro, że produkt { $item_name } z zamówienia nr { $order_id } dotarł uszkodzony.

    Aby szybko rozwiązać problem, prosimy o przesłanie w odpowiedzi na tę wiadomość kilku zdjęć uszkodzonego produktu i opakowania.

    Po otrzymaniu zdjęć zorganizujemy wymianę lub naprawę – bez żadnych kosztów po Państwa stronie.

exchange-confirmed =
    Dzień dobry, { $customer_name },

    Potwierdzamy wymianę w ramach zamówienia nr { $order_id }. W zamian otrzymają Państwo: { $new_item }.

    Damy znać, gdy tylko nowy produkt zostanie wysłany.

payment-failed =
    Dzień dobry, { $customer_name },

    Niestety płatność za zamówienie nr { $order_id } (metoda płatności: { $payment_method }) nie powiodła się, dlatego nie mogliśmy jeszcze zrealizować zamówienia.

    Może się tak zdarzyć np. wtedy, gdy karta straciła ważność lub został przekroczony limit. Prosimy sprawdzić dane płatności i spróbować ponownie albo wybrać inną metodę płatności.

    Gdy tylko płatność zostanie zaksięgowana, od razu zajmiemy się zamówieniem.

duplicate-charge-refunded =
    Dzień dobry, { $customer_name },

    Przepraszamy za podwójne obciążenie. Zdublowana płatność w wysokości { MONEY($amount) } została już zwrócona.

    W zależności od banku lub operatora płatności pojawienie się środków na wyciągu może potrwać do { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }.

invoice-sent =
    Dzień dobry, { $customer_name },

    W załączniku przesyłamy fakturę do zamówienia nr { $order_id }. Fakturę można też w każdej chwili pobrać z konta klienta.

    Jeśli na fakturze ma się znaleźć nazwa firmy lub numer NIP, prosimy o odpowiedź na tę wiadomość z tymi danymi – wystawimy wtedy fakturę korygującą.

voucher-resent =
    Dzień dobry, { $customer_name },

    Zgodnie z prośbą ponownie przesyłamy kod Państwa bonu:

    { $voucher_code }

    Kod jest ważny do { DATE($valid_until) }. Wystarczy wpisać go podczas składania zamówienia.

loyalty-points-adjusted =
    Dzień dobry, { $customer_name },

    Sprawdziliśmy saldo Państwa punktów i dopisaliśmy do konta { $points ->
        [one] { $points } punkt
        [few] { $points } punkty
        [many] { $points } punktów
       *[other] { $points } punktu
    }.

    Aktualne saldo wynosi { $balance ->
        [one] { $balance } punkt
        [few] { $balance } punkty
        [many] { $balance } punktów
       *[other] { $balance } punktu
    }. Dziękujemy, że są Państwo z nami!

presale-answer =
    Dzień dobry, { $customer_name },

    Dziękujemy za zainteresowanie naszą ofertą.

    { $in_stock ->
        [yes] Mamy dobrą wiadomość: produkt { $product_name } jest dostępny od ręki. Przy zamówieniu złożonym teraz dostawa trwa zwykle { $delivery_days ->
            [one] { $delivery_days } dzień
            [few] { $delivery_days } dni
            [many] { $delivery_days } dni
           *[other] { $delivery_days } dnia
        }.
       *[no] Produkt { $product_name } jest chwilowo niedostępny, ale można go już zamówić. Dostawa trwa wtedy zwykle { $delivery_days ->
            [one] { $delivery_days } dzień
            [few] { $delivery_days } dni
            [many] { $delivery_days } dni
           *[other] { $delivery_days } dnia
        }.
    }

    W razie innych pytań dotyczących produktu chętnie pomożemy.

account-access =
    Dzień dobry, { $customer_name },

    Nowe hasło do konta klienta można ustawić za pomocą tego linku:

    { $reset_url }

    Ze względów bezpieczeństwa link jest ważny tylko przez ograniczony czas. Jeśli logowanie nadal nie będzie możliwe, prosimy o odpowiedź na tę wiadomość.

privacy-request-received =
    Dzień dobry, { $customer_name },

    Dziękujemy za wiadomość. Państwa wniosek dotyczący ochrony danych osobowych został zarejestrowany pod numerem { $ticket_id }.

    Rozpatrzymy go w ciągu miesiąca, zgodnie z art. 12 ust. 3 RODO. W celu ochrony Państwa danych możemy poprosić o potwierdzenie tożsamości.

    Rezygnacja z newslettera lub z wiadomości marketingowych jest skuteczna od razu.

feedback-thanks =
    Dzień dobry, { $customer_name },

    Serdecznie dziękujemy za opinię! Uważnie czytamy każdą wiadomość i przekazujemy ją naszemu zespołowi – dzięki temu możemy ulepszać nasze produkty i obsługę.

    Cieszymy się, że znaleźli Państwo czas, aby do nas napisać.

survey-request =
    Dzień dobry, { $customer_name },

    Mamy nadzieję, że udało nam się pomóc. Czy mogą Państwo poświęcić dwie minuty na ocenę naszej obsługi?

    { $survey_url }

    Państwa opinia pomaga nam działać lepiej. Dziękujemy!

closing = Czy możemy jeszcze w czymś pomóc, { $customer_name }? Wystarczy odpowiedzieć na tę wiadomość.

signature =
    Z pozdrowieniami
    { $agent_name }
    Obsługa Klienta { $shop_name }
