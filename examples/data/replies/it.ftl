### Montevia, italiano (both tones: this message reads the same with Lei and tu).

gift-wrap =
    Buongiorno { $customer_name },

    il pacco dell'ordine { $order_id } sarà confezionato come regalo, con un biglietto scritto a mano. La confezione regalo costa { MONEY($fee) }, già indicati in fattura.
