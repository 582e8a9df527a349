### caredesk reply catalog: English (en), formal.
### Tone: polite, friendly and clear customer-service English, British spelling.
### English has one register, so there is no informal.ftl for en.

acknowledgement =
    Hello { $customer_name },

    Thank you for contacting us. We have received your message and logged it under ticket number { $ticket_id }.

    We will reply by { DATETIME($reply_by) } at the latest. If you would like to add anything in the meantime, simply reply to this email.

out-of-hours =
    Hello { $customer_name },

    Thank you for your message. Our customer service team is closed at the moment.

    We will be back on { DATETIME($next_open) } and will get back to you as soon as possible. There is no need to send your message again: it has safely reached us.

order-status =
    Hello { $customer_name },

    Good news: your order { $order_id } has been shipped with { $carrier }.

    You can track your parcel here:
    { $tracking_url }

    The expected delivery date is { DATE($delivery_date) }. Please note that it can take a few hours for the tracking information to update.

shipping-delay =
    Hello { $customer_name },

    We are sorry to let you know that your order { $order_id } has been delayed by { $days_late ->
        [one] { $days_late } day
       *[other] { $days_late } days
    }. The new expected delivery date is { DATE($delivery_date) }.

    We apologise for the inconvenience and thank you for your patience. If the new date does not suit you, just reply to this email and we will find a solution together.

lost-parcel-investigation =
    Hello { $customer_name },

    We are sorry that your order { $order_id } has not arrived yet. We have opened an investigation with { $carrier } to locate your parcel.

    The investigation can take up to { $business_days ->
        [one] { $business_days } business day
       *[other] { $business_days } business days
    }. We will contact you as soon as we hear back. If the parcel cannot be found, we will send you a replacement or refund you, whichever you prefer.

delivery-dispute =
    Hello { $customer_name },

    Thank you for letting us know. According to { $carrier }, your order { $order_id } was delivered on { DATETIME($delivered_at) }.

    Parcels are sometimes left with a neighbour, in the letterbox or in a sheltered spot near the entrance. Could you please check there?

    In the meantime, we are opening a claim with { $carrier } and will get back to you as soon as we have their answer. If you find the parcel in the meantime, please let us know.

return-instructions =
    Hello { $customer_name },

    Here is how to return your order { $order_id }.

    Please print your return label using this link:
    { $label_url }

    Pack the items securely, attach the label to the parcel and hand it in to the carrier by { DATE($return_by) } at the latest. Please keep the proof of postage until you have received your refund.

    We will let you know as soon as your return has arrived and been checked.

return-approved =
    Hello { $customer_name },

    Your return for order { $order_id } has been approved. We will refund { MONEY($refund_amount) } to the payment method you used for your purchase.

    Depending on your bank, it may take a few days for the amount to appear in your account.

return-rejected =
    Hello { $customer_name },

    Thank you for your return request for order { $order_id }. Unfortunately, we are unable to accept this return for the following reason:

    { $reason }

    We understand this is not the answer you were hoping for. If you have any questions or further information, such as photos, please reply to this email and we will gladly review your case again.

refund-issued =
    Hello { $customer_name },

    We have refunded { MONEY($amount) } via { $method }.

    Depending on your bank or payment provider, it can take up to { $days ->
        [one] { $days } day
       *[other] { $days } days
    } for the amo