### caredesk reply catalog: Polish (pl), informal.
### Tone: warm, friendly "Ty" (Ty, Ci, Twój capitalised, as usual in Polish shop emails),
### greeting "Cześć …!". No gendered past-tense forms ("otrzymałeś/otrzymałaś") are used.
### Plural categories: one, few, many, other (other = fractions, e.g. 1,5 dnia).

acknowledgement =
    Cześć { $customer_name }!

    Dzięki za wiadomość! Twoje zgłoszenie ma numer { $ticket_id }.

    Odpiszemy Ci najpóźniej do { DATETIME($reply_by) }. Jeśli chcesz coś dodać, po prostu odpowiedz na tego maila.

out-of-hours =
    Cześć { $customer_name }!

    Dzięki za wiadomość! Nasze biuro obsługi klienta jest teraz zamknięte.

    Wracamy od { DATETIME($next_open) } i odpiszemy Ci najszybciej, jak się da. Nie musisz wysyłać wiadomości jeszcze raz – już do nas dotarła.

order-status =
    Cześć { $customer_name }!

    Mamy dobrą wiadomość: Twoje zamówienie nr { $order_id } jest już w drodze. Paczkę doręczy { $carrier }.

    Możesz ją śledzić tutaj:
    { $tracking_url }

    Przewidywana data doręczenia: { DATE($delivery_date) }. Informacje o przesyłce mogą zaktualizować się dopiero po kilku godzinach.

shipping-delay =
    Cześć { $customer_name }!

    Niestety dostawa Twojego zamówienia nr { $order_id } opóźni się o { $days_late ->
        [one] { $days_late } dzień
        [few] { $days_late } dni
        [many] { $days_late } dni
       *[other] { $days_late } dnia
    }. Nowa przewidywana data doręczenia: { DATE($delivery_date) }.

    Przepraszamy za kłopot i dzięki za cierpliwość! Jeśli nowy termin Ci nie pasuje, odpowiedz na tego maila – razem znajdziemy rozwiązanie.

lost-parcel-investigation =
    Cześć { $customer_name }!

    Przykro nam, że Twoje zamówienie nr { $order_id } jeszcze do Ciebie nie dotarło. Zgłosiliśmy sprawę przewoźnikowi ({ $carrier }), żeby odnaleźć paczkę.

    Wyjaśnienie sprawy może potrwać do { $business_days ->
        [one] { $business_days } dnia roboczego
        [few] { $business_days } dni roboczych
        [many] { $business_days } dni roboczych
       *[other] { $business_days } dnia roboczego
    }. Odezwiemy się, gdy tylko będziemy coś wiedzieć. Jeśli paczka się nie znajdzie, wyślemy Ci nowy produkt albo oddamy pieniądze – jak wolisz.

delivery-dispute =
    Cześć { $customer_name }!

    Dzięki, że dajesz znać. Według przewoźnika ({ $carrier }) Twoje zamówienie nr { $order_id } zostało doręczone { DATETIME($delivered_at) }.

    Czasem paczki trafiają do sąsiadów, do skrzynki pocztowej albo w osłonięte miejsce przy wejściu. Możesz tam zajrzeć?

    W tym czasie składamy reklamację u przewoźnika ({ $carrier }) i odezwiemy się, gdy tylko dostaniemy odpowiedź. Jeśli paczka się znajdzie, daj nam znać!

return-instructions =
    Cześć { $customer_name }!

    Oto jak zwrócić zamówienie nr { $order_id }.

    Wydrukuj etykietę zwrotną z tego linku:
    { $label_url }

    Zapakuj dokładnie produkty, naklej etykietę na paczkę i nadaj ją najpóźniej do { DATE($return_by) }. Zachowaj potwierdzenie nadania, dopóki nie dostaniesz zwrotu pieniędzy.

    Damy Ci znać, gdy zwrot do nas dotrze i go sprawdzimy.

return-approved =
    Cześć { $customer_name }!

    Zwrot zamówienia nr { $order_id } został zaakceptowany. Oddamy Ci { MONEY($refund_amount) } tą samą metodą płatności, której użyto przy zakupie.

    W zależności od banku pieniądze mogą pojawić się na koncie w ciągu kilku dni.

