# The message the reply benchmarks render, in Rust (criterion), through the
# Python binding against fluent.runtime and through the Node binding against
# @fluent/bundle. MONEY and DATE are caredesk's functions; the peers register
# functions of the same names that do the same with their own CLDR formatting
# (a currency amount, a long date), so all three parse this very text.

refund-status =
    Guten Tag { $customer_name },

    am { DATE($date) } haben wir Ihnen { MONEY($amount) } erstattet. Je nach Bank kann es bis zu { $days ->
        [one] { $days } Werktag
       *[other] { $days } Werktage
    } dauern, bis der Betrag auf Ihrem Konto erscheint.
