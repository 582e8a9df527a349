### Montevia, Deutsch (du).

gift-wrap =
    Hallo { $customer_name },

    wir verpacken deine Bestellung { $order_id } als Geschenk und legen eine handgeschriebene Karte bei. Die Geschenkverpackung kostet { MONEY($fee) }; der Betrag steht auf deiner Rechnung.