return-rejected =
    Cześć { $customer_name }!

    Dzięki za zgłoszenie zwrotu zamówienia nr { $order_id }. Niestety nie możemy przyjąć zwrotu z tego powodu:

    { $reason }

    Wiemy, że to nie jest odpowiedź, na którą liczysz. Jeśli masz pytania albo dodatkowe informacje, np. zdjęcia, odpowiedz na tego maila – chętnie jeszcze raz przyjrzymy się sprawie.

refund-issued =
    Cześć { $customer_name }!

    Zleciliśmy zwrot { MONEY($amount) } (metoda zwrotu: { $method }).

    W zależności od banku lub operatora płatności zaksięgowanie pieniędzy może potrwać nawet do { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }.

refund-delayed =
    Cześć { $customer_name }!

    Przepraszamy – zwrot { MONEY($amount) } trwa dłużej, niż zakładaliśmy. Przewidujemy, że pieniądze wrócą do Ciebie do { DATE($expected_date) }.

    Dzięki za cierpliwość! Jeśli do tego dnia nic nie dotrze, odpowiedz na tego maila – od razu to sprawdzimy.

cancellation-confirmed =
    Cześć { $customer_name }!

    Gotowe: zgodnie z Twoją prośbą anulowaliśmy zamówienie nr { $order_id }.

    Oddamy Ci { MONEY($amount) } tą samą metodą płatności, której użyto przy zamówieniu. W zależności od banku może to potrwać kilka dni.

    Mamy nadzieję, że wkrótce znów do nas zajrzysz!

cancellation-too-late =
    Cześć { $customer_name }!

    Dzięki za wiadomość. Niestety Twoje zamówienie nr { $order_id } jest już w drodze, więc nie możemy go anulować.

    Możesz po prostu odmówić przyjęcia paczki – wtedy sama do nas wróci. Możesz też ją odebrać i odesłać w ciągu { $return_days ->
        [one] { $return_days } dnia
        [few] { $return_days } dni
        [many] { $return_days } dni
       *[other] { $return_days } dnia
    } od otrzymania. Gdy zwrot do nas dotrze, oddamy Ci pieniądze.

order-change-received =
    Cześć { $customer_name }!

    Dzięki za wiadomość! Mamy Twoją prośbę o zmianę zamówienia nr { $order_id }.

    Jeśli zamówienie nie opuściło jeszcze naszego magazynu, wprowadzimy zmianę i wyślemy Ci potwierdzenie. Jeśli jest już w drodze, odezwiemy się i podpowiemy, jakie masz możliwości.

wrong-or-missing-item =
    Cześć { $customer_name }!

    { $kind ->
        [wrong] Przepraszamy! Zamiast produktu { $item_name } w Twoim zamówieniu nr { $order_id } znalazł się inny produkt. Bezpłatnie wyślemy Ci właściwy, a mailem prześlemy etykietę do odesłania błędnego.
        [missing] Przepraszamy! W Twoim zamówieniu nr { $order_id } zabrakło produktu { $item_name }. Wyślemy go najszybciej, jak się da, bez dodatkowych kosztów.
       *[other] Przykro nam, że jest problem z produktem { $item_name } z Twojego zamówienia nr { $order_id }. Już się tym zajmujemy i zaraz się odezwiemy.
    }

    Jeśli wolisz zwrot pieniędzy, po prostu odpowiedz na tego maila.

damaged-item =
    Cześć { $customer_name }!

    Bardzo nam przykro, że produkt { $item_name } z Twojego zamówienia nr { $order_id } dotarł uszkodzony.

    Żebyśmy mogli szybko pomóc, prześlij nam w odpowiedzi na tego maila kilka zdjęć uszkodzonego produktu i opakowania.

    Gdy dostaniemy zdjęcia, zorganizujemy wymianę albo naprawę – oczywiście bez żadnych kosztów dla Ciebie.

exchange-confirmed =
    Cześć { $customer_name }!

    Potwierdzamy wymianę w ramach zamówienia nr { $order_id }. W zamian dostaniesz: { $new_item }.

    Damy Ci znać, gdy tylko nowy produkt wyruszy w drogę.

