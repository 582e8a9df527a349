### Montevia, Deutsch (Sie).

gift-wrap =
    Guten Tag { $customer_name },

    wir verpacken Ihre Bestellung { $order_id } als Geschenk und legen eine handgeschriebene Karte bei. Die Geschenkverpackung kostet { MONEY($fee) }; der Betrag steht auf Ihrer Rechnung.

closing = Haben Sie noch Fragen, { $customer_name }? Antworten Sie einfach auf diese E-Mail – das Team von Montevia hilft Ihnen gern.
