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
    } for the amount to appear in your account.

refund-delayed =
    Hello { $customer_name },

    We are sorry that your refund of { MONEY($amount) } is taking longer than expected. We now expect it to be completed by { DATE($expected_date) }.

    Thank you for your patience. If the amount has not reached you by then, please reply to this email and we will look into it straight away.

cancellation-confirmed =
    Hello { $customer_name },

    As requested, we have cancelled your order { $order_id }.

    We will refund { MONEY($amount) } to the payment method you used. Depending on your bank, this may take a few days.

    We hope to welcome you back soon.

cancellation-too-late =
    Hello { $customer_name },

    Thank you for your message. Unfortunately, your order { $order_id } has already been shipped, so we can no longer cancel it.

    You can simply refuse the parcel on delivery and it will be returned to us automatically. Alternatively, you can accept it and send it back within { $return_days ->
        [one] { $return_days } day
       *[other] { $return_days } days
    } of delivery. As soon as the return reaches us, we will refund you.

order-change-received =
    Hello { $customer_name },

    Thank you for your message. We have received your request to change order { $order_id }.

    If the order has not yet left our warehouse, we will make the change and send you a confirmation. If it has already been shipped, we will get in touch to explain your options.

wrong-or-missing-item =
    Hello { $customer_name },

    { $kind ->
        [wrong] We are sorry that you received a different item instead of { $item_name } in your order { $order_id }. We will send you the correct item free of charge and email you a return label for the wrong one.
        [missing] We are sorry that { $item_name } was missing from your order { $order_id }. We will send you the missing item as soon as possible, at no extra cost.
       *[other] We are sorry that there is a problem with { $item_name } from your order { $order_id }. We are looking into it right away and will be in touch shortly.
    }

    If you would prefer a refund instead, simply reply to this email.

damaged-item =
    Hello { $customer_name },

    We are very sorry that { $item_name } from your order { $order_id } arrived damaged.

    To help us resolve this quickly, could you please reply to this email with a few photos of the damaged item and its packaging?

    As soon as we have the photos, we will arrange a replacement or a repair for you, at no cost to you.

exchange-confirmed =
    Hello { $customer_name },

    Your exchange for order { $order_id } is confirmed: you will receive { $new_item } as a replacement.

    We will let you know as soon as the new item has been shipped.

payment-failed =
    Hello { $customer_name },

    Unfortunately, the payment for your order { $order_id } with { $payment_method } could not be completed, so we have not been able to process your order yet.

    This can happen, for example, if a card has expired or a spending limit has been reached. Please check your payment details and try again, or choose a different payment method.

    As soon as the payment has gone through, we will process your order.

duplicate-charge-refunded =
    Hello { $customer_name },

    We are sorry that you were charged twice. We have now refunded the duplicate payment of { MONEY($amount) }.

    Depending on your bank or payment provider, it can take up to { $days ->
        [one] { $days } day
       *[other] { $days } days
    } for the amount to appear on your statement.

invoice-sent =
    Hello { $customer_name },

    Please find attached the invoice for your order { $order_id }. You can also download it at any time from your customer account.

    If the invoice needs to show a company name or VAT number, simply reply to this email with the details and we will issue a corrected invoice.

voucher-resent =
    Hello { $customer_name },

    As requested, here is your voucher code again:

    { $voucher_code }

    It is valid until { DATE($valid_until) }. Simply enter it at checkout.

loyalty-points-adjusted =
    Hello { $customer_name },

    We have reviewed your points balance and credited { $points ->
        [one] { $points } point
       *[other] { $points } points
    } to your customer account.

    Your new balance is { $balance ->
        [one] { $balance } point
       *[other] { $balance } points
    }. Thank you for your loyalty!

presale-answer =
    Hello { $customer_name },

    Thank you for your interest in our products.

    { $in_stock ->
        [yes] Good news: { $product_name } is in stock. If you order now, delivery usually takes { $delivery_days ->
            [one] { $delivery_days } day
           *[other] { $delivery_days } days
        }.
       *[no] Unfortunately, { $product_name } is out of stock at the moment, but you can still order it. Delivery then usually takes { $delivery_days ->
            [one] { $delivery_days } day
           *[other] { $delivery_days } days
        }.
    }

    If you have any other questions about the product, we will be happy to help.

account-access =
    Hello { $customer_name },

    You can set a new password for your customer account using this link:

    { $reset_url }

    For security reasons, the link is only valid for a limited time. If you still cannot log in, simply reply to this email.

privacy-request-received =
    Hello { $customer_name },

    We have received your data protection request and logged it under ticket number { $ticket_id }.

    We will deal with it within one month, as required by the GDPR (Article 12(3)). To protect your data, we may first ask you to confirm your identity.

    A request to unsubscribe from our newsletter or marketing messages takes effect immediately.

feedback-thanks =
    Hello { $customer_name },

    Thank you very much for your feedback! We read every message carefully and share it with our team, as it helps us improve our products and our service.

    We really appreciate you taking the time to write to us.

survey-request =
    Hello { $customer_name },

    We hope we were able to help you. Could you spare two minutes to tell us how we did?

    { $survey_url }

    Your feedback helps us improve our service. Thank you!

closing = Is there anything else we can help you with, { $customer_name }? Just reply to this email – we are always happy to help.

signature =
    Kind regards,
    { $agent_name }
    { $shop_name } Customer Service