payment-failed =
    Cześć { $customer_name }!

    Niestety płatność za zamówienie nr { $order_id } (metoda płatności: { $payment_method }) nie powiodła się, więc nie mogliśmy jeszcze zrealizować zamówienia.

    Tak się zdarza np. wtedy, gdy karta straciła ważność albo został przekroczony limit. Sprawdź dane płatności i spróbuj jeszcze raz albo wybierz inną metodę płatności.

    Gdy tylko płatność przejdzie, od razu zajmiemy się Twoim zamówieniem.

duplicate-charge-refunded =
    Cześć { $customer_name }!

    Przepraszamy za podwójne obciążenie! Zdublowana płatność w wysokości { MONEY($amount) } została już zwrócona.

    W zależności od banku lub operatora płatności pojawienie się pieniędzy na wyciągu może potrwać nawet do { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }.

invoice-sent =
    Cześć { $customer_name }!

    W załączniku znajdziesz fakturę do zamówienia nr { $order_id }. Możesz ją też w każdej chwili pobrać ze swojego konta.

    Jeśli na fakturze ma się znaleźć nazwa firmy lub NIP, odpisz na tego maila i podaj te dane – wystawimy wtedy fakturę korygującą.

voucher-resent =
    Cześć { $customer_name }!

    Oto jeszcze raz kod Twojego bonu:

    { $voucher_code }

    Kod jest ważny do { DATE($valid_until) }. Wystarczy wpisać go podczas składania zamówienia.

loyalty-points-adjusted =
    Cześć { $customer_name }!

    Sprawdziliśmy Twoje saldo punktów i dopisaliśmy Ci { $points ->
        [one] { $points } punkt
        [few] { $points } punkty
        [many] { $points } punktów
       *[other] { $points } punktu
    }.

    Masz teraz na koncie { $balance ->
        [one] { $balance } punkt
        [few] { $balance } punkty
        [many] { $balance } punktów
       *[other] { $balance } punktu
    }. Dzięki, że jesteś z nami!

presale-answer =
    Cześć { $customer_name }!

    Dzięki za zainteresowanie naszymi produktami!

    { $in_stock ->
        [yes] Dobra wiadomość: produkt { $product_name } jest dostępny od ręki. Jeśli zamówisz teraz, dostawa trwa zwykle { $delivery_days ->
            [one] { $delivery_days } dzień
            [few] { $delivery_days } dni
            [many] { $delivery_days } dni
           *[other] { $delivery_days } dnia
        }.
       *[no] Produkt { $product_name } jest chwilowo niedostępny, ale możesz go już zamówić. Dostawa trwa wtedy zwykle { $delivery_days ->
            [one] { $delivery_days } dzień
            [few] { $delivery_days } dni
            [many] { $delivery_days } dni
           *[other] { $delivery_days } dnia
        }.
    }

    Jeśli masz jeszcze jakieś pytania o produkt, chętnie pomożemy.

account-access =
    Cześć { $customer_name }!

    Nowe hasło do swojego konta ustawisz za pomocą tego linku:

    { $reset_url }

    Ze względów bezpieczeństwa link jest ważny tylko przez ograniczony czas. Jeśli nadal nie możesz się zalogować, odpowiedz na tego maila.

privacy-request-received =
    Cześć { $customer_name }!

    Dzięki za wiadomość! Twój wniosek dotyczący ochrony danych osobowych ma numer { $ticket_id }.

    Zajmiemy się nim w ciągu miesiąca, zgodnie z art. 12 ust. 3 RODO. Aby chronić Twoje dane, możemy poprosić Cię o potwierdzenie tożsamości.

    Rezygnacja z newslettera lub z wiadomości marketingowych działa od razu.

feedback-thanks =
    Cześć { $customer_name }!

    Wielkie dzięki za opinię! Uważnie czytamy każdą wiadomość i przekazujemy ją całemu zespołowi – dzięki temu możemy ulepszać nasze produkty i obsługę.

    Bardzo się cieszymy, że do nas piszesz!

survey-request =
    Cześć { $customer_name }!

    Mamy nadzieję, że udało nam się pomóc. Masz dwie minuty, żeby ocenić naszą obsługę?

    { $survey_url }

    Twoja opinia pomaga nam działać lepiej. Dzięki!

closing = Czy możemy jeszcze w czymś pomóc, { $customer_name }? Po prostu odpowiedz na tego maila.

signature =
    Pozdrawiam serdecznie
    { $agent_name }
    Zespół { $shop_name }
