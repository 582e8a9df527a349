### Montevia's own reply templates, on top of caredesk's built-in catalog.

gift-wrap =
    Hello { $customer_name },

    We will gift-wrap your order { $order_id } and add a handwritten card. Gift wrapping costs { MONEY($fee) }, which we have added to your invoice.
